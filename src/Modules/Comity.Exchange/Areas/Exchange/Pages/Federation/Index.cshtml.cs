using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Federation;
using Comity.Exchange.Sharing;
using Comity.Identity.Audit;
using Comity.Kernel;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages.Federation;

/// <summary>
/// The federation status page: the peers the caller's centre pulls from, each subscription's health and lag, and the
/// forms to register a peer, subscribe a collection and pull now — the same handlers as /api/v1/exchange/peers.
/// </summary>
public sealed class IndexModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots, IDataProtectionProvider protection, IAuditLog audit,
    FederationPuller puller, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PeerBody Register { get; set; } = new(null, null, null);

    [BindProperty]
    public SubscribeForm Subscribe { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>Whether <see cref="Message"/> reports a problem rather than a success.</summary>
    [TempData]
    public bool MessageIsProblem { get; set; }

    public IReadOnlyList<PeerResponse> Peers { get; private set; } = [];

    /// <summary>Collections of the API roots the caller manages: where a subscription may store what it pulls.</summary>
    public IReadOnlyList<CollectionResponse> LocalCollections { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string CollectionTitle(Guid id) => LocalCollections.FirstOrDefault(c => c.Id == id)?.Title ?? id.ToString();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var outcome = await ManagePeers.RegisterAsync(caller, Register, db, protection, audit, clock, cancellationToken);
        return Done(outcome, "Register", "The peer is registered. Subscribe one of its collections to start pulling.");
    }

    public async Task<IActionResult> OnPostSubscribeAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var body = new SubscriptionBody(Subscribe.RemoteCollectionId, Subscribe.LocalCollectionId, Subscribe.IntervalMinutes);
        var outcome = await ManagePeers.SubscribeAsync(caller, Subscribe.PeerId, body, db, roots, audit, clock, cancellationToken);
        return Done(outcome, "Subscribe", "The subscription is saved; the first pull starts within a minute.");
    }

    public async Task<IActionResult> OnPostPullAsync(Guid peerId, Guid subscriptionId, CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var outcome = await ManagePeers.PullNowAsync(caller, peerId, subscriptionId, db, puller, cancellationToken);
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        MessageIsProblem = outcome.Value is null or { Error: not null };
        Message = outcome.Value switch
        {
            null => "A pull of this subscription is already running.",
            { Error: not null } => "The pull failed; the error is shown below and the pull will be retried.",
            { Complete: true } => "Pulled: the subscription is up to date.",
            _ => "Pulled part of the backlog; the rest follows on the next pulls.",
        };
        return RedirectToPage();
    }

    private IActionResult Done<T>(Outcome<T> outcome, string form, string message)
    {
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (outcome.Kind == OutcomeKind.NotFound)
        {
            return NotFound();
        }
        if (!outcome.IsOk)
        {
            ModelState.Clear();
            ModelState.AddOutcomeErrors(outcome, form);
            return Page();
        }
        Message = message;
        return RedirectToPage();
    }

    private async Task<ExchangeCaller?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return null;
        }
        Now = clock.GetUtcNow();
        Peers = await ManagePeers.ListAsync(caller, db, clock, cancellationToken);
        var managed = (await roots.AllAsync(cancellationToken)).Where(caller.ManagesCollectionsOf).Select(r => r.Slug).ToHashSet();
        LocalCollections = (await ManageCollections.ListAsync(caller, db, roots, cancellationToken)).Where(c => managed.Contains(c.ApiRoot)).ToList();
        return caller;
    }
}

/// <summary>The subscribe form: which peer, which of its collections, into which local collection, how often.</summary>
public sealed class SubscribeForm
{
    public Guid PeerId { get; set; }

    public string? RemoteCollectionId { get; set; }

    public Guid? LocalCollectionId { get; set; }

    public int? IntervalMinutes { get; set; } = 15;
}
