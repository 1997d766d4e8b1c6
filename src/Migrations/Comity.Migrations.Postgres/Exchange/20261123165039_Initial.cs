using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Comity.Migrations.Postgres.Exchange
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    CentreId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Alias = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DefaultTlp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReadAudience = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CommunityCanWrite = table.Column<bool>(type: "boolean", nullable: false),
                    last_added_micros = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_collections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_statuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TotalCount = table.Column<int>(type: "integer", nullable: false),
                    SuccessCount = table.Column<int>(type: "integer", nullable: false),
                    FailureCount = table.Column<int>(type: "integer", nullable: false),
                    DetailsJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exchange_statuses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exchange_collection_grants",
                columns: table => new
                {
                    CollectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CanRead = table.Column<bool>(type: "boolean", nullable: false),
                    CanWrite = table.Column<bool>(type: "boolean", nullable: false)
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
                    seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    collection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stix_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    type = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    spec_version = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    version_micros = table.Column<long>(type: "bigint", nullable: false),
                    added_micros = table.Column<long>(type: "bigint", nullable: false),
                    is_latest = table.Column<bool>(type: "boolean", nullable: false),
                    is_first = table.Column<bool>(type: "boolean", nullable: false),
                    tlp = table.Column<int>(type: "integer", maxLength: 40, nullable: false),
                    producer_organisation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    has_recipients = table.Column<bool>(type: "boolean", nullable: false),
                    json = table.Column<string>(type: "text", nullable: false)
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
                    object_seq = table.Column<long>(type: "bigint", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false)
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
