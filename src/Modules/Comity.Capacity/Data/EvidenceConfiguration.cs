using Comity.Capacity.Assessment;
using Comity.Capacity.Evidence;
using Microsoft.EntityFrameworkCore;

namespace Comity.Capacity.Data;

/// <summary>Tables of evidence files: their descriptions, and their bytes apart so that lists and access checks never read them.</summary>
internal static class EvidenceConfiguration
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        var file = modelBuilder.Entity<EvidenceFile>();
        file.ToTable("capacity_evidence_files");
        file.HasKey(f => f.Id);
        file.Property(f => f.Id).ValueGeneratedNever();
        file.Property(f => f.Indicator).HasMaxLength(40);
        file.Property(f => f.FileName).HasMaxLength(EvidenceFile.FileNameMax);
        file.Property(f => f.MediaType).HasMaxLength(EvidenceFile.MediaTypeMax);
        file.Property(f => f.Sha256).HasMaxLength(64);
        file.HasIndex(f => f.CycleId);
        file.HasIndex(f => f.RespondentId);
        // Files go with their answer; answers go with their respondent and cycle.
        file.HasOne<Answer>().WithMany().HasForeignKey(f => f.AnswerId).OnDelete(DeleteBehavior.Cascade);
        file.HasOne<EvidenceContent>().WithOne().HasForeignKey<EvidenceContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);

        var content = modelBuilder.Entity<EvidenceContent>();
        content.ToTable("capacity_evidence_contents");
        content.HasKey(c => c.FileId);
    }
}
