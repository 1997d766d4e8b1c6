using Comity.Exchange.Lookup;

namespace Comity.Tests.Exchange.Lookup;

public sealed class ObservableParsingExamples
{
    [Theory]
    [InlineData("192.0.2.1", nameof(ObservableKind.Ipv4), "192.0.2.1")]
    [InlineData(" 192.0.2.1 ", nameof(ObservableKind.Ipv4), "192.0.2.1")]
    [InlineData("192.0.2.1/32", nameof(ObservableKind.Ipv4), "192.0.2.1")]
    [InlineData("192.0.2.77/24", nameof(ObservableKind.Ipv4), "192.0.2.0/24")]
    [InlineData("10.1.2.3/0", nameof(ObservableKind.Ipv4), "0.0.0.0/0")]
    [InlineData("::ffff:192.0.2.1", nameof(ObservableKind.Ipv4), "192.0.2.1")]
    [InlineData("::FFFF:c000:0201", nameof(ObservableKind.Ipv4), "192.0.2.1")]
    [InlineData("::ffff:192.0.2.1/120", nameof(ObservableKind.Ipv4), "192.0.2.0/24")]
    [InlineData("2001:DB8:0:0:0:0:0:1", nameof(ObservableKind.Ipv6), "2001:db8::1")]
    [InlineData("2001:db8::1/128", nameof(ObservableKind.Ipv6), "2001:db8::1")]
    [InlineData("2001:db8:abcd:12::1/48", nameof(ObservableKind.Ipv6), "2001:db8:abcd::/48")]
    [InlineData("::ffff:0:0/95", nameof(ObservableKind.Ipv6), "::fffe:0:0/95")]
    public void Addresses_and_ranges_come_out_canonical_with_host_bits_masked(string text, string kind, string value)
    {
        AssertParses(text, null, Enum.Parse<ObservableKind>(kind), value);
    }

    [Theory]
    [InlineData("Evil.Example.", "evil.example")]
    [InlineData("*.evil.example", "evil.example")]
    [InlineData("Bücher.example", "xn--bcher-kva.example")]
    [InlineData("BÜCHER.EXAMPLE", "xn--bcher-kva.example")]
    [InlineData("xn--BCHER-kva.example", "xn--bcher-kva.example")]
    [InlineData("_dmarc.evil.example", "_dmarc.evil.example")]
    public void Domains_are_lower_case_ascii_without_a_trailing_dot(string text, string value)
    {
        AssertParses(text, null, ObservableKind.Domain, value);
        AssertParses(text, ObservableKind.Domain, ObservableKind.Domain, value);
    }

    [Theory]
    [InlineData("HTTP://Evil.Example/Path?Q=1#frag", "http://evil.example/Path?Q=1")]
    [InlineData("https://evil.example:443/a", "https://evil.example/a")]
    [InlineData("http://evil.example:80", "http://evil.example/")]
    [InlineData("http://evil.example:8080/a", "http://evil.example:8080/a")]
    [InlineData("https://evil.example?x=1", "https://evil.example/?x=1")]
    [InlineData("http://user:Pw@Bücher.example./", "http://user:Pw@xn--bcher-kva.example/")]
    [InlineData("http://[2001:DB8::1]:80/x", "http://[2001:db8::1]/x")]
    [InlineData("http://[::ffff:192.0.2.1]/x", "http://192.0.2.1/x")]
    [InlineData("evil.example/login.php", "http://evil.example/login.php")]
    [InlineData("hxxp://evil.example/", "hxxp://evil.example/")]
    public void Urls_keep_path_and_query_but_lose_case_in_scheme_and_host_default_ports_and_fragments(string text, string value)
    {
        AssertParses(text, null, ObservableKind.Url, value);
    }

    [Theory]
    [InlineData("Bob.Smith@Evil.Example", "Bob.Smith@evil.example")]
    [InlineData("bob@[192.0.2.1]", "bob@[192.0.2.1]")]
    [InlineData("bob@[IPv6:2001:DB8::1]", "bob@[IPv6:2001:db8::1]")]
    [InlineData("\"odd@local\"@evil.example", "\"odd@local\"@evil.example")]
    public void E_mail_addresses_lower_case_only_the_domain(string text, string value)
    {
        AssertParses(text, null, ObservableKind.Email, value);
    }

    [Theory]
    [InlineData("D41D8CD98F00B204E9800998ECF8427E", nameof(ObservableKind.Md5))]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709", nameof(ObservableKind.Sha1))]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", nameof(ObservableKind.Sha256))]
    [InlineData("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", nameof(ObservableKind.Sha512))]
    public void Hashes_are_lower_case_hex_and_their_length_tells_the_algorithm(string text, string name)
    {
        var kind = Enum.Parse<ObservableKind>(name);
        AssertParses(text, null, kind, text.ToLowerInvariant());
        AssertParses(text, kind, kind, text.ToLowerInvariant());
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("word", null)]
    [InlineData("256.1.1.1", null)]
    [InlineData("127.1", null)]
    [InlineData("192.0.2.1/33", null)]
    [InlineData("2001:db8::1/129", null)]
    [InlineData("fe80::1%eth0", null)]
    [InlineData("evil..example", null)]
    [InlineData("evil example", null)]
    [InlineData("1.2.3.4", nameof(ObservableKind.Domain))]
    [InlineData("2001:db8::1", nameof(ObservableKind.Ipv4))]
    [InlineData("192.0.2.1", nameof(ObservableKind.Ipv6))]
    [InlineData("d41d8cd98f00b204e9800998ecf8427e", nameof(ObservableKind.Sha1))]
    [InlineData("g41d8cd98f00b204e9800998ecf8427e", nameof(ObservableKind.Md5))]
    [InlineData("@evil.example", nameof(ObservableKind.Email))]
    [InlineData("http://:80/", nameof(ObservableKind.Url))]
    [InlineData("http://evil.example:99999/", nameof(ObservableKind.Url))]
    public void Malformed_values_are_refused_with_a_reason(string text, string? hint)
    {
        Assert.False(Observable.TryParse(text, hint is null ? null : Enum.Parse<ObservableKind>(hint), out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void A_label_longer_than_63_characters_is_refused()
    {
        Assert.False(Observable.TryParse(new string('a', 64) + ".example", ObservableKind.Domain, out _, out _));
        Assert.True(Observable.TryParse(new string('a', 63) + ".example", ObservableKind.Domain, out _, out _));
    }

    [Fact]
    public void A_single_label_is_a_domain_only_when_the_caller_says_so()
    {
        Assert.False(Observable.TryParse("localhost", null, out _, out _));
        AssertParses("localhost", ObservableKind.Domain, ObservableKind.Domain, "localhost");
    }

    private static void AssertParses(string text, ObservableKind? hint, ObservableKind kind, string value)
    {
        Assert.True(Observable.TryParse(text, hint, out var observable, out var error), error);
        Assert.Equal((kind, value), (observable.Kind, observable.Value));
    }
}
