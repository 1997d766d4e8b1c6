using Comity.Exchange.Patterning;

namespace Comity.Tests.Exchange.Patterning;

/// <summary>Invalid patterns, each with a fragment of the expected message and the 1-based column it points at.</summary>
public sealed class PatternMistakes
{
    private const string Key = "[win-registry-key:key = 'hkey_local_machine\\\\foo\\\\bar']";

    public static TheoryData<string, string, int> Mistakes => new()
    {
        // Syntax, including the OASIS validator's failing cases (its columns count from 0).
        { "file:size = 1280", "a pattern starts with '['", 1 },
        { "[file:size = ]", "expected a constant after = but found ']'", 14 },
        { "[file:hashes.MD5 = cead3f77f6cda6ec00f57d76c9a6879f]", "strings need single quotes", 20 },
        { "[file.size = 1280]", "expected ':' between the object type 'file'", 6 },
        { "[file:name MATCHES /.*\\.dll/]", "expected a quoted string after MATCHES but found '/'", 20 },
        { Key + " WITHIN ]", "expected a positive number of seconds after WITHIN but found ']'", 64 },
        { Key + " WITHIN 5 HOURS]", "expected SECONDS after the WITHIN amount", 66 },
        { Key + " WITHIN -5 SECONDS]", "expected a positive number of seconds after WITHIN but found '-5'", 64 },
        { "[network-traffic:dst_ref.value ISSUBSET ]", "expected a quoted string after ISSUBSET", 41 },
        { "[file:hashes.MD5 =? 'cead3f77f6cda6ec00f57d76c9a6879f']", "unexpected character '?'", 19 },
        { "[foo:bar=1] within 2 seconds", "keywords are case-sensitive", 13 },
        { "[foo:bar = True]", "keywords are case-sensitive", 12 },
        { "[file:name = 'x'] and [file:name = 'y']", "expected AND, OR, FOLLOWEDBY", 19 },
        { "", "the pattern is empty", 1 },
        { "   // only a comment", "the pattern is empty", 21 },
        { "[file:name = 'x'", "expected AND, OR or ']'", 17 },
        { "[file:name = 'x'] AND", "expected '[' or '(' to start an observation expression but found the end", 22 },
        { "[file:name = 'x'] FOLLOWEDBY", "expected '[' or '('", 29 },
        { "[file:name = 'unterminated]", "never closed", 14 },
        { "[file:name = 'x'] /* open", "never closed", 19 },
        { "[file:name 'x']", "a comparison operator", 12 },
        { "[file:na-me = 'x']", "a property name with a hyphen must be quoted", 7 },
        { "[file:AND = 'x']", "AND is a keyword; quote it", 7 },
        { "[file:name[x] = 'x']", "a list index", 12 },
        { "[file:size < true]", "a boolean cannot be compared with <", 14 },
        { "[NOT file:name = 'x']", "NOT goes after the object path", 6 },
        { "[file:name NOT EXISTS]", "EXISTS goes before the object path", 16 },
        { "[file:name IN 'x']", "expected '(' to open the IN set", 15 },
        { "[file:name IN ('x' 'y')]", "expected ',' or ')' in the IN set", 20 },
        { "[file:name = 'x'] REPEATS 2.5 TIMES", "a positive whole number after REPEATS", 27 },
        { "[file:name = 'x'] START t'2016-01-01T00:00:00Z'", "expected STOP after the START timestamp", 48 },
        { "[file:name = 'x'] START '2016-01-01T00:00:00Z' STOP t'2016-01-02T00:00:00Z'", "a t'…' timestamp after START", 25 },
        { "[file:name = 'x'] LAST 5 SECONDS", "expected AND, OR, FOLLOWEDBY", 19 },
        { "[file:name = 'x']\n  AND [file:size = ]", "expected a constant after =", 20 },

        // Checks beyond the grammar.
        { "[File:name = 'x']", "the object type 'File' must be 3 to 250 characters", 2 },
        { "[x_whatever:detected = 1]", "the object type 'x_whatever'", 2 },
        { "[ab:name = 'x']", "the object type 'ab'", 2 },
        { "[bad--type:name = 'x']", "the object type 'bad--type'", 2 },
        { "[file:'na me' = 'x']", "the property name 'na me'", 7 },
        { "[file:hashes.'SHA 256' = 'x']", "the key 'SHA 256'", 14 },
        { "[x_whatever:detected == t'2457-73-22T32:81:84.1Z']", "is not a real calendar date", 25 },
        { "[file:name = t'2023-02-29T00:00:00Z']", "is not a real calendar date", 14 },
        { "[file:name = t'2024-01-15T12:30:45']", "is not an RFC 3339 UTC timestamp", 14 },
        { "[file:name = t'2024-01-15T24:00:00Z']", "time of day out of range", 14 },
        { "[artifact:payload_bin = b'====']", "is not base64", 25 },
        { "[artifact:payload_bin = b'']", "is not base64", 25 },
        { "[artifact:payload_bin = b'AA=A']", "'=' is not a base64 character", 25 },
        { "[file:magic_number_hex = h'ffd']", "needs an even number of digits", 26 },
        { "[file:magic_number_hex = h'zz']", "'z' is not a hex digit", 26 },
        { "[file:name = 'a\\qb']", "only \\' and \\\\ are allowed", 14 },
        { "[file:size = 99999999999999999999]", "outside the 64-bit integer range", 14 },
        { "[file:name LIKE 5]", "expected a quoted string after LIKE", 17 },
        { "[file:name MATCHES '(unclosed']", "MATCHES needs a valid regular expression", 20 },
        { "[ipv4-addr:value ISSUBSET '10.0.0.1']", "ISSUBSET needs a CIDR string", 27 },
        { "[ipv4-addr:value ISSUPERSET 'example.com/8']", "ISSUPERSET needs a CIDR string", 29 },
        { "[ipv4-addr:value ISSUBSET '10.0.0.0/33']", "prefix length from 0 to 32", 27 },
        { "[ipv6-addr:value ISSUBSET '2001:db8::/129']", "prefix length from 0 to 128", 27 },
        { "[file:size IN ()]", "IN needs at least one constant", 15 },
        { "[file:size IN (1, 'two')]", "an IN set holds constants of one kind; this string follows a number", 19 },
        { "[file:created = '2014-01-13T07:03:17Z']", "file:created is a timestamp; compare it with a t'…' constant", 17 },
        { "[network-traffic:start > 5]", "network-traffic:start is a timestamp", 26 },
        { "[user-account:account_created IN (t'2014-01-13T07:03:17Z', 'x')]", "user-account:account_created is a timestamp", 60 },
        { "[file:hashes.'SHA-256' = 'f00']", "'f00' is not a valid SHA-256 hash: it needs 64 hex digits", 26 },
        { "[file:hashes.md5 != 'cead3f77f6cda6ec00f57d76c9a6879g']", "is not a valid md5 hash", 21 },
        { "[file:hashes.'SHA-1' IN ('da39a3ee5e6b4b0d3255bfef95601890afd80709', 'abc')]", "'abc' is not a valid SHA-1 hash", 70 },
        { "[file:name = 'x'] WITHIN 0 SECONDS", "WITHIN needs a positive number of seconds", 26 },
        { "[file:name = 'x'] WITHIN 0.0 SECONDS", "WITHIN needs a positive number of seconds", 26 },
        { "[file:name = 'x'] REPEATS 0 TIMES", "REPEATS needs a positive whole number", 27 },
        { "[file:name = 'x'] START t'2016-01-02T00:00:00Z' STOP t'2016-01-01T00:00:00Z'", "START must be earlier than STOP", 25 },
        { "[file:name = 'x'] START t'2016-01-01T00:00:00Z' STOP t'2016-01-01T00:00:00.000Z'", "START must be earlier than STOP", 25 },
        { "[file:name = 'x'] START t'2016-01-01T00:00:00.000Z' STOP t'2016-01-01T00:00:00Z'", "START must be earlier than STOP", 25 },
        { "[file:name = T'2016-01-01T00:00:00Z']", "prefixes are lower case", 14 },
        { Key + " WITHIN 5 SECONDS WITHIN 6 SECONDS", "already has a WITHIN qualifier", 74 },
        { "(" + Key + " REPEATS 2 TIMES REPEATS 3 TIMES)", "already has a REPEATS qualifier", 74 },
        { Key + " START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z' START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z'", "already has a START/STOP qualifier", 124 },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void An_invalid_pattern_is_rejected_with_the_reason_and_its_column(string text, string fragment, int column)
    {
        var result = StixPattern.Parse(text);

        Assert.False(result.IsValid);
        Assert.Null(result.Pattern);
        Assert.NotEmpty(result.Errors);
        Assert.Contains(result.Errors, e => e.Message.Contains(fragment, StringComparison.Ordinal) && e.Column == column);
    }

    [Fact]
    public void A_mistake_on_a_later_line_reports_that_line_and_the_column_within_it()
    {
        var error = Assert.Single(StixPattern.Parse("[file:name = 'x']\n  AND [file:size = ]").Errors);
        Assert.Equal((2, 20, 37), (error.Line, error.Column, error.Offset));
    }

    [Fact]
    public void Several_mistakes_beyond_the_grammar_are_all_reported_in_order_of_position()
    {
        var errors = StixPattern.Parse("[File:name = h'f' AND file:size IN ()] WITHIN 0 SECONDS").Errors;
        Assert.Equal([2, 14, 36, 47], errors.Select(e => e.Column));
    }

    [Fact]
    public void A_pattern_over_64_KiB_is_refused_before_parsing()
    {
        var text = "[file:name = '" + new string('a', 64 * 1024) + "']";
        var error = Assert.Single(StixPattern.Parse(text).Errors);
        Assert.Contains("longer than the limit of 64 KiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_counts_utf8_bytes_not_characters()
    {
        var body = new string('é', 33 * 1024);
        Assert.False(StixPattern.Parse("[file:name = '" + body + "']").IsValid);
        Assert.True(StixPattern.Parse("[file:name = '" + body[..(31 * 1024)] + "']").IsValid);
    }

    [Fact]
    public void Nesting_of_64_levels_parses_and_65_levels_is_refused_with_a_message()
    {
        static string Nested(int levels) => new string('(', levels - 1) + "[file:name = 'x']" + new string(')', levels - 1);

        Assert.True(StixPattern.Parse(Nested(64)).IsValid);
        var error = Assert.Single(StixPattern.Parse(Nested(65)).Errors);
        Assert.Contains("nested deeper than 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Equal(65, error.Column);
    }

    [Fact]
    public void Deep_nesting_far_beyond_the_limit_is_an_error_not_a_stack_overflow()
    {
        var result = StixPattern.Parse(new string('(', 30_000) + "[file:name = 'x']" + new string(')', 30_000));
        Assert.Contains("nested deeper", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_inside_brackets_counts_towards_the_same_limit()
    {
        var inner = new string('(', 64) + "file:name = 'x'" + new string(')', 64);
        Assert.True(StixPattern.Parse("[" + inner[1..^1] + "]").IsValid);
        Assert.Contains("nested deeper", StixPattern.Parse("[" + inner + "]").Errors[0].Message, StringComparison.Ordinal);
    }
}
