using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using System.Text.Json.Serialization;
using Comity.Capacity;
using Comity.Capacity.Data;
using Comity.Exchange;
using Comity.Exchange.Data;
using Comity.Hygiene;
using Comity.Hygiene.Data;
using Comity.Identity;
using Comity.Identity.Data;
using Comity.Kernel.Data;
using Comity.Library;
using Comity.Library.Data;
using Comity.Roster;
using Comity.Roster.Data;
using Comity.Web.Shell;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
// Modules' wwwroot files (the Hygiene module's scripts) in every environment when run from the build output; published
// output has them copied into wwwroot, and this does nothing there.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddComityData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 10 * 1024 * 1024);

builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddNotificationMail(builder.Configuration);
builder.Services.AddRosterModule();
builder.Services.AddExchangeModule();
builder.Services.AddHygieneModule();
builder.Services.AddCapacityModule();
builder.Services.AddLibraryModule();

builder.Services.AddComityLocalization();
builder.Services.AddRazorPages().AddViewLocalization().AddDataAnnotationsLocalization();
// Write non-ASCII text as itself rather than as &#x…; references: pages in Arabic or Chinese stay small.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddAntiforgery(o => o.Cookie.Name = "comity.antiforgery");
builder.Services.AddComityErrorHandling();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddComityRateLimits(builder.Configuration);
builder.Services.AddComityReverseProxy(builder.Configuration);
builder.Services.AddComityTelemetry(builder.Configuration);
builder.Services.AddResponseCompression(o => o.EnableForHttps = true);
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "Comity API";
    document.Info.Description = "REST API of a Comity centre. Authenticate with `Authorization: Bearer <api key>`.";
    return Task.CompletedTask;
}));
builder.Services.AddHealthChecks()
    .AddDbContextCheck<IdentityDb>("identity-database", tags: ["ready"])
    .AddDbContextCheck<RosterDb>("roster-database", tags: ["ready"])
    .AddDbContextCheck<ExchangeDb>("exchange-database", tags: ["ready"])
    .AddDbContextCheck<HygieneDb>("hygiene-database", tags: ["ready"])
    .AddDbContextCheck<CapacityDb>("capacity-database", tags: ["ready"])
    .AddDbContextCheck<LibraryDb>("library-database", tags: ["ready"]);

var app = builder.Build();

await app.Services.PrepareDatabaseAsync(app.Configuration, app.Logger, app.Lifetime.ApplicationStopping);

app.UseForwardedHeaders();
app.UseComityErrorHandling();
app.UseSecurityHeaders();
// Only public campaign pages and static files: signed-in pages hold antiforgery tokens, which compression could leak (BREACH).
app.UseWhen(HygieneModule.IsCompressible, branch => branch.UseResponseCompression());
app.UseStaticFiles();
// Not for the range API: its hex lines have no language, and choosing a culture costs every one of its many requests.
app.UseWhen(context => !HygieneModule.IsRangeApi(context.Request.Path), pages => pages.UseRequestLocalization());
app.UseRouting();
app.UseRequestBodyLimits();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference(SecurityHeaders.ApiReferencePath, (options, context) => options
    .WithTitle("Comity API")
    .WithOpenApiRoutePattern("/openapi/{documentName}.json")
    .DisableDefaultFonts()
    .WithNonce(context.ScriptNonce())).AllowAnonymous();
app.MapCultureSwitch();
app.MapIdentityModule();
app.MapRosterModule();
app.MapExchangeModule();
app.MapHygieneModule();
app.MapCapacityModule();
app.MapLibraryModule();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The web host's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
