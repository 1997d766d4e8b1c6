using Comity.Exchange.Patterning;

namespace Comity.Tests.Exchange.Patterning;

/// <summary>
/// The example patterns of STIX 2.1 section 9 (as collected in the OASIS validator's spec_examples.txt) and the
/// validator's passing cases, plus the grammar's precedence and lexing rules checked on the tree.
/// </summary>
public sealed class PatternExamples
{
    public static TheoryData<string> SpecificationExamples =>
    [
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        @"[email-message:from_ref.value MATCHES '.+\\@example\\.com$' AND email-message:body_multipart[*].body_raw_ref.name MATCHES '^Final Report.+\\.exe$']",
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f' AND file:mime_type = 'application/x-pdf']",
        "[file:hashes.'SHA-256' = 'bf07a7fbb825fc0aae7bf4a1177b2b31fcf8a3feeaf7092761e18c859ee52a9c' OR file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        @"([file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [win-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar']) WITHIN 300 SECONDS",
        "[user-account:account_type = 'unix' AND user-account:user_id = '1007' AND user-account:account_login = 'Peter'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1008' AND user-account:account_login = 'Paul'] AND [user-account:account_type = 'unix' AND user-account:user_id = '1009' AND user-account:account_login = 'Mary']",
        @"[artifact:mime_type = 'application/vnd.tcpdump.pcap' AND artifact:payload_bin MATCHES '\\xd4\\xc3\\xb2\\xa1\\x02\\x00\\x04\\x00']",
        @"[file:name = 'foo.dll' AND file:parent_directory_ref.path = 'C:\\Windows\\System32']",
        "[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]",
        "[file:mime_type = 'image/bmp' AND file:magic_number_hex = h'ffd8']",
        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']",
        "[network-traffic:dst_ref.type = 'domain-name' AND network-traffic:dst_ref.value = 'example.com'] REPEATS 5 TIMES WITHIN 1800 SECONDS",
        "[domain-name:value = 'www.5z8.info' AND domain-name:resolves_to_refs[*].value = '198.51.100.1/32']",
        "[url:value = 'http://example.com/foo' OR url:value = 'http://example.com/bar']",
        "[x509-certificate:issuer = 'CN=WEBMAIL' AND x509-certificate:serial_number = '4c:0b:1d:19:74:86:a7:66:b4:1a:bf:40:27:21:76:28']",
        @"[windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\CryptoLocker\\Files' OR windows-registry-key:key = 'HKEY_CURRENT_USER\\Software\\Microsoft\\CurrentVersion\\Run\\CryptoLocker_0388']",
        "[(file:name = 'pdf.exe' OR file:size = '371712') AND file:created = t'2014-01-13T07:03:17Z']",
        "[email-message:sender_ref.value = 'jdoe@example.com' AND email-message:subject = 'Conference Info']",
        "[x-usb-device:usbdrive.serial_number = '575833314133343231313937']",
        "[process:command_line MATCHES '^.+>-add GlobalSign.cer -c -s -r localMachine Root$'] FOLLOWEDBY [process:command_line MATCHES'^.+>-add GlobalSign.cer -c -s -r localMachineTrustedPublisher$'] WITHIN 300 SECONDS",
        "[network-traffic:dst_ref.value ISSUBSET '2001:0db8:dead:beef:0000:0000:0000:0000/64']",
        @"([file:name = 'foo.dll'] AND [win-registry-key:key = 'HKEY_LOCAL_MACHINE\\foo\\bar']) OR [process:name = 'fooproc' OR process:name = 'procfoo']",
        "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a69faa']",
    ];

    /// <summary>Passing cases of the OASIS validator that also meet this parser's stricter name and timestamp checks.</summary>
    public static TheoryData<string> OtherValidPatterns =>
    [
        "[file:size = 1280]",
        "[file:size != 1280]",
        "[file:size < 1024]",
        "[file:size <= 1024]",
        "[file:size > 1024]",
        "[file:size >= 1024]",
        "[file:extended_properties.'ntfs-ext'.sid = '234']",
        "[ipv4addr:value ISSUBSET '192.168.0.1/24']",
        "[ipv4addr:value NOT ISSUBSET '192.168.0.1/24']",
        "[user-account:value = 'Peter'] AND [user-account:value != 'Paul'] AND [user-account:value = 'Mary'] WITHIN 5 SECONDS",
        "[file:file_system_properties.file_name LIKE 'name%']",
        "[file:file_name IN ('test.txt', 'test2.exe', 'README')]",
        "[file:size IN (1024, 2048, 4096)]",
        "[network-connection:extended_properties[0].source_payload MATCHES 'dGVzdHRlc3R0ZXN0']",
        "[artifact:payload_bin = b'dGhpcyBpcyBhIHRlc3Q=']",
        "[foo:bar=1] REPEATS 9 TIMES",
        "( [(network-traffic:dst_port IN(443,6443,8443) AND network-traffic:src_packets != 0) ])",
        "([win-registry-key:key = 'hkey_local_machine\\\\foo\\\\bar'] REPEATS 2 TIMES) REPEATS 2 TIMES",
        "[network-traffic:src_port = 37020 AND user-account:user_id = 'root'] START t'2016-06-01T01:30:00.123Z' STOP t'2016-06-01T02:20:00.123Z' OR [ipv4-addr:value = '192.168.122.83'] START t'2016-06-01T03:55:00.123Z' STOP t'2016-06-01T04:30:24.743Z'",
        "[file:hashes[*] = '8665c8d477534008b3058b72e2dae8ae']",
        "[EXISTS windows-registry-key:values]",
        "[NOT EXISTS file:hashes.MD5 AND file:name = 'a.exe']",
        "[file:name NOT LIKE 'setup%' AND file:name NOT MATCHES '^tmp' AND file:size NOT IN (1, 2) AND file:size NOT > 5]",
        "[ipv6-addr:value ISSUPERSET '2001:db8::/32']",
        "[file:size = -12 OR file:size = +3 OR file:x_ratio = -0.5 OR file:x_ratio = .25]",
        "[process:is_hidden = true OR process:is_hidden = false]",
        "[file:name = 'it\\'s'] WITHIN 0.5 SECONDS",
        "[file:name = 'a'] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z' REPEATS 2 TIMES WITHIN 60 SECONDS",
        "[x509-certificate:validity_not_after < t'2016-12-31T23:59:60Z']",
        "[file:name = 'a'] /* a comment */ AND // another\n [file:name = 'b']",
        "[file:name\u00A0=\u3000'tab\tinside']",
        "[file:'name' = 'quoted first step']",
        "[windows-registry-key:values[-1].name = 'last']",
        "[file:name = 'x'] START t'9999-12-31T23:59:59Z' STOP t'9999-12-31T23:59:60Z'",
    ];

    /// <summary>The indicator patterns the exchange module's demo data seeds today.</summary>
    public static TheoryData<string> DemoIndicators =>
    [
        "[domain-name:value = 'm-pesa-refund.example']",
        "[url:value = 'http://refund-kra.example/claim']",
        "[ipv4-addr:value = '198.51.100.23']",
        "[file:hashes.'SHA-256' = '3b1f1c1e5a1d9e3f0c2b7a4d6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b']",
        "[email-addr:value = 'ceo-office@payroll-update.example']",
        "[ipv4-addr:value ISSUBSET '203.0.113.0/24']",
    ];

    [Theory]
    [MemberData(nameof(SpecificationExamples))]
    public void Every_example_of_the_specification_parses(string text) => AssertValid(text);

    [Theory]
    [MemberData(nameof(OtherValidPatterns))]
    public void The_validators_passing_cases_and_the_other_operator_forms_parse(string text) => AssertValid(text);

    [Theory]
    [MemberData(nameof(DemoIndicators))]
    public void The_demo_indicators_of_the_exchange_module_parse(string text) => AssertValid(text);

    [Theory]
    [MemberData(nameof(SpecificationExamples))]
    [MemberData(nameof(OtherValidPatterns))]
    public void Printing_a_parsed_example_gives_text_that_parses_to_the_same_tree(string text)
    {
        var pattern = Parse(text);
        var printed = pattern.ToString();
        Assert.Equal(pattern, Parse(printed));
        Assert.Equal(printed, Parse(printed).ToString());
    }

    [Fact]
    public void A_canonical_pattern_prints_exactly_as_written()
    {
        const string text = "([file:hashes.MD5 = '79054025255fb1a26e4bc422aef54eb4'] FOLLOWEDBY [windows-registry-key:key = 'HKEY_LOCAL_MACHINE\\\\foo\\\\bar']) WITHIN 300 SECONDS";
        Assert.Equal(text, Parse(text).ToString());
    }

    [Fact]
    public void Printing_normalises_spacing_operators_quotes_and_redundant_parentheses()
    {
        var pattern = Parse("( ( [ (file:'hashes'.'MD5'=='cead3f77f6cda6ec00f57d76c9a6879f') ] ) ) AND [file:size<>+5 OR file:size==007.50]");
        Assert.Equal("[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f'] AND [file:size != 5 OR file:size = 7.5]", pattern.ToString());
    }

    [Fact]
    public void Observation_AND_binds_tighter_than_OR_which_binds_tighter_than_FOLLOWEDBY()
    {
        var root = Parse("[a-a:b = 1] FOLLOWEDBY [b-b:b = 1] OR [c-c:b = 1] AND [d-d:b = 1]").Root;
        var followedBy = Assert.IsType<CompoundObservation>(root);
        Assert.Equal(ObservationOperator.FollowedBy, followedBy.Operator);
        var or = Assert.IsType<CompoundObservation>(followedBy.Operands[1]);
        Assert.Equal(ObservationOperator.Or, or.Operator);
        var and = Assert.IsType<CompoundObservation>(or.Operands[1]);
        Assert.Equal(ObservationOperator.And, and.Operator);
        Assert.Equal(2, and.Operands.Count);
    }

    [Fact]
    public void A_qualifier_applies_to_the_observation_just_before_it_not_to_the_whole_chain()
    {
        var root = Assert.IsType<CompoundObservation>(Parse("[aaa:b = 1] AND [bbb:b = 1] WITHIN 5 SECONDS").Root);
        Assert.IsType<BracketObservation>(root.Operands[0]);
        var qualified = Assert.IsType<QualifiedObservation>(root.Operands[1]);
        Assert.Equal(new WithinQualifier(new IntegerConstant(5)), Assert.Single(qualified.Qualifiers));
    }

    [Fact]
    public void Inside_brackets_AND_binds_tighter_than_OR_and_parentheses_override_it()
    {
        var flat = Assert.IsType<BracketObservation>(Parse("[aaa:x = 1 OR aaa:y = 2 AND aaa:z = 3]").Root);
        var or = Assert.IsType<CompoundComparison>(flat.Criteria);
        Assert.Equal(BooleanOperator.Or, or.Operator);
        Assert.Equal(BooleanOperator.And, Assert.IsType<CompoundComparison>(or.Operands[1]).Operator);

        var grouped = Assert.IsType<BracketObservation>(Parse("[(aaa:x = 1 OR aaa:y = 2) AND aaa:z = 3]").Root);
        Assert.Equal(BooleanOperator.And, Assert.IsType<CompoundComparison>(grouped.Criteria).Operator);
    }

    [Fact]
    public void A_chain_of_the_same_operator_becomes_one_flat_node()
    {
        var bracket = Assert.IsType<BracketObservation>(Parse("[aaa:a = 1 AND aaa:b = 2 AND aaa:c = 3 AND aaa:d = 4]").Root);
        Assert.Equal(4, Assert.IsType<CompoundComparison>(bracket.Criteria).Operands.Count);
    }

    [Fact]
    public void Several_qualifiers_of_different_kinds_follow_one_expression_in_order()
    {
        var qualified = Assert.IsType<QualifiedObservation>(Parse("[aaa:b = 1] REPEATS 5 TIMES WITHIN 1800 SECONDS").Root);
        Assert.Equal([typeof(RepeatsQualifier), typeof(WithinQualifier)], qualified.Qualifiers.Select(q => q.GetType()));
    }

    [Fact]
    public void Parentheses_let_the_same_qualifier_apply_twice()
    {
        var outer = Assert.IsType<QualifiedObservation>(Parse("([aaa:b = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS").Root);
        Assert.IsType<QualifiedObservation>(outer.Inner);
        Assert.Equal("([aaa:b = 1] WITHIN 5 SECONDS) WITHIN 6 SECONDS", outer.ToString());
    }

    [Fact]
    public void String_escapes_are_decoded_and_printed_back()
    {
        var bracket = Assert.IsType<BracketObservation>(Parse(@"[file:name = 'it\'s a \\ back\\slash']").Root);
        var comparison = Assert.IsType<PropertyComparison>(bracket.Criteria);
        Assert.Equal(@"it's a \ back\slash", Assert.IsType<StringConstant>(comparison.Value).Value);
        Assert.Equal(@"[file:name = 'it\'s a \\ back\\slash']", bracket.ToString());
    }

    [Fact]
    public void Every_constant_kind_parses_to_its_own_record()
    {
        var bracket = Assert.IsType<BracketObservation>(Parse(
            "[aaa:s = 'x' OR aaa:i = -7 OR aaa:f = 2.5 OR aaa:b = true OR aaa:t = t'2020-02-29T10:00:00.5Z' OR aaa:bin = b'AAE=' OR aaa:h = h'0aFF']").Root);
        var values = Assert.IsType<CompoundComparison>(bracket.Criteria).Operands.Cast<PropertyComparison>().Select(c => c.Value).ToList();
        Assert.Equal<Constant>(
            [new StringConstant("x"), new IntegerConstant(-7), new FloatConstant(2.5), new BooleanConstant(true),
             new TimestampConstant("2020-02-29T10:00:00.5Z"), new BinaryConstant("AAE="), new HexConstant("0aFF")],
            values);
    }

    [Fact]
    public void Paths_keep_keys_indexes_and_wildcards_in_order()
    {
        var bracket = Assert.IsType<BracketObservation>(Parse("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]").Root);
        var path = Assert.IsType<PropertyComparison>(bracket.Criteria).Path;
        Assert.Equal("file", path.ObjectType);
        Assert.Equal<PathStep>([new KeyStep("extensions"), new KeyStep("windows-pebinary-ext"), new KeyStep("sections"), new IndexStep(null), new KeyStep("entropy")], path.Steps);
        Assert.Equal("extensions.'windows-pebinary-ext'.sections[*].entropy", path.PropertyText);
    }

    [Fact]
    public void A_timestamp_with_a_leap_second_orders_after_the_last_ordinary_second()
    {
        var leap = new TimestampConstant("2016-12-31T23:59:60Z").Instant;
        var before = new TimestampConstant("2016-12-31T23:59:59.9999999Z").Instant;
        Assert.NotNull(leap);
        Assert.True(leap > before);
    }

    private static Pattern Parse(string text)
    {
        var result = StixPattern.Parse(text);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        return result.Pattern!;
    }

    private static void AssertValid(string text)
    {
        var result = StixPattern.Parse(text);
        Assert.True(result.IsValid, $"{text}: {string.Join("; ", result.Errors)}");
        Assert.Empty(result.Errors);
    }
}
