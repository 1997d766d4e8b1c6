using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Comity.Kernel;

/// <summary>Maps a use case's <see cref="Outcome{T}"/> to RFC 9457 problem details and TypedResults.</summary>
public static class OutcomeResults
{
    public static Results<Ok<T>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult> ToHttp<T>(this Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
            OutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors, title: "The request has invalid fields."),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            OutcomeKind.Conflict => TypedResults.Conflict(Problem(outcome, StatusCodes.Status409Conflict)),
            _ => TypedResults.Forbid(),
        };
    }

    public static Results<Created<T>, ValidationProblem, NotFound, Conflict<ProblemDetails>, ForbidHttpResult> ToCreated<T>(
        this Outcome<T> outcome, Func<T, string> location)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(location);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => TypedResults.Created(location(outcome.Value!), outcome.Value),
            OutcomeKind.Invalid => TypedResults.ValidationProblem(outcome.Errors, title: "The request has invalid fields."),
            OutcomeKind.NotFound => TypedResults.NotFound(),
            OutcomeKind.Conflict => TypedResults.Conflict(Problem(outcome, StatusCodes.Status409Conflict)),
            _ => TypedResults.Forbid(),
        };
    }

    private static ProblemDetails Problem<T>(Outcome<T> outcome, int status) => new()
    {
        Status = status,
        Title = outcome.Errors.TryGetValue("", out var messages) ? messages[0] : "The request conflicts with the current state.",
    };
}
