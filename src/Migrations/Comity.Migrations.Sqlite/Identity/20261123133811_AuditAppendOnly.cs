using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Sqlite.Identity
{
    /// <summary>The audit trail is append-only: the database itself refuses updates and deletes.</summary>
    public partial class AuditAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TRIGGER identity_audit_entries_no_update BEFORE UPDATE ON identity_audit_entries
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER identity_audit_entries_no_delete BEFORE DELETE ON identity_audit_entries
                BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER identity_audit_entries_no_update;");
            migrationBuilder.Sql("DROP TRIGGER identity_audit_entries_no_delete;");
        }
    }
}
