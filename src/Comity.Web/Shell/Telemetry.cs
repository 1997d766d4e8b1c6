using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Comity.Web.Shell;

/// <summary>OpenTelemetry traces and metrics, exported over OTLP only when an endpoint is configured.</summary>
internal static class Telemetry
{
    public const string SourceName = "Comity";

    public static IServiceCollection AddComityTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(SourceName)
                // No spans for the range API: its path is the hash prefix a client asked about, which must not leave the
                // host, and it is the most frequent request by far. Its request metrics (by route template) stay.
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !Comity.Hygiene.HygieneModule.IsRangeApi(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics.AddMeter(SourceName).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation());
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            endpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        }
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            builder.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
        }
        return services;
    }
}
