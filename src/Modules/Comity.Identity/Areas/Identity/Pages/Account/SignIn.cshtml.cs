using System.ComponentModel.DataAnnotations;
using Comity.Identity.Audit;
using Comity.Identity.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Comity.Identity.Areas.Identity.Pages.Account;

[EnableRateLimiting(IdentityModule.SignInRateLimit)]
public sealed class SignInModel(SignInManager<ComityUser> signIn, UserManager<ComityUser> users, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Display(Name = "Keep me signed in on this device")]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, RememberMe, lockoutOnFailure: true);
        var user = await users.FindByEmailAsync(Email.Trim());
        var target = user?.Id.ToString() ?? Email.Trim();
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent("session.signed-in", "person", target), cancellationToken);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInTwoFactor", new { ReturnUrl = SafeReturnUrl(ReturnUrl), RememberMe });
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(new AuditEvent("session.locked-out", "person", target), cancellationToken);
            ModelState.AddModelError("", "Too many failed attempts: this account is locked for a while. Try again later or ask your administrator.");
            return Page();
        }
        await audit.RecordAsync(new AuditEvent("session.sign-in-failed", "person", target), cancellationToken);
        ModelState.AddModelError("", "The e-mail address or password is not right.");
        return Page();
    }

    internal static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/dashboard";
}
