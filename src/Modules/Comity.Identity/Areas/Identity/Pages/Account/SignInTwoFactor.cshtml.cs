using System.ComponentModel.DataAnnotations;
using Comity.Identity.Audit;
using Comity.Identity.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Comity.Identity.Areas.Identity.Pages.Account;

[EnableRateLimiting(IdentityModule.SignInRateLimit)]
public sealed class SignInTwoFactorModel(SignInManager<ComityUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app, or a recovery code.")]
    [StringLength(32)]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent("session.signed-in", "person", user.Id.ToString(), "with a second factor"), cancellationToken);
            return LocalRedirect(SignInModel.SafeReturnUrl(ReturnUrl));
        }
        await audit.RecordAsync(new AuditEvent(result.IsLockedOut ? "session.locked-out" : "session.second-factor-failed", "person", user.Id.ToString()),
            cancellationToken);
        ModelState.AddModelError("", result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a while."
            : "This code is not right. Codes change every 30 seconds; check your device's clock.");
        return Page();
    }
}
