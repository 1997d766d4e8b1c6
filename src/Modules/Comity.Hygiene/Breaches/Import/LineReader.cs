namespace Comity.Hygiene.Breaches.Import;

/// <summary>
/// Reads a text file line by line into a reused buffer (LF or CRLF, last line may lack one). A returned line is valid
/// until the next call. Lines longer than the buffer are an input error, not a reason to grow it.
/// </summary>
internal sealed class LineReader : IDisposable
{
    private const int BufferBytes = 1 << 20;

    private readonly FileStream stream;
    private readonly byte[] buffer = new byte[BufferBytes];
    private int start;
    private int end;
    private bool eof;

    public LineReader(string path)
    {
        Path = path;
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    public string Path { get; }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes consumed from the file so far (for progress).</summary>
    public long BytesRead { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var pending = buffer.AsSpan(start, end - start);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = pending[..newline];
                start += newline + 1;
                return Return(ref line, newline + 1);
            }
            if (eof)
            {
                if (pending.IsEmpty)
                {
                    line = default;
                    return false;
                }
                line = pending;
                start = end;
                return Return(ref line, pending.Length);
            }
            if (start == 0 && end == buffer.Length)
            {
                throw new BreachImportException(Path, LineNumber + 1, $"the line is longer than {BufferBytes:N0} bytes");
            }
            Fill();
        }
    }

    public void Dispose() => stream.Dispose();

    private bool Return(ref ReadOnlySpan<byte> line, int consumed)
    {
        LineNumber++;
        BytesRead += consumed;
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }
        return true;
    }

    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
        }
        end += read;
    }
}
