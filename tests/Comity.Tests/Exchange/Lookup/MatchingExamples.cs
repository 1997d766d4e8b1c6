using Comity.Exchange.Lookup;

namespace Comity.Tests.Exchange.Lookup;

public sealed class MatchingExamples
{
    [Fact]
    public void An_address_matches_its_own_indicator_and_every_range_containing_it()
    {
        var index = Index((1, "192.0.2.1"), (2, "192.0.2.0/24"), (3, "192.0.0.0/16"), (4, "0.0.0.0/0"), (5, "192.0.3.0/24"), (6, "192.0.2.2"));
        Assert.Equal([1, 2, 3, 4], Hits(index, "192.0.2.1"));
    }

    [Fact]
    public void A_queried_range_matches_addresses_and_ranges_that_overlap_it_either_way()
    {
        var index = Index((1, "192.0.2.1"), (2, "192.0.2.128/25"), (3, "192.0.0.0/16"), (4, "192.0.3.1"), (5, "192.0.1.0/24"));
        Assert.Equal([1, 2, 3], Hits(index, "192.0.2.0/24"));
        Assert.Equal([1, 2, 3, 4, 5], Hits(index, "192.0.0.0/8"));
        Assert.Equal([2, 3], Hits(index, "192.0.2.192/26"));
    }

    [Fact]
    public void A_wide_queried_range_finds_addresses_deep_inside_it()
    {
        var index = Index((1, "10.200.7.9"), (2, "10.0.0.0/30"), (3, "11.0.0.1"));
        Assert.Equal([1, 2], Hits(index, "10.0.0.0/8"));
        Assert.Equal([1, 2, 3], Hits(index, "0.0.0.0/0"));
    }

    [Fact]
    public void Ipv6_addresses_match_their_ranges_and_v4_mapped_queries_match_ipv4_indicators()
    {
        var index = Index((1, "2001:db8::/32"), (2, "2001:db8:1::5"), (3, "192.0.2.1"), (4, "2001:db9::/32"));
        Assert.Equal([1, 2], Hits(index, "2001:DB8:1:0::5"));
        Assert.Equal([1, 2], Hits(index, "2001:db8:1::/48"));
        Assert.Equal([3], Hits(index, "::ffff:192.0.2.1"));
    }

    [Fact]
    public void Ipv4_and_ipv6_are_separate_families_even_where_their_numbers_meet()
    {
        var index = Index((1, "::/0"), (2, "0.0.0.0/0"), (3, "::ffff:0:0/95"));
        Assert.Equal([2], Hits(index, "192.0.2.1"));
        Assert.Equal([1], Hits(index, "2001:db8::1"));
        Assert.Equal([1, 3], Hits(index, "::fffe:0:0/95"));
    }

    [Fact]
    public void A_domain_matches_indicators_on_itself_and_on_each_parent_but_not_on_lookalikes()
    {
        var index = Index((1, "evil.example"), (2, "b.evil.example"), (3, "notevil.example"), (4, "a.b.evil.example.org"), (5, "x.a.b.evil.example"));
        Assert.Equal([1, 2], Hits(index, "a.b.evil.example"));
        Assert.Equal([1], Hits(index, "EVIL.example."));
        Assert.Equal([3], Hits(index, "notevil.example"));
        Assert.Empty(LookupProperties.Hits(index, LookupGen.Parse("example", ObservableKind.Domain)));
    }

    [Fact]
    public void An_internationalised_domain_matches_whichever_way_it_was_written()
    {
        var index = Index((1, "bücher.example"));
        Assert.Equal([1], Hits(index, "shop.xn--bcher-kva.example"));
        Assert.Equal([1], Hits(index, "SHOP.BÜCHER.EXAMPLE"));
    }

    [Fact]
    public void A_url_matches_its_own_indicator_and_domain_indicators_on_its_host()
    {
        var index = Index((1, "http://cdn.evil.example/x"), (2, "evil.example"), (3, "http://cdn.evil.example/y"), (4, "cdn.evil.example.net"));
        Assert.Equal([1, 2], Hits(index, "HTTP://CDN.Evil.Example:80/x#part"));
        Assert.Equal([2], Hits(index, "https://cdn.evil.example/x"));
        Assert.Equal([2], Hits(index, "http://cdn.evil.example/X"));
    }

