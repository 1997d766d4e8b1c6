using System.Text.Json;
using System.Text.Json.Nodes;
using Comity.Hygiene.Passwords;

namespace Comity.Tests.Hygiene.Passwords;

/// <summary>
/// strength-fixture.json holds the server's results for the passwords the script must agree on
/// (compare-js.mjs runs the script on it). Set COMITY_WRITE_STRENGTH_FIXTURE to a source path to rewrite it.
/// </summary>
public sealed class SharedFixtureTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Hygiene", "Passwords", "strength-fixture.json");

    [Fact]
    public void The_server_estimator_reproduces_every_result_in_the_shared_fixture()
    {
        var fixture = JsonNode.Parse(File.ReadAllText(FixturePath))!.AsObject();
        var year = fixture["referenceYear"]!.GetValue<int>();
        var cases = fixture["cases"]!.AsArray();
        var target = Environment.GetEnvironmentVariable("COMITY_WRITE_STRENGTH_FIXTURE");
        Assert.True(cases.Count >= 300 || target is not null, $"only {cases.Count} cases");
        var failures = new List<string>();
        foreach (var node in cases)
        {
            var c = node!.AsObject();
            var inputs = c["userInputs"]?.AsArray().Select(x => x!.GetValue<string>()).ToArray();
            var e = PasswordStrength.Estimate(c["password"]!.GetValue<string>(), inputs, year);
            var actual = Result(e);
            if (target is not null)
            {
                c["expected"] = actual;
            }
            else if (!JsonNode.DeepEquals(c["expected"], actual))
            {
                failures.Add($"{c["password"]}: expected {c["expected"]?.ToJsonString()} got {actual.ToJsonString()}");
            }
        }
        if (target is not null)
        {
            File.WriteAllText(target, fixture.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }
        Assert.Empty(failures);
    }

    // log10 rounded to 9 places: the script and the server must agree to that precision, not to the last bit.
    private static JsonObject Result(StrengthEstimate e) => new()
    {
        ["guessesLog10"] = Math.Round(e.GuessesLog10, 9),
        ["score"] = e.Score,
        ["warning"] = e.Warning,
        ["suggestions"] = new JsonArray([.. e.Suggestions.Select(s => JsonValue.Create(s))]),
        ["note"] = e.Note,
        ["offlineCrackTime"] = e.OfflineCrackTime.ToString().ToLowerInvariant(),
        ["patterns"] = new JsonArray([.. e.Sequence.Select(m => JsonValue.Create($"{m.Pattern}:{m.Start}-{m.End}"))]),
    };
}
