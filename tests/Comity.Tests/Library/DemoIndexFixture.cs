using Comity.Library.Demo;
using Comity.Library.Search;

namespace Comity.Tests.Library;

/// <summary>The demo library indexed once in memory and shared by the read-only search tests.</summary>
public sealed class DemoIndexFixture : IDisposable
{
    public DemoIndexFixture()
    {
        Documents = DemoLibrary.Documents();
        Index = LibraryIndex.InMemory();
        Index.Rebuild(Documents);
    }

    internal IReadOnlyList<LibraryDocument> Documents { get; }

    internal LibraryIndex Index { get; }

    public void Dispose() => Index.Dispose();
}
