using Comity.Capacity.Assessment;
using Comity.Capacity.Evidence;
using Comity.Capacity.Model;
using Comity.Capacity.Strategy;
using Comity.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Comity.Capacity.Data;

/// <summary>
/// The Capacity module's data: model versions, assessment cycles with their respondents, answers and evidence files, and
/// national strategies.
/// </summary>
public sealed class CapacityDb(DbContextOptions<CapacityDb> options) : DbContext(options)
{
    public const string Module = "capacity";

    public DbSet<ModelVersion> ModelVersions => Set<ModelVersion>();

    public DbSet<AssessmentCycle> Cycles => Set<AssessmentCycle>();

    public DbSet<Respondent> Respondents => Set<Respondent>();

    public DbSet<Answer> Answers => Set<Answer>();

    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();

    public DbSet<EvidenceContent> EvidenceContents => Set<EvidenceContent>();

    public DbSet<NationalStrategy> Strategies => Set<NationalStrategy>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseComityConventions(DatabaseFacadeInfo.Of(this));
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(60);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Ids are made by the entities themselves; telling EF so makes children added to a loaded parent's
        // collection inserts rather than updates of rows that do not exist.
        modelBuilder.Entity<ModelVersion>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<AssessmentCycle>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<Respondent>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<Answer>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<ConsolidatedAnswer>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<GapRequest>().Property(e => e.Id).ValueGeneratedNever();

        var version = modelBuilder.Entity<ModelVersion>();
        version.ToTable("capacity_model_versions");
        version.HasKey(v => v.Id);
        version.HasIndex(v => v.Number).IsUnique();
        version.Ignore(v => v.Content);
        // The first version ships with Comity, so every deployment can open a cycle without setup.
        version.HasData(new
        {
            Id = StarterModel.VersionId,
            Number = 1,
            Status = ModelStatus.Published,
            ContentJson = StarterModel.Content.ToJson(),
            CreatedAt = StarterModel.PublishedAt,
            PublishedAt = (DateTimeOffset?)StarterModel.PublishedAt,
        });

        var cycle = modelBuilder.Entity<AssessmentCycle>();
        cycle.ToTable("capacity_cycles");
        cycle.HasKey(c => c.Id);
        cycle.Property(c => c.Country).HasMaxLength(2);
        cycle.Property(c => c.Title).HasMaxLength(AssessmentCycle.TitleMax);
        cycle.Ignore(c => c.Stages);
        cycle.Ignore(c => c.IsOpen);
        cycle.HasIndex(c => new { c.Country, c.Status });
        cycle.HasOne<ModelVersion>().WithMany().HasForeignKey(c => c.ModelVersionId).OnDelete(DeleteBehavior.Restrict);
        cycle.HasMany(c => c.Respondents).WithOne().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        cycle.HasMany(c => c.Consolidated).WithOne().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Cascade);
        cycle.HasMany(c => c.GapRequests).WithOne().HasForeignKey(g => g.CycleId).OnDelete(DeleteBehavior.Cascade);

        var respondent = modelBuilder.Entity<Respondent>();
        respondent.ToTable("capacity_respondents");
        respondent.HasKey(r => r.Id);
        respondent.Property(r => r.Email).HasMaxLength(Respondent.EmailMax);
        respondent.Property(r => r.TokenHash).HasMaxLength(64);
        respondent.HasIndex(r => r.TokenHash).IsUnique();
        respondent.HasIndex(r => r.UserId);
        respondent.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.RespondentId).OnDelete(DeleteBehavior.Cascade);

        var answer = modelBuilder.Entity<Answer>();
        answer.ToTable("capacity_answers");
        answer.HasKey(a => a.Id);
        answer.Property(a => a.Indicator).HasMaxLength(40);
        answer.Property(a => a.Comment).HasMaxLength(Answer.CommentMax);
        answer.HasIndex(a => new { a.RespondentId, a.Indicator }).IsUnique();

        EvidenceConfiguration.Configure(modelBuilder);

        var consolidated = modelBuilder.Entity<ConsolidatedAnswer>();
        consolidated.ToTable("capacity_consolidated_answers");
        consolidated.HasKey(a => a.Id);
        consolidated.Property(a => a.Indicator).HasMaxLength(40);
        consolidated.Property(a => a.Note).HasMaxLength(ConsolidatedAnswer.NoteMax);
        consolidated.HasIndex(a => new { a.CycleId, a.Indicator }).IsUnique();

        var gap = modelBuilder.Entity<GapRequest>();
        gap.ToTable("capacity_gap_requests");
        gap.HasKey(g => g.Id);
        gap.Property(g => g.Factor).HasMaxLength(40);

        StrategyConfiguration.Configure(modelBuilder);
    }
}
