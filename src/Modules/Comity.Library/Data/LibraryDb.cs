using Comity.Kernel.Data;
using Comity.Library.Documents;
using Comity.Library.Toolkits;
using Microsoft.EntityFrameworkCore;

namespace Comity.Library.Data;

/// <summary>The Library module's data: documents with their files and extracted text, the change log the indexes follow, and toolkits.</summary>
public sealed class LibraryDb(DbContextOptions<LibraryDb> options) : DbContext(options)
{
    public const string Module = "library";

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentFile> Files => Set<DocumentFile>();

    public DbSet<DocumentChange> Changes => Set<DocumentChange>();

    public DbSet<Toolkit> Toolkits => Set<Toolkit>();

    public DbSet<ToolkitEntry> ToolkitEntries => Set<ToolkitEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseComityConventions(DatabaseFacadeInfo.Of(this));
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var document = modelBuilder.Entity<Document>();
        document.ToTable("library_documents");
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).ValueGeneratedNever();
        document.Property(d => d.Title).HasMaxLength(Document.TitleMax);
        document.Property(d => d.Type).HasMaxLength(40);
        document.Property(d => d.Language).HasMaxLength(8);
        document.Property(d => d.Region).HasMaxLength(Document.RegionMax);
        document.Property(d => d.Publisher).HasMaxLength(Document.PublisherMax);
        document.Property(d => d.Licence).HasMaxLength(Document.LicenceMax);
        document.Property(d => d.Summary).HasMaxLength(Document.SummaryMax);
        document.Property(d => d.SourceUrl).HasMaxLength(Document.SourceUrlMax);
        document.Property(d => d.FileName).HasMaxLength(Document.FileNameMax);
        document.Property(d => d.ContentType).HasMaxLength(100);
        document.Property(d => d.Sha256).HasMaxLength(64);
        document.Property(d => d.UploadedByName).HasMaxLength(Document.PublisherMax);
        document.HasIndex(d => d.Sha256).IsUnique();
        document.HasIndex(d => d.UpdatedAt);
        document.HasOne<DocumentFile>().WithOne().HasForeignKey<DocumentFile>(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);

        var file = modelBuilder.Entity<DocumentFile>();
        file.ToTable("library_files");
        file.HasKey(f => f.DocumentId);

        var change = modelBuilder.Entity<DocumentChange>();
        change.ToTable("library_changes");
        change.HasKey(c => c.Seq);
        change.Property(c => c.Seq).ValueGeneratedOnAdd();

        var toolkit = modelBuilder.Entity<Toolkit>();
        toolkit.ToTable("library_toolkits");
        toolkit.HasKey(t => t.Id);
        toolkit.Property(t => t.Id).ValueGeneratedNever();
        toolkit.Property(t => t.Title).HasMaxLength(Toolkit.TitleMax);
        toolkit.Property(t => t.Topic).HasMaxLength(Toolkit.TopicMax);
        toolkit.Property(t => t.Description).HasMaxLength(Toolkit.DescriptionMax);
        toolkit.HasMany(t => t.Entries).WithOne().HasForeignKey(e => e.ToolkitId).OnDelete(DeleteBehavior.Cascade);

        var entry = modelBuilder.Entity<ToolkitEntry>();
        entry.ToTable("library_toolkit_documents");
        entry.HasKey(e => new { e.ToolkitId, e.DocumentId });
        // Deleting a document takes it out of every toolkit.
        entry.HasOne<Document>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
