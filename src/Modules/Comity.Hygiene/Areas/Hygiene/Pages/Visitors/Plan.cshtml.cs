using Comity.Hygiene.Analytics;
using Comity.Hygiene.SelfCheck;
using Comity.Identity.Geography;
using Microsoft.AspNetCore.Mvc;

namespace Comity.Hygiene.Areas.Hygiene.Pages.Visitors;

/// <summary>
/// The personal action plan. Its address holds the answers (a=…), the country if given, and the actions the visitor
/// ticked off (done=…): bookmarking it is the revisit link, and the server keeps nothing but anonymous counts.
/// </summary>
public sealed class PlanModel(CounterBuffer counters) : PublicPage(counters)
{
    public IReadOnlyList<PlanStep> Steps { get; private set; } = [];

    public string Answers { get; private set; } = "";

    public string? Country { get; private set; }

    public IReadOnlySet<string> Done { get; private set; } = new HashSet<string>();

    /// <summary>The plan's own address, for bookmarking.</summary>
    public string Link(IEnumerable<string> done)
    {
        var ids = string.Join('.', done.Order(StringComparer.Ordinal));
        return $"/{Language}/check/plan?a={Answers}" + (Country is null ? "" : $"&country={Country}") + (ids.Length == 0 ? "" : $"&done={ids}");
    }

    public IActionResult OnGet(string? a, string? country, string? done)
    {
        Country = Countries.Exists(country) ? country!.ToUpperInvariant() : null;
        if (!SelfCheckQuestions.TryParse(a, out var answers))
        {
            // Straight from the form: q0…q9 become the compact a=… address, so the plan's link stays short.
            var fromForm = Enumerable.Range(0, SelfCheckQuestions.All.Count).Select(i => Request.Query[$"q{i}"].ToString()).ToList();
            if (fromForm.All(v => v is "0" or "1" or "2"))
            {
                Answers = string.Concat(fromForm);
                Count("plan", Events.CheckCompleted, Country);
                return Redirect(Link([]));
            }
            return Redirect($"/{Language}/check");
        }
        Answers = a!;
        Done = SelfCheckQuestions.ParseDone(done);
        Steps = SelfCheckQuestions.Plan(answers, Done);
        Count("plan", country: Country);
        return Page();
    }

    /// <summary>The visitor ticks an action off: counted once, anonymously, then back to the plan with it marked.</summary>
    public IActionResult OnPost(string? a, string? country, string? done, string? action)
    {
        Country = Countries.Exists(country) ? country!.ToUpperInvariant() : null;
        if (!SelfCheckQuestions.TryParse(a, out _))
        {
            return Redirect($"/{Language}/check");
        }
        Answers = a!;
        var marked = SelfCheckQuestions.ParseDone(done).ToHashSet(StringComparer.Ordinal);
        if (SelfCheckQuestions.FindAction(action) is { } chosen && marked.Add(chosen.Id))
        {
            Count(chosen.Id, Events.ActionChosen, Country);
        }
        return Redirect(Link(marked));
    }
}
