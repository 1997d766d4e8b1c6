using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Sqlite.Identity
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EmailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    EmailNextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailLeaseUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_identity_notifications_identity_users_UserId",
                        column: x => x.UserId,
                        principalTable: "identity_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_notifications_Email_EmailNextAttemptAt",
                table: "identity_notifications",
                columns: new[] { "Email", "EmailNextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_identity_notifications_UserId_ReadAt",
                table: "identity_notifications",
                columns: new[] { "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_notifications");
        }
    }
}
