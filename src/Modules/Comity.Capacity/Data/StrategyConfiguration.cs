using Comity.Capacity.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Comity.Capacity.Data;

/// <summary>Tables of the strategy workspace: one row per edition, its checklist items, objectives and actions.</summary>
internal static class StrategyConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NationalStrategy>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<ChecklistItem>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<StrategyObjective>().Property(e => e.Id).ValueGeneratedNever();
        modelBuilder.Entity<StrategyAction>().Property(e => e.Id).ValueGeneratedNever();

        var strategy = modelBuilder.Entity<NationalStrategy>();
        strategy.ToTable("capacity_strategies");
        strategy.HasKey(s => s.Id);
        strategy.Property(s => s.Country).HasMaxLength(2);
        strategy.Property(s => s.Title).HasMaxLength(NationalStrategy.TitleMax);
        strategy.Property(s => s.Vision).HasMaxLength(NationalStrategy.VisionMax);
        strategy.Property(s => s.Principles).HasMaxLength(NationalStrategy.PrinciplesMax);
        // The row version: every edit raises it, and EF refuses an update whose loaded version is no longer the stored one.
        strategy.Property(s => s.Version).IsConcurrencyToken();
        strategy.Ignore(s => s.IsActive);
        strategy.HasIndex(s => new { s.Country, s.Edition }).IsUnique();
        // At most one edition in progress per country, whichever node or request tries to start a second.
        strategy.HasIndex(s => s.Country).IsUnique().HasFilter("\"Status\" = 'Active'").HasDatabaseName("IX_capacity_strategies_one_active");
        strategy.HasOne<Assessment.AssessmentCycle>().WithMany().HasForeignKey(s => s.SourceCycleId).OnDelete(DeleteBehavior.Restrict);
        strategy.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.StrategyId).OnDelete(DeleteBehavior.Cascade);
        strategy.HasMany(s => s.Objectives).WithOne().HasForeignKey(o => o.StrategyId).OnDelete(DeleteBehavior.Cascade);

        var item = modelBuilder.Entity<ChecklistItem>();
        item.ToTable("capacity_strategy_items");
        item.HasKey(i => i.Id);
        item.Property(i => i.Code).HasMaxLength(60);
        item.Property(i => i.Text).HasMaxLength(ChecklistItem.TextMax);
        item.Property(i => i.Owner).HasMaxLength(ChecklistItem.OwnerMax);
        item.Property(i => i.Notes).HasMaxLength(ChecklistItem.NotesMax);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.HasIndex(i => new { i.StrategyId, i.Phase, i.Position }).IsUnique();

        var objective = modelBuilder.Entity<StrategyObjective>();
        objective.ToTable("capacity_strategy_objectives");
        objective.HasKey(o => o.Id);
        objective.Property(o => o.Factor).HasMaxLength(40);
        objective.Property(o => o.Title).HasMaxLength(StrategyObjective.TitleMax);
        objective.Property(o => o.Measure).HasMaxLength(StrategyObjective.MeasureMax);
        objective.Property(o => o.Version).IsConcurrencyToken();
        objective.HasIndex(o => new { o.StrategyId, o.Position }).IsUnique();
        objective.HasMany(o => o.Actions).WithOne().HasForeignKey(a => a.ObjectiveId).OnDelete(DeleteBehavior.Cascade);

        var action = modelBuilder.Entity<StrategyAction>();
        action.ToTable("capacity_strategy_actions");
        action.HasKey(a => a.Id);
        action.Property(a => a.Indicator).HasMaxLength(40);
        action.Property(a => a.Text).HasMaxLength(StrategyAction.TextMax);
        action.Property(a => a.Owner).HasMaxLength(ChecklistItem.OwnerMax);
        action.Property(a => a.Version).IsConcurrencyToken();
        action.HasIndex(a => new { a.ObjectiveId, a.Position }).IsUnique();
    }
}
