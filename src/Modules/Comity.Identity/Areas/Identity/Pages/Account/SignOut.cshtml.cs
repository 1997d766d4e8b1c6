using System.Security.Claims;
using Comity.Identity.Audit;
using Comity.Identity.People;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Account;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<ComityUser> signIn, IAuditLog audit) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(new AuditEvent("session.signed-out", "person", User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ""), cancellationToken);
            await signIn.SignOutAsync();
        }
        return LocalRedirect("/");
    }
}
