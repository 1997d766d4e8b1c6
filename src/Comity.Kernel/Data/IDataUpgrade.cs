namespace Comity.Kernel.Data;

/// <summary>
/// A module's one-off data change that SQL migrations cannot express (a value computed in C# for rows written before
/// the column existed). Runs after every module's migrations, on each start-up, so it must find its own remaining
/// work, do nothing when there is none, and be safe to stop half-way.
/// </summary>
public interface IDataUpgrade
{
    Task UpgradeAsync(CancellationToken cancellationToken);
}
