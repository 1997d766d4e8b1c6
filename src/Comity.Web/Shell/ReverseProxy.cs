using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Comity.Web.Shell;

/// <summary>
/// Behind a reverse proxy, the client address (for rate limits and the audit trail) comes from X-Forwarded-For,
/// but only when the request arrives from a proxy listed in ReverseProxy:TrustedProxies.
/// </summary>
internal static class ReverseProxy
{
    public static IServiceCollection AddComityReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = configuration.GetSection("ReverseProxy:TrustedProxies").Get<string[]>() ?? [];
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in trusted)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }
        });
    }
}
