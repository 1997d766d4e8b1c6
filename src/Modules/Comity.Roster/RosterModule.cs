using Comity.Identity.Access;
using Comity.Kernel;
using Comity.Kernel.Data;
using Comity.Roster.Data;
using Comity.Roster.Demo;
using Comity.Roster.Deployments;
using Comity.Roster.Experts;
using Comity.Roster.Matching;
using Comity.Roster.Requests;
using Comity.Roster.Skills;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Roster;

/// <summary>The Roster module's entry point: the international roster of cybercrime experts.</summary>
public static class RosterModule
{
    public const string ScopeRead = "roster:read";
    public const string ScopeWrite = "roster:write";

    /// <summary>Policy for the request pages: the roles that take part in a request's life.</summary>
    public const string ParticipantPolicy = "roster:participant";

    public static IServiceCollection AddRosterModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<RosterDb>(RosterDb.Module);
        services.AddSingleton(new ApiScope(ScopeRead, "Read the roster, requests, proposals and deployments you may see"));
        services.AddSingleton(new ApiScope(ScopeWrite, "File requests, manage experts, run matching and move deployments"));
        services.AddScoped<RosterCallers>();
        services.AddScoped<IAssistanceRequests, AssistanceRequests>();
        services.AddScoped<IDemoSeeder, RosterDemoSeeder>();
        services.AddAuthorization(o => o.AddPolicy(ParticipantPolicy, p => p.RequireAuthenticatedUser()
            .RequireRole(Roles.CentreCoordinator, Roles.CountryFocalPoint, Roles.Expert)));
        // PostConfigure: MVC's own setup replaces the conventions collection when AddRazorPages runs after this.
        services.PostConfigure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeAreaFolder("Roster", "/Requests", ParticipantPolicy);
            options.Conventions.AuthorizeAreaPage("Roster", "/Requests/New", Policies.CountryFocalPoint);
            options.Conventions.AuthorizeAreaFolder("Roster", "/Experts", Policies.CentreCoordinator);
            options.Conventions.AuthorizeAreaFolder("Roster", "/Mine", Policies.Expert);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapRosterModule(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/roster");
        SkillEndpoints.Map(api);
        ExpertEndpoints.Map(api);
        RequestEndpoints.Map(api);
        MatchingEndpoints.Map(api);
        DeploymentEndpoints.Map(api);
        return app;
    }
}
