using Comity.Identity.Access;
using Comity.Identity.Data;
using Comity.Identity.Notifications;
using Comity.Kernel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Identity.Areas.Identity.Pages.Account;

/// <summary>A person's inbox: what other modules told them (offers, answers, staffing…), newest first.</summary>
public sealed class NotificationsModel(IdentityDb db, TimeProvider clock) : PageModel
{
    public Page<NotificationResponse> Items { get; private set; } = null!;

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken) =>
        Items = await Inbox.ListAsync(User.UserId()!.Value, unreadOnly: false, new PageQuery(page, 25), db, cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(Guid? id, CancellationToken cancellationToken)
    {
        var outcome = await Inbox.MarkReadAsync(User.UserId()!.Value, id, db, clock, cancellationToken);
        return outcome.Kind == OutcomeKind.NotFound ? NotFound() : RedirectToPage();
    }
}
