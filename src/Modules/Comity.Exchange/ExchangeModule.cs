using Comity.Exchange.Collections;
using Comity.Exchange.Data;
using Comity.Exchange.Demo;
using Comity.Exchange.Federation;
using Comity.Exchange.Lookup;
using Comity.Exchange.Misp;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Comity.Exchange.Taxii;
using Comity.Identity.Access;
using Comity.Kernel;
using Comity.Kernel.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Comity.Exchange;

/// <summary>The Exchange module's entry point: STIX 2.1 store, TAXII 2.1 server and TLP enforcement.</summary>
public static class ExchangeModule
{
    public const string ScopeRead = "exchange:read";
    public const string ScopeWrite = "exchange:write";
    public const string ScopeManage = "exchange:manage";

    /// <summary>Page policies: who reads shared intelligence, who adds to it, who manages collections.</summary>
    public const string ReaderPolicy = "exchange:reader";
    public const string WriterPolicy = "exchange:writer";
    public const string ManagerPolicy = "exchange:manager";

    public static IServiceCollection AddExchangeModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<ExchangeDb>(ExchangeDb.Module);
        services.AddScoped<IDataUpgrade, IdKeyBackfill>();
        services.AddSingleton(new ApiScope(ScopeRead, "Read shared threat intelligence over TAXII and the API (within TLP)"));
        services.AddSingleton(new ApiScope(ScopeWrite, "Add and delete threat intelligence over TAXII and the API"));
        services.AddSingleton(new ApiScope(ScopeManage, "Create collections and decide who may read and write them"));
        services.AddScoped<ApiRoots>();
        services.AddScoped<ExchangeCallers>();
        services.AddScoped<IngestObjects>();
        services.AddSingleton<SqliteWriteTurns>();
        services.AddScoped<IExchangeIntake, ExchangeIntake>();
        services.AddSingleton<LookupIndexer>();
        services.AddScoped<FederationPuller>();
        services.AddHttpClient(FederationPuller.HttpClientName);
        services.AddHostedService<FederationWorker>();
        services.AddScoped<IDemoSeeder, ExchangeDemoSeeder>();
        // Ahead of the default writer: errors on TAXII paths are TAXII error messages, not problem details.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IProblemDetailsWriter, TaxiiErrorWriter>());
        services.AddAuthorization(o =>
        {
            o.AddPolicy(ReaderPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Analyst, Roles.CentreCoordinator, Roles.PlatformAdministrator));
            o.AddPolicy(WriterPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.Analyst, Roles.CentreCoordinator));
            o.AddPolicy(ManagerPolicy, p => p.RequireAuthenticatedUser().RequireRole(Roles.CentreCoordinator, Roles.PlatformAdministrator));
        });
        // PostConfigure: MVC's own setup replaces the conventions collection when AddRazorPages runs after this.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeAreaFolder("Exchange", "/", ReaderPolicy);
            options.Conventions.AuthorizeAreaPage("Exchange", "/Indicators/New", WriterPolicy);
            options.Conventions.AuthorizeAreaPage("Exchange", "/Upload", WriterPolicy);
            options.Conventions.AuthorizeAreaFolder("Exchange", "/Collections", ManagerPolicy);
            options.Conventions.AuthorizeAreaFolder("Exchange", "/Federation", ManagerPolicy);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapExchangeModule(this IEndpointRouteBuilder app)
    {
        TaxiiEndpoints.Map(app);
        var api = app.MapGroup("/api/v1/exchange");
        CollectionEndpoints.Map(api);
        ExportObjects.Map(api);
        LookupEndpoints.Map(api);
        PeerEndpoints.Map(api);
        MispEndpoints.Map(api);
        return app;
    }
}
