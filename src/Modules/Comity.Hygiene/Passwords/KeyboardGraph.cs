namespace Comity.Hygiene.Passwords;

/// <summary>
/// A keyboard described by its rows, each as (first key's x in half-key units, unshifted keys, shifted keys).
/// Staggered keyboards treat keys half a key apart on the next row as neighbours; a keypad's grid is aligned.
/// </summary>
internal sealed class KeyboardGraph
{
    public static readonly IReadOnlyList<KeyboardGraph> All =
    [
        new("qwerty", false,
            (0, "`1234567890-=", "~!@#$%^&*()_+"),
            (3, "qwertyuiop[]\\", "QWERTYUIOP{}|"),
            (4, "asdfghjkl;'", "ASDFGHJKL:\""),
            (5, "zxcvbnm,./", "ZXCVBNM<>?")),
        new("azerty", false,
            (0, "²&é\"'(-è_çà)=", "³1234567890°+"),
            (3, "azertyuiop^$", "AZERTYUIOP¨£"),
            (4, "qsdfghjklmù*", "QSDFGHJKLM%µ"),
            (3, "<wxcvbn,;:!", ">WXCVBN?./§")),
        new("jcuken", false,
            (0, "ё1234567890-=", "Ё!\"№;%:?*()_+"),
            (3, "йцукенгшщзхъ\\", "ЙЦУКЕНГШЩЗХЪ/"),
            (4, "фывапролджэ", "ФЫВАПРОЛДЖЭ"),
            (5, "ячсмитьбю.", "ЯЧСМИТЬБЮ,")),
        new("keypad", true,
            (2, "/*-", ""),
            (0, "789+", ""),
            (0, "456", ""),
            (0, "123", ""),
            (0, "0.", "")),
    ];

    private readonly Dictionary<char, (int Key, bool Shifted)> _keys = [];
    private readonly List<(int Row, int X)> _positions = [];

    private KeyboardGraph(string name, bool aligned, params (int Start, string Plain, string Shifted)[] rows)
    {
        Name = name;
        for (var r = 0; r < rows.Length; r++)
        {
            var (start, plain, shifted) = rows[r];
            for (var c = 0; c < plain.Length; c++)
            {
                var key = _positions.Count;
                _positions.Add((r, start + (2 * c)));
                _keys.TryAdd(plain[c], (key, false));
                if (c < shifted.Length)
                {
                    _keys.TryAdd(shifted[c], (key, true));
                }
            }
        }
        var degrees = 0;
        for (var a = 0; a < _positions.Count; a++)
        {
            for (var b = 0; b < _positions.Count; b++)
            {
                if (Direction(a, b, aligned) >= 0)
                {
                    degrees++;
                }
            }
        }
        Aligned = aligned;
        KeyCount = _positions.Count;
        AverageDegree = (double)degrees / KeyCount;
    }

    public string Name { get; }

    public bool Aligned { get; }

    public int KeyCount { get; }

    public double AverageDegree { get; }

    public bool TryKey(char c, out int key, out bool shifted)
    {
        var found = _keys.TryGetValue(c, out var k);
        (key, shifted) = k;
        return found;
    }

    /// <summary>A code for the direction from key a to key b, or -1 when they are not neighbours.</summary>
    public int Direction(int a, int b) => Direction(a, b, Aligned);

    private int Direction(int a, int b, bool aligned)
    {
        var dr = _positions[b].Row - _positions[a].Row;
        var dx = _positions[b].X - _positions[a].X;
        var near = dr == 0
            ? Math.Abs(dx) == 2
            : Math.Abs(dr) == 1 && (aligned ? Math.Abs(dx) is 0 or 2 : Math.Abs(dx) == 1);
        return near ? ((dr + 1) * 5) + dx + 2 : -1;
    }
}
