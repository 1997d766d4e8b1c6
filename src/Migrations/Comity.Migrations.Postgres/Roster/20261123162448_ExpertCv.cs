using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Postgres.Roster
{
    /// <inheritdoc />
    public partial class ExpertCv : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "roster_expert_cvs",
                columns: table => new
                {
                    ExpertId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Format = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Size = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", maxLength: 5242880, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_roster_expert_cvs", x => x.ExpertId);
                    table.ForeignKey(
                        name: "FK_roster_expert_cvs_roster_experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "roster_experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "roster_expert_cvs");
        }
    }
}
