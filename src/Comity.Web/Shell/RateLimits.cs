using System.Threading.RateLimiting;

namespace Comity.Web.Shell;

/// <summary>Per-address limits: a tight one on sign-in, a looser one on every anonymous request.</summary>
internal static class RateLimits
{
    public const string SignIn = Comity.Identity.IdentityModule.SignInRateLimit;

    public static IServiceCollection AddComityRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var anonymousPerMinute = configuration.GetValue("RateLimits:AnonymousPerMinute", 300);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SignIn, context => PerAddress(context, "sign-in", signInPerMinute));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetNoLimiter("signed-in")
                    : PerAddress(context, "anonymous", anonymousPerMinute));
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, string bucket, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter($"{bucket}:{context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
