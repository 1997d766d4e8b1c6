using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Postgres.Capacity
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Edition = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TargetStage = table.Column<int>(type: "integer", nullable: false),
                    Vision = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Principles = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    SourceCycleId = table.Column<Guid>(type: "uuid", nullable: true),
                    ModelVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    SyncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phase = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Due = table.Column<DateOnly>(type: "date", nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Factor = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TargetStage = table.Column<int>(type: "integer", nullable: true),
                    Measure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Baseline = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Indicator = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Start = table.Column<DateOnly>(type: "date", nullable: true),
                    Due = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    IndicatorMet = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_strategy_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_strategy_actions_capacity_strategy_objectives_Obje~",
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
