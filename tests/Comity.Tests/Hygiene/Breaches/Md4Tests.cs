using System.Text;
using Comity.Hygiene.Breaches;

namespace Comity.Tests.Hygiene.Breaches;

public class Md4Tests
{
    [Theory]
    [InlineData("", "31d6cfe0d16ae931b73c59d7e0c089c0")]
    [InlineData("a", "bde52cb31de33e46245e05fbdbd6fb24")]
    [InlineData("abc", "a448017aaf21d8525fc10ae87aa6729d")]
    [InlineData("message digest", "d9130a8164549fe818874806e1c7014b")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", "d79e1c308aa5bbcdeea8ed63df412da9")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "043f8582f241db351ce627e153e7f0e4")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890", "e33b4ddc9c38f2199c3e7b164fcc0536")]
    public void MD4_matches_the_RFC_1320_test_suite(string message, string expected) =>
        Assert.Equal(expected, Convert.ToHexStringLower(Md4.Hash(Encoding.ASCII.GetBytes(message))));

    // Lengths either side of the padding boundaries (55/56 and one- versus two-block tails); the expected values come
    // from OpenSSL's legacy MD4 (`openssl dgst -md4 -provider legacy`) over bytes (7i + 3) mod 256.
    [Theory]
    [InlineData(55, "04d44dc3dbdcf7604f259009de6e352f")]
    [InlineData(56, "cdbc435e37e7a468d04702cf9eba65bb")]
    [InlineData(63, "45a8744e99878276c47927b0164921f4")]
    [InlineData(64, "87733dbe6c3fc125ee30897c751bd9d6")]
    [InlineData(65, "82dd3042d4378ef1b420f15c61975b8b")]
    [InlineData(119, "2c38b59be6919f10ba8ba7353ef288f7")]
    [InlineData(120, "4414f924c8b7da56ae0dbe0896989660")]
    public void MD4_pads_messages_at_every_block_boundary_correctly(int length, string expected)
    {
        var message = Enumerable.Range(0, length).Select(i => (byte)(((i * 7) + 3) % 256)).ToArray();
        Assert.Equal(expected, Convert.ToHexStringLower(Md4.Hash(message)));
    }

    [Theory]
    [InlineData("password", "8846F7EAEE8FB117AD06BDD830B7586C")]
    [InlineData("", "31D6CFE0D16AE931B73C59D7E0C089C0")]
    public void The_NT_hash_is_MD4_of_the_UTF16_password(string password, string expected) =>
        Assert.Equal(expected, PasswordHashes.Nt(password).ToHex(HashKind.Ntlm));

    [Fact]
    public void The_SHA1_key_is_the_hash_of_the_UTF8_password() =>
        Assert.Equal("5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8", PasswordHashes.Sha1("password").ToHex(HashKind.Sha1));
}
