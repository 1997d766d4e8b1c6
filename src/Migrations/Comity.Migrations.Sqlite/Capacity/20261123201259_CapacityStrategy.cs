using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Sqlite.Capacity
{
    /// <inheritdoc />
    public partial class CapacityStrategy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "capacity_strategies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TargetStage = table.Column<int>(type: "INTEGER", nullable: false),
                    Vision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Principles = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SourceCycleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModelVersionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SyncedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_strategies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_strategies_capacity_cycles_SourceCycleId",
                        column: x => x.SourceCycleId,
                        principalTable: "capacity_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "capacity_strategy_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_strategy_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_strategy_items_capacity_strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "capacity_strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "capacity_strategy_objectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StrategyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Factor = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TargetStage = table.Column<int>(type: "INTEGER", nullable: true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Baseline = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_strategy_objectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_strategy_objectives_capacity_strategies_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "capacity_strategies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "capacity_strategy_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IndicatorMet = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_strategy_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_strategy_actions_capacity_strategy_objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "capacity_strategy_objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_strategies_Country_Edition",
                table: "capacity_strategies",
                columns: new[] { "Country", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_strategies_one_active",
                table: "capacity_strategies",
                column: "Country",
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_strategies_SourceCycleId",
                table: "capacity_strategies",
                column: "SourceCycleId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_strategy_actions_ObjectiveId_Position",
                table: "capacity_strategy_actions",
                columns: new[] { "ObjectiveId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_strategy_items_StrategyId_Phase_Position",
                table: "capacity_strategy_items",
                columns: new[] { "StrategyId", "Phase", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_capacity_strategy_objectives_StrategyId_Position",
                table: "capacity_strategy_objectives",
                columns: new[] { "StrategyId", "Position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capacity_strategy_actions");

            migrationBuilder.DropTable(
                name: "capacity_strategy_items");

            migrationBuilder.DropTable(
                name: "capacity_strategy_objectives");

            migrationBuilder.DropTable(
                name: "capacity_strategies");
        }
    }
}
