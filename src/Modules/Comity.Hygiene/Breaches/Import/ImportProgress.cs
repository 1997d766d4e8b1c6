namespace Comity.Hygiene.Breaches.Import;

/// <summary>What an import is asked to do: read <see cref="InputPath"/> (file or directory) into the store at <see cref="StorePath"/>.</summary>
internal sealed record BreachImportRequest(string InputPath, string StorePath, HashKind Kind);

/// <summary>Reported about twice a second while an import runs.</summary>
internal sealed record ImportProgress(long HashesRead, long BytesRead, long TotalBytes, TimeSpan Elapsed)
{
    public double HashesPerSecond => Elapsed > TimeSpan.Zero ? HashesRead / Elapsed.TotalSeconds : 0;

    public double BytesPerSecond => Elapsed > TimeSpan.Zero ? BytesRead / Elapsed.TotalSeconds : 0;

    public double Fraction => TotalBytes > 0 ? (double)BytesRead / TotalBytes : 0;
}

/// <summary>The outcome of a committed import. Padding lines (count 0) are read but neither added nor counted.</summary>
internal sealed record BreachImportResult(
    long HashesRead, long Added, long Updated, long HashesInStore, long StoreBytes, TimeSpan Elapsed)
{
    public double BytesPerHash => HashesInStore > 0 ? (double)StoreBytes / HashesInStore : 0;
}
