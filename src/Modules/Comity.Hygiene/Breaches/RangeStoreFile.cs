using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace Comity.Hygiene.Breaches;

/// <summary>
/// One store file, opened read-only and memory-mapped. Readers take a reference with <see cref="TryRetain"/> and give it
/// back with <see cref="Release"/>; the mapping is closed when the owner has released its own reference (see
/// <see cref="BreachStores"/>) and the last in-flight reader has finished, so a file can be swapped while serving.
/// </summary>
internal sealed unsafe class RangeStoreFile : IDisposable
{
    private readonly MemoryMappedFile map;
    private readonly MemoryMappedViewAccessor view;
    private readonly SafeMemoryMappedViewHandle handle;
    private readonly byte* basePointer;
    private readonly long* offsets;
    private readonly byte* data;
    private int references = 1;

    private RangeStoreFile(string path, MemoryMappedFile map, MemoryMappedViewAccessor view, long length)
    {
        Path = path;
        this.map = map;
        this.view = view;
        handle = view.SafeMemoryMappedViewHandle;
        byte* pointer = null;
        handle.AcquirePointer(ref pointer);
        basePointer = pointer + view.PointerOffset;
        FileBytes = length;
        offsets = (long*)(basePointer + RangeStoreLayout.HeaderBytes);
        data = basePointer + RangeStoreLayout.DataStart;
    }

    public string Path { get; }

    public RangeStoreHeader Header { get; private set; } = null!;

    public HashKind Kind => Header.Kind;

    public long HashCount => Header.HashCount;

    public long FileBytes { get; }

    /// <summary>Opens and checks a store: header, and that the offset table is monotonic and inside the file.</summary>
    public static RangeStoreFile Open(string path)
    {
        var length = new FileInfo(path).Length;
        if (length < RangeStoreLayout.DataStart)
        {
            throw new InvalidDataException($"{path} is too short to be a range store.");
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var map = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        MemoryMappedViewAccessor? view = null;
        RangeStoreFile? file = null;
        try
        {
            view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            file = new RangeStoreFile(path, map, view, length);
            file.Load();
            return file;
        }
        catch
        {
            if (file is not null)
            {
                file.Unmap();
            }
            else
            {
                view?.Dispose();
                map.Dispose();
            }
            throw;
        }
    }

    /// <summary>The encoded entries of one bucket (0 … 2^20 − 1). Valid only while a reference is held.</summary>
    public ReadOnlySpan<byte> Bucket(int prefix)
    {
        var start = offsets[prefix];
        return new ReadOnlySpan<byte>(data + start, checked((int)(offsets[prefix + 1] - start)));
    }

    public bool TryRetain()
    {
        while (true)
        {
            var current = Volatile.Read(ref references);
            if (current == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            Unmap();
        }
    }

    /// <summary>Gives up the owner's reference; the mapping closes once in-flight readers release theirs.</summary>
    public void Dispose() => Release();

    private void Load()
    {
        Header = RangeStoreLayout.ReadHeader(new ReadOnlySpan<byte>(basePointer, RangeStoreLayout.HeaderBytes), Path);
        var dataBytes = FileBytes - RangeStoreLayout.DataStart;
        if (Header.DataBytes != dataBytes || offsets[0] != 0 || offsets[HashKinds.BucketCount] != dataBytes)
        {
            throw new InvalidDataException($"{Path} is truncated or damaged: its offsets do not match its length.");
        }
        for (var i = 0; i < HashKinds.BucketCount; i++)
        {
            if (offsets[i + 1] < offsets[i] || offsets[i + 1] - offsets[i] > int.MaxValue)
            {
                throw new InvalidDataException($"{Path} is damaged: bucket {i:X5} has a bad offset.");
            }
        }
    }

    private void Unmap()
    {
        handle.ReleasePointer();
        view.Dispose();
        map.Dispose();
    }
}
