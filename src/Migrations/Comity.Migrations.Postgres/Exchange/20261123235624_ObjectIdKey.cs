using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Postgres.Exchange
{
    /// <inheritdoc />
    public partial class ObjectIdKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_exchange_objects_collection_id_stix_id_version_micros",
                table: "exchange_objects");

            migrationBuilder.DropIndex(
                name: "IX_exchange_objects_type_added_micros",
                table: "exchange_objects");

            migrationBuilder.AddColumn<long>(
                name: "id_key",
                table: "exchange_objects",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_exchange_objects_id_key_collection_id",
                table: "exchange_objects",
                columns: new[] { "id_key", "collection_id" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_objects_type_seq",
                table: "exchange_objects",
                columns: new[] { "type", "seq" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_exchange_objects_id_key_collection_id",
                table: "exchange_objects");

            migrationBuilder.DropIndex(
                name: "IX_exchange_objects_type_seq",
                table: "exchange_objects");

            migrationBuilder.DropColumn(
                name: "id_key",
                table: "exchange_objects");

            migrationBuilder.CreateIndex(
                name: "IX_exchange_objects_collection_id_stix_id_version_micros",
                table: "exchange_objects",
                columns: new[] { "collection_id", "stix_id", "version_micros" });

            migrationBuilder.CreateIndex(
                name: "IX_exchange_objects_type_added_micros",
                table: "exchange_objects",
                columns: new[] { "type", "added_micros" });
        }
    }
}
