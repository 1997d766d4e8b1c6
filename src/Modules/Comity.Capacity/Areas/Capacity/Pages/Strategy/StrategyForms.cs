using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comity.Capacity.Areas.Capacity.Pages.Strategy;

/// <summary>How every strategy page answers a form post: back to the page with a message, or the page again with the reasons.</summary>
internal static class StrategyForms
{
    /// <summary>
    /// On success, redirects to <paramref name="next"/> with <paramref name="message"/> to show there (post, redirect, get: a
    /// reload does not post again); otherwise shows the page reloaded from the database, with the handler's reasons in the
    /// reader's language.
    /// </summary>
    public static async Task<IActionResult> AnswerAsync<T>(this PageModel page, Outcome<T> outcome, string message, string next,
        Func<Task<bool>> reload, IStringLocalizer t)
    {
        if (outcome.IsOk)
        {
            page.TempData["Message"] = message;
            return new RedirectResult(next);
        }
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return page.Forbid();
        }
        if (outcome.Kind == OutcomeKind.NotFound || !await reload())
        {
            return page.NotFound();
        }
        foreach (var (field, messages) in outcome.Errors)
        {
            foreach (var text in messages)
            {
                page.ModelState.AddModelError(field, t[text]);
            }
        }
        return page.Page();
    }

    /// <summary>A date for an input of type date: yyyy-MM-dd.</summary>
    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
