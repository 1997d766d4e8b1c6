namespace Comity.Kernel;

/// <summary>
/// A module's demo data. Seeders run in module order on first start and by <c>comity demo seed</c>;
/// each must be idempotent, adding nothing when its data is already there.
/// </summary>
public interface IDemoSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}

public static class DemoData
{
    /// <summary>Runs every registered seeder in registration order.</summary>
    public static async Task SeedAllAsync(IEnumerable<IDemoSeeder> seeders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seeders);
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
