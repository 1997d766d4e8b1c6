using System.Net;
using Comity.Hygiene.SelfCheck;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Hygiene;

/// <summary>The self-check keeps its answers in the plan's address; nothing identifies the visitor.</summary>
[Collection(nameof(SqliteCollection))]
public sealed class SelfCheckPlan(SqliteAppFixture app)
{
    [Fact]
    public void The_plan_puts_the_most_protective_missing_action_first_and_done_actions_last()
    {
        // No to every question: e-mail's second step protects most.
        var all = SelfCheckQuestions.Plan(Enumerable.Repeat(SelfCheckQuestions.No, 10).ToArray(), new HashSet<string>());
        Assert.Equal(10, all.Count);
        Assert.Equal("email-second-step", all[0].Action.Id);
        Assert.Equal("unique-passwords", all[1].Action.Id);
        var done = SelfCheckQuestions.Plan(Enumerable.Repeat(SelfCheckQuestions.No, 10).ToArray(), new HashSet<string> { "email-second-step" });
        Assert.Equal("email-second-step", done[^1].Action.Id);
        Assert.True(done[^1].Done);
        Assert.Empty(SelfCheckQuestions.Plan(Enumerable.Repeat(SelfCheckQuestions.Yes, 10).ToArray(), new HashSet<string>()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("012")]
    [InlineData("0123456789")]
    [InlineData("01201201201")]
    public void Incomplete_or_foreign_answers_are_refused(string? answers) => Assert.False(SelfCheckQuestions.TryParse(answers, out _));

    [Fact]
    public async Task Answering_without_javascript_leads_to_a_bookmarkable_plan_and_ticking_a_step_off_keeps_it_in_the_address()
    {
        var visitor = app.Anonymous(followRedirects: false);
        var query = string.Join('&', Enumerable.Range(0, 10).Select(i => $"q{i}={(i == 2 ? 1 : 0)}"));
        var answered = await visitor.GetAsync($"/ar/check/plan?{query}&country=KE");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var planUrl = answered.Headers.Location!.OriginalString;
        Assert.Equal("/ar/check/plan?a=0010000000&country=KE", planUrl);

        var plan = await visitor.GetAsync(planUrl);
        Assert.False(plan.Headers.Contains("Set-Cookie"));
        var html = WebUtility.HtmlDecode(await plan.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"email-second-step\"", html, StringComparison.Ordinal);

        var ticked = await visitor.PostAsync("/ar/check/plan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["a"] = "0010000000", ["country"] = "KE", ["done"] = "", ["action"] = "email-second-step",
        }));
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal("/ar/check/plan?a=0010000000&country=KE&done=email-second-step", ticked.Headers.Location!.OriginalString);
        var after = WebUtility.HtmlDecode(await visitor.GetStringAsync(ticked.Headers.Location.OriginalString));
        Assert.DoesNotContain("value=\"email-second-step\"", after, StringComparison.Ordinal);
    }
}
