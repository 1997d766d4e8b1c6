using Comity.Kernel.Data;
using Comity.Roster.Deployments;
using Comity.Roster.Experts;
using Comity.Roster.Matching;
using Comity.Roster.Requests;
using Comity.Roster.Skills;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Data;

/// <summary>The Roster module's data: skills, experts, assistance requests, match runs and deployments.</summary>
public sealed class RosterDb(DbContextOptions<RosterDb> options) : DbContext(options)
{
    public const string Module = "roster";

    public DbSet<SkillArea> SkillAreas => Set<SkillArea>();

    public DbSet<Skill> Skills => Set<Skill>();

    public DbSet<Expert> Experts => Set<Expert>();

    public DbSet<ExpertCv> Cvs => Set<ExpertCv>();

    public DbSet<AssistanceRequest> Requests => Set<AssistanceRequest>();

    public DbSet<MatchRun> MatchRuns => Set<MatchRun>();

    public DbSet<StoredProposal> Proposals => Set<StoredProposal>();

    public DbSet<Deployment> Deployments => Set<Deployment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseComityConventions(DatabaseFacadeInfo.Of(this));
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        RosterModel.ConfigureSkills(modelBuilder);
        RosterModel.ConfigureExperts(modelBuilder);
        RosterModel.ConfigureCvs(modelBuilder);
        RosterModel.ConfigureRequests(modelBuilder);
        RosterModel.ConfigureMatching(modelBuilder);
        RosterModel.ConfigureDeployments(modelBuilder);
    }
}
