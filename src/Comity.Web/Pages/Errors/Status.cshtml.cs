using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Web.Pages.Errors;

/// <summary>Friendly pages for 403, 404, 500 and any other status a person may meet.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public string? RequestId { get; private set; }

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Code = code;
        (Title, Explanation) = code switch
        {
            403 => ("You cannot open this page", "Your account does not have a role that allows this. Ask your centre's administrator if you need it."),
            404 => ("Page not found", "There is nothing at this address. Check the link, or start again from the home page."),
            429 => ("Too many requests", "Please wait a minute and try again."),
            >= 500 => ("Something went wrong on our side", "The error has been logged. Please try again in a moment."),
            _ => ("The request could not be completed", "Please go back and try again."),
        };
        RequestId = code >= 500 ? Activity.Current?.Id ?? HttpContext.TraceIdentifier : null;
        if (HttpContext.Response.StatusCode == StatusCodes.Status200OK)
        {
            HttpContext.Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status400BadRequest;
        }
    }
}
