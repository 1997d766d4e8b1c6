using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Sqlite.Exchange
{
    /// <inheritdoc />
    public partial class Federation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exchange_peers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApiRootUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ProtectedApiKey = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_peers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_peer_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PeerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RemoteCollectionId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LocalCollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntervalSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedAfter = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ObjectsPulled = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSuccessAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_peer_subscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_peer_subscriptions_exchange_collections_LocalCollectionId",
                        column: x => x.LocalCollectionId,
                        principalTable: "exchange_collections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_exchange_peer_subscriptions_exchange_peers_PeerId",
                        column: x => x.PeerId,
                        principalTable: "exchange_peers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_peer_subscriptions_LocalCollectionId",
                table: "exchange_peer_subscriptions",
                column: "LocalCollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_peer_subscriptions_NextAttemptAt",
                table: "exchange_peer_subscriptions",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_peer_subscriptions_PeerId",
                table: "exchange_peer_subscriptions",
                column: "PeerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exchange_peer_subscriptions");

            migrationBuilder.DropTable(
                name: "exchange_peers");
        }
    }
}
