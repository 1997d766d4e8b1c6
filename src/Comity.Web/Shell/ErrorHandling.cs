using Comity.Identity;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Comity.Web.Shell;

/// <summary>
/// Programs get RFC 9457 problem details; people get friendly 403/404/500 pages.
/// Unreadable request bodies become a 400 that says what could not be read.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var detail = bad.InnerException is { } inner ? $"{bad.Message} {inner.Message}" : bad.Message;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read.",
                Detail = detail,
            },
            Exception = exception,
        });
    }
}

internal static class ErrorHandling
{
    public static IServiceCollection AddComityErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseComityErrorHandling(this WebApplication app)
    {
        app.UseWhen(context => IdentityModule.IsMachinePath(context.Request.Path), machine =>
        {
            machine.UseExceptionHandler();
            machine.UseStatusCodePages();
        });
        app.UseWhen(context => !IdentityModule.IsMachinePath(context.Request.Path), people =>
        {
            people.UseExceptionHandler("/error/500");
            people.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }
}
