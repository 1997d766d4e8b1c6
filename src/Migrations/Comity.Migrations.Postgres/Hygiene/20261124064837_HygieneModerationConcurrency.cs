using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Postgres.Hygiene
{
    /// <inheritdoc />
    public partial class HygieneModerationConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