    [Fact]
    public void A_url_on_an_address_matches_address_indicators_on_that_host()
    {
        var index = Index((1, "192.0.2.0/24"), (2, "2001:db8::/32"), (3, "http://192.0.2.9/x"));
        Assert.Equal([1, 3], Hits(index, "http://192.0.2.9/x"));
        Assert.Equal([2], Hits(index, "https://[2001:db8::1]:8443/"));
    }

    [Fact]
    public void An_e_mail_address_matches_its_own_indicator_and_domain_indicators_on_its_domain()
    {
        var index = Index((1, "ceo@mail.evil.example"), (2, "evil.example"), (3, "CEO@mail.evil.example"), (4, "other@mail.evil.example"));
        Assert.Equal([1, 2], Hits(index, "ceo@MAIL.evil.example"));
        Assert.Equal([2, 3], Hits(index, "CEO@mail.evil.example"));
        Assert.Equal([2], Hits(index, "nobody@evil.example"));
    }

    [Fact]
    public void Hashes_match_exactly_and_only_within_their_algorithm()
    {
        var md5 = "D41D8CD98F00B204E9800998ECF8427E";
        var index = Index((1, md5.ToLowerInvariant()), (2, "da39a3ee5e6b4b0d3255bfef95601890afd80709"));
        Assert.Equal([1], Hits(index, md5));
        Assert.Empty(Hits(index, "d41d8cd98f00b204e9800998ecf8427f"));
    }

    [Fact]
    public void Upserting_replaces_an_indicators_observables_and_removing_forgets_it()
    {
        var index = new ObservableIndex();
        index.Upsert(7, [Parse("evil.example"), Parse("192.0.2.1")]);
        index.Upsert(7, [Parse("192.0.2.1"), Parse("198.51.100.0/24")]);
        Assert.Empty(Hits(index, "evil.example"));
        Assert.Equal([7], Hits(index, "192.0.2.1"));
        Assert.Equal([7], Hits(index, "198.51.100.3"));
        Assert.Equal(1, index.Count);
        Assert.True(index.Remove(7));
        Assert.False(index.Remove(7));
        Assert.Empty(Hits(index, "192.0.2.1"));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Indicators_sharing_an_observable_are_all_returned_and_lose_it_one_at_a_time()
    {
        var index = Index((1, "evil.example"), (2, "evil.example"), (3, "evil.example"));
        Assert.Equal([1, 2, 3], Hits(index, "evil.example"));
        index.Remove(2);
        Assert.Equal([1, 3], Hits(index, "evil.example"));
    }

    [Fact]
    public void An_indicator_matching_through_two_observables_is_added_once_per_observable()
    {
        var index = new ObservableIndex();
        index.Upsert(1, [Parse("evil.example"), Parse("http://evil.example/x")]);
        var hits = new List<long>();
        Assert.Equal(2, index.Match(Parse("http://evil.example/x"), hits));
        Assert.Equal([1, 1], hits);
    }

    [Fact]
    public void A_default_observable_is_refused_before_anything_changes()
    {
        var index = Index((1, "evil.example"));
        Assert.Throws<ArgumentException>(() => index.Apply([new IndicatorChange(2, [Parse("192.0.2.1")]), new IndicatorChange(3, [default])]));
        Assert.Empty(Hits(index, "192.0.2.1"));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Many_removals_rebuild_the_probe_filter_without_losing_live_keys()
    {
        var index = new ObservableIndex();
        for (var round = 0; round < 20; round++)
        {
            index.Apply(Enumerable.Range(0, 500).Select(i => new IndicatorChange(i, [Parse($"h{round}-{i}.example")])));
        }
        Assert.Equal(500, index.Count);
        Assert.Equal([42], Hits(index, "h19-42.example"));
        Assert.Empty(Hits(index, "h18-42.example"));
    }

    private static ObservableIndex Index(params (long Id, string Value)[] indicators)
    {
        var index = new ObservableIndex();
        index.Apply(indicators.GroupBy(i => i.Id).Select(g => new IndicatorChange(g.Key, g.Select(i => Parse(i.Value)).ToArray())));
        return index;
    }

    private static long[] Hits(ObservableIndex index, string query) => [.. LookupProperties.Hits(index, Parse(query))];

    private static Observable Parse(string text) => LookupGen.Parse(text);
}
