using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Comity.Identity.Geography;

/// <summary>Public reference data: UN M49 regions and ISO 3166-1 countries.</summary>
internal static class GeographyEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Reference data").AllowAnonymous();
        group.MapGet("/countries", () => TypedResults.Ok(Countries.All.ToList())).WithSummary("Every ISO 3166-1 country with its UN M49 regions");
        group.MapGet("/countries/{alpha2}", Country).WithSummary("One country by its alpha-2 code");
        group.MapGet("/regions", () => TypedResults.Ok(Countries.Regions.ToList())).WithSummary("UN M49 regions, sub-regions and intermediate regions");
    }

    private static Results<Ok<Country>, NotFound> Country(string alpha2) =>
        Countries.Find(alpha2) is { } country ? TypedResults.Ok(country) : TypedResults.NotFound();
}
