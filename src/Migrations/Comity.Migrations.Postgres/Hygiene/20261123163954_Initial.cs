using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Postgres.Hygiene
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hygiene_counters",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Page = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Event = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_counters", x => new { x.Day, x.Country, x.Language, x.Page, x.Event });
                });

            migrationBuilder.CreateTable(
                name: "hygiene_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "character varying(2100)", maxLength: 2100, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Tlp = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeen = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hygiene_pages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    DraftTitle = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    DraftSummary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DraftBody = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DraftAuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    DraftUpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedTitle = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    PublishedSummary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PublishedBody = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_pages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hygiene_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Link = table.Column<string>(type: "character varying(2100)", maxLength: 2100, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Message = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    HasScreenshot = table.Column<bool>(type: "boolean", nullable: false),
                    SolvedProofOfWork = table.Column<bool>(type: "boolean", nullable: false),
                    QueueOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Tlp = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ModeratorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hygiene_report_screenshots",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Bytes = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_report_screenshots", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_hygiene_report_screenshots_hygiene_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "hygiene_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_items_OrganisationId_Kind_Value",
                table: "hygiene_items",
                columns: new[] { "OrganisationId", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_pages_Kind_Key_Language",
                table: "hygiene_pages",
                columns: new[] { "Kind", "Key", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_reports_QueueOrganisationId_Status_ReceivedAt",
                table: "hygiene_reports",
                columns: new[] { "QueueOrganisationId", "Status", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hygiene_counters");

            migrationBuilder.DropTable(
                name: "hygiene_items");

            migrationBuilder.DropTable(
                name: "hygiene_pages");

            migrationBuilder.DropTable(
                name: "hygiene_report_screenshots");

            migrationBuilder.DropTable(
                name: "hygiene_reports");
        }
    }
}
