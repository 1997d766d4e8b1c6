namespace Comity.Kernel;

/// <summary>A page of results; <see cref="Total"/> counts every match, not just this page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total)
{
    public int PageCount => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;
}

/// <summary>Page number and size as a caller asked for them, clamped to sane bounds.</summary>
public readonly record struct PageQuery
{
    public const int MaxPageSize = 500;

    public PageQuery(int? page, int? size, int defaultSize = 50)
    {
        Number = Math.Max(1, page ?? 1);
        Size = Math.Clamp(size ?? defaultSize, 1, MaxPageSize);
    }

    public int Number { get; }

    public int Size { get; }

    public int Skip => (Number - 1) * Size;
}
