namespace Comity.Tests.Infrastructure;

/// <summary>The repository's own files, for tests that read sources (pages, resources) rather than the build output.</summary>
public static class Repository
{
    /// <summary>The folder that holds Comity.slnx, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Comity.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Comity.slnx not found above the test assembly.");
    }
}
