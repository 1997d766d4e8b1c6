using Comity.Capacity.Assessment;
using Comity.Capacity.Data;
using Comity.Capacity.Demo;
using Comity.Capacity.Evidence;
using Comity.Capacity.Model;
using Comity.Capacity.Strategy;
using Comity.Identity.Access;
using Comity.Kernel;
using Comity.Kernel.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Comity.Capacity;

/// <summary>The Capacity module's entry point: maturity model, national self-assessment, gaps turned into requests for help, strategy workspace.</summary>
public static class CapacityModule
{
    public const string ScopeRead = "capacity:read";
    public const string ScopeWrite = "capacity:write";

    /// <summary>Who may open the strategy pages; which strategies each of them sees is decided per country by the handlers.</summary>
    public const string StrategyReaderPolicy = "capacity:strategy-readers";

    /// <summary>The pages whose form is the questionnaire, which carries evidence files.</summary>
    private static readonly string[] QuestionnairePages = ["/Respond/Index", "/Invitations/Details"];

    public static IServiceCollection AddCapacityModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<CapacityDb>(CapacityDb.Module);
        services.AddSingleton(new ApiScope(ScopeRead, "Read the maturity model and your country's assessments"));
        services.AddSingleton(new ApiScope(ScopeWrite, "Run assessments, answer invitations and edit the model"));
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section)
            .Validate(o => o.IsSensible, "Capacity:Evidence: MaxFileMegabytes must be 1 to 100 and MaxFilesPerAnswer 1 to 50.").ValidateOnStart();
        services.AddScoped<CapacityCallers>();
        services.AddScoped<IDataUpgrade, ModelTranslations>();
        services.AddScoped<IDemoSeeder, CapacityDemoSeeder>();
        // After the assessments' seeder: the demo strategy draws its objectives from the demo country's submitted cycle.
        services.AddScoped<IDemoSeeder, StrategyDemoSeeder>();
        services.AddAuthorization(o => o.AddPolicy(StrategyReaderPolicy,
            p => p.RequireAuthenticatedUser().RequireRole(Roles.CountryFocalPoint, Roles.CentreCoordinator, Roles.PlatformAdministrator)));
        // PostConfigure: MVC's own setup replaces the conventions collection when AddRazorPages runs after this.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeAreaPage("Capacity", "/Index");
            options.Conventions.AuthorizeAreaFolder("Capacity", "/Cycles", Policies.CountryFocalPoint);
            options.Conventions.AuthorizeAreaFolder("Capacity", "/Invitations");
            options.Conventions.AuthorizeAreaFolder("Capacity", "/Model");
            options.Conventions.AuthorizeAreaPage("Capacity", "/Model/Edit", Policies.PlatformAdministrator);
            options.Conventions.AuthorizeAreaFolder("Capacity", "/Strategy", StrategyReaderPolicy);
            options.Conventions.AllowAnonymousToAreaFolder("Capacity", "/Respond");
        });
        // The questionnaire carries evidence files, so its pages take larger bodies, as large as the configuration allows.
        services.AddOptions<RazorPagesOptions>().PostConfigure<IOptions<EvidenceOptions>>((options, evidence) =>
        {
            var bytes = evidence.Value.QuestionnaireRequestBytes;
            foreach (var page in QuestionnairePages)
            {
                options.Conventions.AddAreaPageApplicationModelConvention("Capacity", page, model =>
                {
                    model.EndpointMetadata.Add(new EvidenceBodyLimit(bytes));
                    model.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = bytes });
                });
            }
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCapacityModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/capacity");
        CapacityEndpoints.Map(api);
        EvidenceEndpoints.Map(api, app.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value);
        StrategyEndpoints.Map(api);
        return app;
    }
}
