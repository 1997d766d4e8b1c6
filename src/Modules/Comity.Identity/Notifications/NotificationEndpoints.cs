using System.Security.Claims;
using Comity.Identity.Access;
using Comity.Identity.Data;
using Comity.Kernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Comity.Identity.Notifications;

internal static class NotificationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", List).RequireSignedIn(ApiScopes.IdentityRead).WithSummary("Your own notifications, newest first");
        group.MapPost("/{id:guid}/read", MarkRead).RequireSignedIn(ApiScopes.IdentityRead).WithSummary("Mark one of your notifications as read");
        group.MapPost("/read", MarkAllRead).RequireSignedIn(ApiScopes.IdentityRead).WithSummary("Mark all your notifications as read");
    }

    private static async Task<Ok<Page<NotificationResponse>>> List(ClaimsPrincipal user, IdentityDb db, CancellationToken cancellationToken,
        bool unread = false, int? page = null, int? pageSize = null) =>
        TypedResults.Ok(await Inbox.ListAsync(user.UserId()!.Value, unread, new PageQuery(page, pageSize), db, cancellationToken));

    private static async Task<Results<Ok<int>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> MarkRead(Guid id,
        ClaimsPrincipal user, IdentityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        (await Inbox.MarkReadAsync(user.UserId()!.Value, id, db, clock, cancellationToken)).ToHttp();

    private static async Task<Results<Ok<int>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult>> MarkAllRead(
        ClaimsPrincipal user, IdentityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        (await Inbox.MarkReadAsync(user.UserId()!.Value, null, db, clock, cancellationToken)).ToHttp();
}
