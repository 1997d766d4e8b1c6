using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Sqlite.Exchange
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exchange_collections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CentreId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Alias = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DefaultTlp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReadAudience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CommunityCanWrite = table.Column<bool>(type: "INTEGER", nullable: false),
                    last_added_micros = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_collections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_statuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DetailsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_statuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_collection_grants",
                columns: table => new
                {
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CanRead = table.Column<bool>(type: "INTEGER", nullable: false),
                    CanWrite = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_collection_grants", x => new { x.CollectionId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_exchange_collection_grants_exchange_collections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "exchange_collections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exchange_objects",
                columns: table => new
                {
                    seq = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    collection_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    stix_id = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    spec_version = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    version_micros = table.Column<long>(type: "INTEGER", nullable: false),
                    added_micros = table.Column<long>(type: "INTEGER", nullable: false),
                    is_latest = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_first = table.Column<bool>(type: "INTEGER", nullable: false),
                    tlp = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    producer_organisation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    has_recipients = table.Column<bool>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_objects", x => x.seq);
                    table.ForeignKey(
                        name: "FK_exchange_objects_exchange_collections_collection_id",
                        column: x => x.collection_id,
                        principalTable: "exchange_collections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exchange_object_recipients",
                columns: table => new
                {
                    object_seq = table.Column<long>(type: "INTEGER", nullable: false),
                    recipient_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_object_recipients", x => new { x.object_seq, x.recipient_id });
                    table.ForeignKey(
                        name: "FK_exchange_object_recipients_exchange_objects_object_seq",
                        column: x => x.object_seq,
                        principalTable: "exchange_objects",
                        principalColumn: "seq",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_collection_grants_OrganisationId",
                table: "exchange_collection_grants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_collections_CentreId",
                table: "exchange_collections",
                column: "CentreId");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_objects_collection_id_added_micros",
                table: "exchange_objects",
                columns: new[] { "collection_id", "added_micros" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_objects_collection_id_stix_id_version_micros",
                table: "exchange_objects",
                columns: new[] { "collection_id", "stix_id", "version_micros" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_objects_type_added_micros",
                table: "exchange_objects",
                columns: new[] { "type", "added_micros" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_statuses_RequestedAt",
                table: "exchange_statuses",
                column: "RequestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exchange_collection_grants");

            migrationBuilder.DropTable(
                name: "exchange_object_recipients");

            migrationBuilder.DropTable(
                name: "exchange_statuses");

            migrationBuilder.DropTable(
                name: "exchange_objects");

            migrationBuilder.DropTable(
                name: "exchange_collections");
        }
    }
}
