using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Postgres.Exchange
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApiRootUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProtectedApiKey = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_peers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_peer_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RemoteCollectionId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LocalCollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    IntervalSeconds = table.Column<int>(type: "integer", nullable: false),
                    AddedAfter = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ObjectsPulled = table.Column<long>(type: "bigint", nullable: false),
                    LastSuccessAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_peer_subscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_exchange_peer_subscriptions_exchange_collections_LocalColle~",
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
