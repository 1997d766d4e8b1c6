using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Sqlite.Capacity
{
    /// <inheritdoc />
    public partial class CapacityEvidenceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "capacity_evidence_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RespondentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_evidence_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_capacity_evidence_files_capacity_answers_AnswerId",
                        column: x => x.AnswerId,
                        principalTable: "capacity_answers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "capacity_evidence_contents",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_capacity_evidence_contents", x => x.FileId);
                    table.ForeignKey(
                        name: "FK_capacity_evidence_contents_capacity_evidence_files_FileId",
                        column: x => x.FileId,
                        principalTable: "capacity_evidence_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_capacity_evidence_files_AnswerId",
                table: "capacity_evidence_files",
                column: "AnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_evidence_files_CycleId",
                table: "capacity_evidence_files",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_capacity_evidence_files_RespondentId",
                table: "capacity_evidence_files",
                column: "RespondentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "capacity_evidence_contents");

            migrationBuilder.DropTable(
                name: "capacity_evidence_files");
        }
    }
}
