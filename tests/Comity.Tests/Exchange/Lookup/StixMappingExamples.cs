using Comity.Exchange.Lookup;

namespace Comity.Tests.Exchange.Lookup;

public sealed class StixMappingExamples
{
    [Theory]
    [InlineData("ipv4-addr", "value", "198.51.100.7/24", nameof(ObservableKind.Ipv4), "198.51.100.0/24")]
    [InlineData("ipv6-addr", "value", "2001:DB8::7", nameof(ObservableKind.Ipv6), "2001:db8::7")]
    [InlineData("ipv6-addr", "value", "::ffff:198.51.100.7", nameof(ObservableKind.Ipv4), "198.51.100.7")]
    [InlineData("domain-name", "value", "Evil.Example", nameof(ObservableKind.Domain), "evil.example")]
    [InlineData("domain-name", "value", "localhost", nameof(ObservableKind.Domain), "localhost")]
    [InlineData("url", "value", "HTTPS://evil.example:443/x", nameof(ObservableKind.Url), "https://evil.example/x")]
    [InlineData("email-addr", "value", "Bob@Evil.Example", nameof(ObservableKind.Email), "Bob@evil.example")]
    [InlineData("file", "hashes.'MD5'", "D41D8CD98F00B204E9800998ECF8427E", nameof(ObservableKind.Md5), "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("file", "hashes.MD5", "d41d8cd98f00b204e9800998ecf8427e", nameof(ObservableKind.Md5), "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("file", "hashes.'SHA-1'", "da39a3ee5e6b4b0d3255bfef95601890afd80709", nameof(ObservableKind.Sha1), "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("file", "hashes.SHA1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", nameof(ObservableKind.Sha1), "da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("file", "hashes.'SHA-256'", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", nameof(ObservableKind.Sha256), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("file", "hashes.SHA256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", nameof(ObservableKind.Sha256), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("file", "hashes.\"sha-256\"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", nameof(ObservableKind.Sha256), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("file", "hashes.'SHA-512'", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", nameof(ObservableKind.Sha512), "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")]
    [InlineData("file", "hashes.SHA512", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e", nameof(ObservableKind.Sha512), "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")]
    public void Supported_comparisons_map_to_normalised_observables(string type, string path, string value, string kind, string normalised)
    {
        var observable = Observable.FromStix(type, path, value);
        Assert.NotNull(observable);
        Assert.Equal((Enum.Parse<ObservableKind>(kind), normalised), (observable.Value.Kind, observable.Value.Value));
    }

    [Theory]
    [InlineData("ipv4-addr", "value", "2001:db8::1")]
    [InlineData("ipv4-addr", "resolves_to_refs[*].value", "192.0.2.1")]
    [InlineData("file", "name", "evil.exe")]
    [InlineData("file", "hashes.'SHA3-256'", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("file", "hashes.'SHA-256'", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("mac-addr", "value", "00:00:5e:00:53:01")]
    [InlineData("domain-name", "value", "not a domain")]
    public void Other_paths_and_values_that_do_not_parse_map_to_nothing(string type, string path, string value)
    {
        Assert.Null(Observable.FromStix(type, path, value));
    }
}
