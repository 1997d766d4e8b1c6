using Comity.Hygiene.Analytics;
using Comity.Hygiene.Content;
using Comity.Hygiene.Reports;
using Comity.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Hygiene.Data;

/// <summary>The Hygiene module's data: campaign pages, scam reports and their items, and the anonymous daily counters.</summary>
public sealed class HygieneDb(DbContextOptions<HygieneDb> options) : DbContext(options)
{
    public const string Module = "hygiene";

    public DbSet<ContentPage> Pages => Set<ContentPage>();

    public DbSet<ScamReport> Reports => Set<ScamReport>();

    public DbSet<ReportScreenshot> Screenshots => Set<ReportScreenshot>();

    public DbSet<ScamItem> Items => Set<ScamItem>();

    public DbSet<DailyCounter> Counters => Set<DailyCounter>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseComityConventions(DatabaseFacadeInfo.Of(this));
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentPage>(page =>
        {
            page.ToTable("hygiene_pages");
            page.HasKey(p => p.Id);
            page.Property(p => p.Key).HasMaxLength(ContentPage.KeyMax);
            page.Property(p => p.Language).HasMaxLength(2);
            page.Property(p => p.DraftTitle).HasMaxLength(ContentPage.TitleMax);
            page.Property(p => p.DraftSummary).HasMaxLength(ContentPage.SummaryMax);
            page.Property(p => p.DraftBody).HasMaxLength(ContentPage.BodyMax);
            page.Property(p => p.PublishedTitle).HasMaxLength(ContentPage.TitleMax);
            page.Property(p => p.PublishedSummary).HasMaxLength(ContentPage.SummaryMax);
            page.Property(p => p.PublishedBody).HasMaxLength(ContentPage.BodyMax);
            page.HasIndex(p => new { p.Kind, p.Key, p.Language }).IsUnique();
            page.Ignore(p => p.IsLive);
            page.Ignore(p => p.CanSubmit);
        });
        modelBuilder.Entity<ScamReport>(report =>
        {
            report.ToTable("hygiene_reports");
            report.HasKey(r => r.Id);
            report.Property(r => r.Country).HasMaxLength(2);
            report.Property(r => r.Language).HasMaxLength(2);
            report.Property(r => r.Link).HasMaxLength(ScamReport.LinkMax + 100);
            report.Property(r => r.Email).HasMaxLength(ScamReport.EmailMax);
            report.Property(r => r.Phone).HasMaxLength(ScamReport.PhoneMax);
            report.Property(r => r.Message).HasMaxLength(ScamReport.MessageMax);
            report.HasIndex(r => new { r.QueueOrganisationId, r.Status, r.ReceivedAt });
            // Two moderators deciding on one report at once: the second save finds the status changed and fails.
            report.Property(r => r.Status).IsConcurrencyToken();
        });
        modelBuilder.Entity<ReportScreenshot>(shot =>
        {
            shot.ToTable("hygiene_report_screenshots");
            shot.HasKey(s => s.ReportId);
            shot.Property(s => s.ContentType).HasMaxLength(40);
            shot.HasOne<ScamReport>().WithOne().HasForeignKey<ReportScreenshot>(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ScamItem>(item =>
        {
            item.ToTable("hygiene_items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Value).HasMaxLength(ScamReport.LinkMax + 100);
            item.HasIndex(i => new { i.OrganisationId, i.Kind, i.Value }).IsUnique();
            // Two reports of one item accepted at once: the second save finds the count changed and fails, never losing one.
            item.Property(i => i.Count).IsConcurrencyToken();
        });
        modelBuilder.Entity<DailyCounter>(counter =>
        {
            counter.ToTable("hygiene_counters");
            counter.HasKey(c => new { c.Day, c.Country, c.Language, c.Page, c.Event });
            counter.Property(c => c.Country).HasMaxLength(2);
            counter.Property(c => c.Language).HasMaxLength(2);
            counter.Property(c => c.Page).HasMaxLength(60);
            counter.Property(c => c.Event).HasMaxLength(20);
        });
    }
}
