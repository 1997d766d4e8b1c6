using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Comity.Identity.Audit;
using Comity.Identity.Data;
using Comity.Identity.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Comity.Identity.Areas.Identity.Pages.Account;

/// <summary>The person's own account: memberships, acting organisation, password and second factor.</summary>
public sealed class SecurityModel(UserManager<ComityUser> users, SignInManager<ComityUser> signIn, IdentityDb db, IAuditLog audit,
    TimeProvider clock) : PageModel
{
    public PersonResponse Person { get; private set; } = null!;

    public string? AuthenticatorKey { get; private set; }

    public string? QrSvg { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    [TempData]
    public string? Message { get; set; }

    [BindProperty]
    public PasswordForm Password { get; set; } = new();

    [BindProperty]
    [Display(Name = "Code")]
    public string? VerificationCode { get; set; }

    public sealed class PasswordForm
    {
        [Display(Name = "Current password")]
        [DataType(DataType.Password)]
        public string? Current { get; set; }

        [Display(Name = "New password")]
        [DataType(DataType.Password)]
        public string? New { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSwitchOrganisationAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (!db.Memberships.Any(m => m.UserId == user.Id && m.OrganisationId == organisationId))
        {
            return NotFound();
        }
        user.ActiveOrganisationId = organisationId;
        await users.UpdateAsync(user);
        await audit.RecordAsync(db, new AuditEvent("session.organisation-switched", "person", user.Id.ToString(), organisationId.ToString()), cancellationToken);
        await signIn.RefreshSignInAsync(user);
        Message = "You now act for the organisation you chose.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostChangePasswordAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        if (string.IsNullOrEmpty(Password.Current) || string.IsNullOrEmpty(Password.New))
        {
            ModelState.AddModelError("Password.New", "Enter your current password and a new one.");
        }
        else
        {
            var changed = await users.ChangePasswordAsync(user, Password.Current, Password.New);
            if (changed.Succeeded)
            {
                await audit.RecordAsync(db, new AuditEvent("person.password-changed", "person", user.Id.ToString()), cancellationToken);
                await signIn.RefreshSignInAsync(user);
                Message = "Your password has been changed.";
                return RedirectToPage();
            }
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Password.Current" : "Password.New",
                    error.Code == "PasswordMismatch" ? "Your current password is not right." : error.Description);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostStartTwoFactorAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        await users.ResetAuthenticatorKeyAsync(user);
        await LoadAsync(cancellationToken, showKey: true);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmTwoFactorAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        var code = (VerificationCode ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(VerificationCode), "This code is not right. Check the time on your device and try the current code.");
            await LoadAsync(cancellationToken, showKey: true);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []).ToList();
        await audit.RecordAsync(db, new AuditEvent("person.two-factor-enabled", "person", user.Id.ToString()), cancellationToken);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync(CancellationToken cancellationToken)
    {
        var user = await CurrentUserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(db, new AuditEvent("person.two-factor-disabled", "person", user.Id.ToString()), cancellationToken);
        await signIn.RefreshSignInAsync(user);
        Message = "Two-factor sign-in is off.";
        return RedirectToPage();
    }

    private async Task<ComityUser> CurrentUserAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private async Task LoadAsync(CancellationToken cancellationToken, bool showKey = false)
    {
        var user = await CurrentUserAsync();
        Person = (await ManagePeople.GetAsync(user.Id, db, clock, cancellationToken))!;
        if (showKey && !user.TwoFactorEnabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            AuthenticatorKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
            var uri = string.Create(CultureInfo.InvariantCulture,
                $"otpauth://totp/{Uri.EscapeDataString("Comity:" + user.Email)}?secret={key}&issuer=Comity&digits=6");
            using var qr = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
            QrSvg = new SvgQRCode(qr).GetGraphic(4);
        }
    }
}
