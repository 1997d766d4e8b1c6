using System.Text.Json;
using Comity.Roster.Deployments;
using Comity.Roster.Experts;
using Comity.Roster.Matching;
using Comity.Roster.Requests;
using Comity.Roster.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Comity.Roster.Data;

/// <summary>Table mappings for the Roster module; value lists are stored as JSON columns on both providers.</summary>
internal static class RosterModel
{
    public static void ConfigureSkills(ModelBuilder builder)
    {
        builder.Entity<SkillArea>(area =>
        {
            area.ToTable("roster_skill_areas");
            area.HasKey(a => a.Code);
            area.Property(a => a.Code).HasMaxLength(Skill.CodeMax);
            area.Property(a => a.Name).HasMaxLength(Skill.NameMax);
            area.HasData(SkillCatalogue.Areas);
        });
        builder.Entity<Skill>(skill =>
        {
            skill.ToTable("roster_skills");
            skill.HasKey(s => s.Code);
            skill.Property(s => s.Code).HasMaxLength(Skill.CodeMax);
            skill.Property(s => s.AreaCode).HasMaxLength(Skill.CodeMax);
            skill.Property(s => s.Name).HasMaxLength(Skill.NameMax);
            // Seeded columns are JSON text on both providers: PostgreSQL arrays in seed data do not round-trip through the snapshot.
            skill.Property(s => s.Translations).HasConversion(
                v => JsonSerializer.Serialize(v, JsonOptions),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, JsonOptions) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    v => v.Aggregate(0, (h, p) => HashCode.Combine(h, p.Key, p.Value)),
                    v => new Dictionary<string, string>(v)));
            skill.Property(s => s.NiceWorkRoles).HasConversion(JsonList.Converter, JsonList.Comparer);
            skill.Property(s => s.EcsfProfiles).HasConversion(JsonList.Converter, JsonList.Comparer);
            skill.HasOne<SkillArea>().WithMany().HasForeignKey(s => s.AreaCode).OnDelete(DeleteBehavior.Restrict);
            skill.HasData(SkillCatalogue.Skills);
        });
    }

    public static void ConfigureExperts(ModelBuilder builder) => builder.Entity<Expert>(expert =>
    {
        expert.ToTable("roster_experts");
        expert.HasKey(e => e.Id);
        expert.Property(e => e.Name).HasMaxLength(Expert.NameMax);
        expert.Property(e => e.Email).HasMaxLength(254);
        expert.Property(e => e.ResidenceCountry).HasMaxLength(2);
        expert.Property(e => e.EmployerName).HasMaxLength(200);
        expert.Property(e => e.EmployerCountry).HasMaxLength(2);
        expert.HasIndex(e => e.CentreId);
        expert.HasIndex(e => e.UserId).IsUnique();
        expert.HasIndex(e => e.Email);
        expert.OwnsMany(e => e.Languages, b => b.ToJson());
        expert.OwnsMany(e => e.Skills, b => b.ToJson());
        expert.OwnsMany(e => e.BlockedPeriods, b => b.ToJson());
    });

    public static void ConfigureCvs(ModelBuilder builder) => builder.Entity<ExpertCv>(cv =>
    {
        cv.ToTable("roster_expert_cvs");
        cv.HasKey(c => c.ExpertId);
        cv.Property(c => c.FileName).HasMaxLength(ExpertCv.FileNameMax);
        cv.Property(c => c.Content).HasMaxLength(ExpertCv.MaxBytes);
        cv.HasOne<Expert>().WithOne().HasForeignKey<ExpertCv>(c => c.ExpertId).OnDelete(DeleteBehavior.Cascade);
    });

    public static void ConfigureRequests(ModelBuilder builder) => builder.Entity<AssistanceRequest>(request =>
    {
        request.ToTable("roster_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Title).HasMaxLength(AssistanceRequest.TitleMax);
        request.Property(r => r.Description).HasMaxLength(AssistanceRequest.DescriptionMax);
        request.Property(r => r.Country).HasMaxLength(2);
        request.Property(r => r.TopicArea).HasMaxLength(Skill.CodeMax);
        request.Property(r => r.CapacityGap).HasMaxLength(200);
        request.HasIndex(r => new { r.CentreId, r.Status });
        request.HasIndex(r => r.RequestingOrganisationId);
        request.OwnsMany(r => r.RequiredSkills, b => b.ToJson());
        request.OwnsMany(r => r.RequiredLanguages, b => b.ToJson());
    });

    public static void ConfigureMatching(ModelBuilder builder)
    {
        builder.Entity<MatchRun>(run =>
        {
            run.ToTable("roster_match_runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.Weights).HasMaxLength(400);
            run.HasIndex(r => new { r.CentreId, r.RunAt });
        });
        builder.Entity<StoredProposal>(proposal =>
        {
            proposal.ToTable("roster_proposals");
            proposal.HasKey(p => p.RequestId);
            proposal.HasOne<AssistanceRequest>().WithOne().HasForeignKey<StoredProposal>(p => p.RequestId).OnDelete(DeleteBehavior.Cascade);
            proposal.HasOne<MatchRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    public static void ConfigureDeployments(ModelBuilder builder) => builder.Entity<Deployment>(deployment =>
    {
        deployment.ToTable("roster_deployments");
        deployment.HasKey(d => d.Id);
        deployment.Property(d => d.DeclineReason).HasMaxLength(Deployment.ReasonMax);
        deployment.Property(d => d.AfterActionReport).HasMaxLength(Deployment.ReportMax);
        deployment.Property(d => d.Feedback).HasMaxLength(Deployment.ReasonMax);
        deployment.HasIndex(d => new { d.ExpertId, d.Status });
        deployment.HasIndex(d => d.RequestId);
        deployment.HasOne<AssistanceRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
        deployment.HasOne<Expert>().WithMany().HasForeignKey(d => d.ExpertId).OnDelete(DeleteBehavior.Restrict);
    });

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>A list of strings stored as a JSON array in a text column.</summary>
    private static class JsonList
    {
        public static readonly ValueConverter<List<string>, string> Converter = new(
            v => JsonSerializer.Serialize(v, JsonOptions),
            v => JsonSerializer.Deserialize<List<string>>(v, JsonOptions) ?? new List<string>());

        public static readonly ValueComparer<List<string>> Comparer = new(
            (a, b) => a!.SequenceEqual(b!),
            v => v.Aggregate(0, (h, item) => HashCode.Combine(h, item)),
            v => v.ToList());
    }
}
