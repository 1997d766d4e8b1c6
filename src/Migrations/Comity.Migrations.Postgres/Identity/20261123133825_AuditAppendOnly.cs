using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Comity.Migrations.Postgres.Identity
{
    /// <summary>The audit trail is append-only: the database itself refuses updates, deletes and truncation.</summary>
    public partial class AuditAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION identity_audit_entries_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit trail is append-only'; END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER identity_audit_entries_append_only BEFORE UPDATE OR DELETE ON identity_audit_entries
                FOR EACH ROW EXECUTE FUNCTION identity_audit_entries_refuse();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER identity_audit_entries_no_truncate BEFORE TRUNCATE ON identity_audit_entries
                FOR EACH STATEMENT EXECUTE FUNCTION identity_audit_entries_refuse();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER identity_audit_entries_no_truncate ON identity_audit_entries;");
            migrationBuilder.Sql("DROP TRIGGER identity_audit_entries_append_only ON identity_audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION identity_audit_entries_refuse();");
        }
    }
}
