using System.Net;
using System.Text.RegularExpressions;
using Comity.Identity.Access;
using Comity.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Identity;

/// <summary>
/// Every endpoint the host serves, called by anonymous visitors and by each role. A new endpoint fails
/// this test until someone decides here who may call it.
/// </summary>
[Collection(nameof(SqliteCollection))]
public sealed partial class AccessMatrix(SqliteAppFixture app)
{
    private static readonly Role[] Everyone = [.. Roles.All];
    private static readonly Role[] AdministratorOnly = [Role.PlatformAdministrator];
    private static readonly Role[] Public = [];
    private static readonly Role[] Coordinators = [Role.CentreCoordinator];
    private static readonly Role[] FocalPoints = [Role.CountryFocalPoint];
    private static readonly Role[] Experts = [Role.Expert];
    private static readonly Role[] RequestParticipants = [Role.CentreCoordinator, Role.CountryFocalPoint, Role.Expert];
    private static readonly Role[] IntelligenceReaders = [Role.Analyst, Role.CentreCoordinator, Role.PlatformAdministrator];
    private static readonly Role[] IntelligenceWriters = [Role.Analyst, Role.CentreCoordinator];
    private static readonly Role[] CollectionManagers = [Role.CentreCoordinator, Role.PlatformAdministrator];
    private static readonly Role[] CampaignManagers = [Role.CampaignManager];
    private static readonly Role[] ReportModerators = [Role.Analyst, Role.CentreCoordinator];
    private static readonly Role[] CampaignReaders = [Role.CampaignManager, Role.CentreCoordinator];
    private static readonly Role[] Librarians = [Role.CentreCoordinator, Role.PlatformAdministrator];
    private static readonly Role[] StrategyReaders = [Role.CountryFocalPoint, Role.CentreCoordinator, Role.PlatformAdministrator];

    /// <summary>Who may call each endpoint: roles, or <see cref="Public"/> for anonymous callers too.</summary>
    private static readonly Dictionary<string, Role[]> Expected = new()
    {
        ["GET /api/v1/identity/organisations"] = Everyone,
        ["GET /api/v1/identity/organisations/{id:guid}"] = Everyone,
        ["POST /api/v1/identity/organisations"] = AdministratorOnly,
        ["PUT /api/v1/identity/organisations/{id:guid}"] = AdministratorOnly,
        ["POST /api/v1/identity/organisations/{id:guid}/deactivate"] = AdministratorOnly,
        ["POST /api/v1/identity/organisations/{id:guid}/reactivate"] = AdministratorOnly,
        ["GET /api/v1/identity/me"] = Everyone,
        ["GET /api/v1/identity/people"] = AdministratorOnly,
        ["GET /api/v1/identity/people/{id:guid}"] = AdministratorOnly,
        ["POST /api/v1/identity/people"] = AdministratorOnly,
        ["POST /api/v1/identity/people/{id:guid}/memberships"] = AdministratorOnly,
        ["DELETE /api/v1/identity/people/{id:guid}/memberships/{membershipId:guid}"] = AdministratorOnly,
        ["POST /api/v1/identity/people/{id:guid}/lock"] = AdministratorOnly,
        ["POST /api/v1/identity/people/{id:guid}/unlock"] = AdministratorOnly,
        ["GET /api/v1/identity/apikeys"] = Everyone,
        ["DELETE /api/v1/identity/apikeys/{id:guid}"] = Everyone,
        ["GET /api/v1/identity/audit"] = AdministratorOnly,
        ["GET /api/v1/identity/notifications"] = Everyone,
        ["POST /api/v1/identity/notifications/{id:guid}/read"] = Everyone,
        ["POST /api/v1/identity/notifications/read"] = Everyone,
        ["GET /api/v1/identity/countries"] = Public,
        ["GET /api/v1/identity/countries/{alpha2}"] = Public,
        ["GET /api/v1/identity/regions"] = Public,
        ["GET /api/v1/roster/skills"] = Everyone,
        ["POST /api/v1/roster/skills"] = AdministratorOnly,
        ["PUT /api/v1/roster/skills/{code}"] = AdministratorOnly,
        ["GET /api/v1/roster/experts"] = Coordinators,
        ["GET /api/v1/roster/experts/me"] = Experts,
        ["GET /api/v1/roster/experts/export"] = Coordinators,
        ["POST /api/v1/roster/experts/import"] = Coordinators,
        ["GET /api/v1/roster/experts/{id:guid}"] = [Role.CentreCoordinator, Role.Expert],
        ["POST /api/v1/roster/experts"] = Coordinators,
        ["PUT /api/v1/roster/experts/{id:guid}"] = [Role.CentreCoordinator, Role.Expert],
        ["POST /api/v1/roster/experts/{id:guid}/vetting"] = Coordinators,
        ["PUT /api/v1/roster/experts/{id:guid}/cv"] = [Role.CentreCoordinator, Role.Expert],
        ["GET /api/v1/roster/experts/{id:guid}/cv"] = [Role.CentreCoordinator, Role.Expert],
        ["GET /api/v1/roster/requests"] = RequestParticipants,
        ["GET /api/v1/roster/requests/{id:guid}"] = RequestParticipants,
        ["POST /api/v1/roster/requests"] = FocalPoints,
        ["POST /api/v1/roster/requests/{id:guid}/submit"] = FocalPoints,
        ["POST /api/v1/roster/requests/{id:guid}/triage"] = Coordinators,
        ["POST /api/v1/roster/requests/{id:guid}/refer"] = Coordinators,
        ["PUT /api/v1/roster/requests/{id:guid}/pins"] = Coordinators,
        ["POST /api/v1/roster/requests/{id:guid}/cancel"] = [Role.CentreCoordinator, Role.CountryFocalPoint],
        ["POST /api/v1/roster/matching/runs"] = Coordinators,
        ["GET /api/v1/roster/requests/{id:guid}/proposal"] = Coordinators,
        ["POST /api/v1/roster/requests/{id:guid}/approve"] = Coordinators,
        ["POST /api/v1/roster/requests/{id:guid}/start"] = Coordinators,
        ["GET /api/v1/roster/deployments"] = RequestParticipants,
        ["POST /api/v1/roster/deployments/{id:guid}/answer"] = Experts,
        ["POST /api/v1/roster/deployments/{id:guid}/report"] = Experts,
        ["POST /api/v1/roster/deployments/{id:guid}/evaluation"] = FocalPoints,
        ["GET /roster/requests"] = RequestParticipants,
        ["GET /roster/requests/new"] = FocalPoints,
        ["GET /roster/requests/{id:guid}"] = RequestParticipants,
        ["GET /roster/experts"] = Coordinators,
        ["GET /roster/experts/{id:guid}"] = Coordinators,
        ["GET /roster/mine"] = Experts,
        ["GET /api/v1/exchange/collections"] = IntelligenceReaders,
        ["POST /api/v1/exchange/collections"] = CollectionManagers,
        ["PUT /api/v1/exchange/collections/{id:guid}"] = CollectionManagers,
        ["GET /api/v1/exchange/collections/{id:guid}/bundle"] = IntelligenceReaders,
        ["POST /api/v1/exchange/lookup"] = IntelligenceReaders,
        ["POST /api/v1/exchange/collections/{id:guid}/misp"] = IntelligenceWriters,
        ["GET /api/v1/exchange/peers"] = CollectionManagers,
        ["POST /api/v1/exchange/peers"] = CollectionManagers,
        ["POST /api/v1/exchange/peers/{id:guid}/subscriptions"] = CollectionManagers,
        ["POST /api/v1/exchange/peers/{id:guid}/subscriptions/{subscriptionId:guid}/pull"] = CollectionManagers,
        ["GET /exchange"] = IntelligenceReaders,
        ["GET /exchange/objects"] = IntelligenceReaders,
        ["GET /exchange/objects/{collection:guid}/{id}"] = IntelligenceReaders,
        ["GET /exchange/export/{collection:guid}"] = IntelligenceReaders,
        ["GET /exchange/lookup"] = IntelligenceReaders,
        ["GET /exchange/indicators/new"] = IntelligenceWriters,
        ["GET /exchange/upload"] = IntelligenceWriters,
        ["GET /exchange/collections"] = CollectionManagers,
        ["GET /exchange/collections/new"] = CollectionManagers,
        ["GET /exchange/collections/{id:guid}"] = CollectionManagers,
        ["GET /exchange/federation"] = CollectionManagers,
        ["GET /taxii2"] = IntelligenceReaders,
        ["GET /taxii2/{root}"] = IntelligenceReaders,
        ["GET /taxii2/{root}/status/{statusId}"] = IntelligenceReaders,
        ["GET /taxii2/{root}/collections"] = IntelligenceReaders,
        ["GET /taxii2/{root}/collections/{collection}"] = IntelligenceReaders,
        ["GET /taxii2/{root}/collections/{collection}/manifest"] = IntelligenceReaders,
        ["GET /taxii2/{root}/collections/{collection}/objects"] = IntelligenceReaders,
        ["POST /taxii2/{root}/collections/{collection}/objects"] = IntelligenceWriters,
        ["GET /taxii2/{root}/collections/{collection}/objects/{objectId}"] = IntelligenceReaders,
        ["DELETE /taxii2/{root}/collections/{collection}/objects/{objectId}"] = IntelligenceWriters,
        ["GET /taxii2/{root}/collections/{collection}/objects/{objectId}/versions"] = IntelligenceReaders,
        ["GET /api/v1/hygiene/content"] = CampaignManagers,
        ["PUT /api/v1/hygiene/content"] = CampaignManagers,
        ["POST /api/v1/hygiene/content/{id:guid}/submit"] = CampaignManagers,
        ["POST /api/v1/hygiene/content/{id:guid}/approve"] = CampaignManagers,
        ["POST /api/v1/hygiene/content/{id:guid}/send-back"] = CampaignManagers,
        ["GET /api/v1/hygiene/reports"] = ReportModerators,
        ["POST /api/v1/hygiene/reports/{id:guid}/accept"] = ReportModerators,
        ["POST /api/v1/hygiene/reports/{id:guid}/reject"] = ReportModerators,
        ["GET /api/v1/hygiene/reports/stix"] = ReportModerators,
        ["GET /api/v1/hygiene/analytics"] = CampaignReaders,
        ["GET /{culture:lang}"] = Public,
        ["GET /{culture:lang}/learn/{topic}"] = Public,
        ["GET /{culture:lang}/campaigns/{key}"] = Public,
        ["GET /{culture:lang}/check"] = Public,
        ["GET /{culture:lang}/check/plan"] = Public,
        ["GET /{culture:lang}/report"] = Public,
        ["GET /{culture:lang}/report/thanks"] = Public,
        ["GET /{culture:lang}/password"] = Public,
        ["GET /hygiene/content"] = CampaignManagers,
        ["GET /hygiene/content/edit"] = CampaignManagers,
        ["GET /hygiene/reports"] = ReportModerators,
        ["GET /hygiene/analytics"] = CampaignReaders,
        ["GET /range/{prefix}"] = Public,
        ["OPTIONS /range/{prefix}"] = Public,
        ["GET /js/words/{list}.txt"] = Public,
        ["GET /api/v1/capacity/model"] = Everyone,
        ["GET /api/v1/capacity/model/versions"] = Everyone,
        ["GET /api/v1/capacity/model/versions/{number:int}"] = Everyone,
        ["POST /api/v1/capacity/model/draft"] = AdministratorOnly,
        ["PUT /api/v1/capacity/model/draft"] = AdministratorOnly,
        ["POST /api/v1/capacity/model/draft/publish"] = AdministratorOnly,
        ["GET /api/v1/capacity/cycles"] = FocalPoints,
        ["POST /api/v1/capacity/cycles"] = FocalPoints,
        ["GET /api/v1/capacity/cycles/{id:guid}"] = FocalPoints,
        ["PUT /api/v1/capacity/cycles/{id:guid}/consent"] = FocalPoints,
        ["POST /api/v1/capacity/cycles/{id:guid}/respondents"] = FocalPoints,
        ["PUT /api/v1/capacity/cycles/{id:guid}/consolidated"] = FocalPoints,
        ["POST /api/v1/capacity/cycles/{id:guid}/submit"] = FocalPoints,
        ["GET /api/v1/capacity/cycles/{id:guid}/export.csv"] = FocalPoints,
        ["GET /api/v1/capacity/cycles/{id:guid}/export.json"] = FocalPoints,
        ["POST /api/v1/capacity/cycles/{id:guid}/gaps/{factor}/request"] = FocalPoints,
        ["GET /api/v1/capacity/invitations"] = Everyone,
        ["GET /api/v1/capacity/invitations/{id:guid}"] = Everyone,
        ["PUT /api/v1/capacity/invitations/{id:guid}/answers"] = Everyone,
        ["GET /api/v1/capacity/respond/{token}"] = Public,
        ["PUT /api/v1/capacity/respond/{token}"] = Public,
        ["GET /api/v1/capacity/cycles/{id:guid}/files/{fileId:guid}"] = FocalPoints,
        ["GET /api/v1/capacity/cycles/{id:guid}/evidence.csv"] = FocalPoints,
        ["POST /api/v1/capacity/invitations/{id:guid}/files"] = Everyone,
        ["GET /api/v1/capacity/invitations/{id:guid}/files/{fileId:guid}"] = Everyone,
        ["DELETE /api/v1/capacity/invitations/{id:guid}/files/{fileId:guid}"] = Everyone,
        ["POST /api/v1/capacity/respond/{token}/files"] = Public,
        ["GET /api/v1/capacity/respond/{token}/files/{fileId:guid}"] = Public,
        ["DELETE /api/v1/capacity/respond/{token}/files/{fileId:guid}"] = Public,
        ["GET /capacity"] = Everyone,
        ["GET /capacity/model"] = Everyone,
        ["GET /capacity/model/edit"] = AdministratorOnly,
        ["GET /capacity/cycles/{id:guid}"] = FocalPoints,
        ["GET /capacity/cycles/{id:guid}/report"] = FocalPoints,
        ["GET /capacity/invitations/{id:guid}"] = Everyone,
        ["GET /capacity/respond/{token}"] = Public,
        ["GET /capacity/cycles/{id:guid}/files/{fileId:guid}"] = FocalPoints,
        ["GET /capacity/invitations/{id:guid}/files/{fileId:guid}"] = Everyone,
        ["GET /capacity/respond/{token}/files/{fileId:guid}"] = Public,
        ["GET /api/v1/library/search"] = Everyone,
        ["GET /api/v1/library/documents/{id:guid}"] = Everyone,
        ["GET /api/v1/library/documents/{id:guid}/file"] = Everyone,
        ["GET /api/v1/library/documents/{id:guid}/similar"] = Everyone,
        ["POST /api/v1/library/documents"] = Librarians,
        ["PUT /api/v1/library/documents/{id:guid}"] = Librarians,
        ["DELETE /api/v1/library/documents/{id:guid}"] = Librarians,
        ["GET /api/v1/library/toolkits"] = Everyone,
        ["GET /api/v1/library/toolkits/{id:guid}"] = Everyone,
        ["POST /api/v1/library/toolkits"] = Librarians,
        ["PUT /api/v1/library/toolkits/{id:guid}"] = Librarians,
        ["DELETE /api/v1/library/toolkits/{id:guid}"] = Librarians,
        ["GET /library"] = Everyone,
        ["GET /library/documents/{id:guid}"] = Everyone,
        ["GET /library/documents/{id:guid}/file"] = Everyone,
        ["GET /library/documents/{id:guid}/edit"] = Librarians,
        ["GET /library/upload"] = Librarians,
        ["GET /library/toolkits"] = Everyone,
        ["GET /library/toolkits/{id:guid}"] = Everyone,
        ["GET /library/toolkits/new"] = Librarians,
        ["GET /library/toolkits/{id:guid}/edit"] = Librarians,
        ["GET /api/v1/capacity/strategies"] = StrategyReaders,
        ["POST /api/v1/capacity/strategies"] = FocalPoints,
        ["GET /api/v1/capacity/strategies/{id:guid}"] = StrategyReaders,
        ["PUT /api/v1/capacity/strategies/{id:guid}"] = FocalPoints,
        ["POST /api/v1/capacity/strategies/{id:guid}/sync"] = FocalPoints,
        ["POST /api/v1/capacity/strategies/{id:guid}/archive"] = FocalPoints,
        ["POST /api/v1/capacity/strategies/{id:guid}/phases/{phase}/items"] = FocalPoints,
        ["PUT /api/v1/capacity/strategies/{id:guid}/items/{itemId:guid}"] = FocalPoints,
        ["POST /api/v1/capacity/strategies/{id:guid}/objectives"] = FocalPoints,
        ["PUT /api/v1/capacity/strategies/{id:guid}/objectives/{objectiveId:guid}"] = FocalPoints,
        ["POST /api/v1/capacity/strategies/{id:guid}/objectives/{objectiveId:guid}/actions"] = FocalPoints,
        ["PUT /api/v1/capacity/strategies/{id:guid}/actions/{actionId:guid}"] = FocalPoints,
        ["GET /api/v1/capacity/strategies/{id:guid}/outline.md"] = StrategyReaders,
        ["GET /capacity/strategy"] = StrategyReaders,
        ["GET /capacity/strategy/{id:guid}"] = StrategyReaders,
        ["GET /capacity/strategy/{id:guid}/phases/{phase}"] = StrategyReaders,
        ["GET /capacity/strategy/{id:guid}/objectives"] = StrategyReaders,
        ["GET /capacity/strategy/{id:guid}/outline"] = StrategyReaders,
        ["GET /capacity/strategy/{id:guid}/outline.md"] = StrategyReaders,
        ["GET /health/live"] = Public,
        ["GET /health/ready"] = Public,
        ["GET /openapi/{documentName}.json"] = Public,
        ["GET /api-reference/{documentName?}"] = Public,
        ["GET /api-reference/scalar.js"] = Public,
        ["GET /api-reference/scalar.aspnetcore.js"] = Public,
        ["GET /api-reference/favicon.svg"] = Public,
        ["POST /culture"] = Public,
        ["GET /"] = Public,
        ["GET /dashboard"] = Everyone,
        ["GET /error/{code:int}"] = Public,
        ["GET /account/sign-in"] = Public,
        ["GET /account/sign-in/two-factor"] = Public,
        ["GET /account/sign-out"] = Public,
        ["GET /account/security"] = Everyone,
        ["GET /account/api-keys"] = Everyone,
        ["GET /account/notifications"] = Everyone,
        ["GET /admin/organisations"] = AdministratorOnly,
        ["GET /admin/organisations/new"] = AdministratorOnly,
        ["GET /admin/organisations/{id:guid}"] = AdministratorOnly,
        ["GET /admin/people"] = AdministratorOnly,
        ["GET /admin/people/new"] = AdministratorOnly,
        ["GET /admin/people/{id:guid}"] = AdministratorOnly,
        ["GET /admin/audit"] = AdministratorOnly,
    };

    [Fact]
    public void Every_endpoint_has_a_decided_audience()
    {
        var served = Endpoints().Select(e => e.Key).ToHashSet();
        Assert.Empty(served.Except(Expected.Keys));
        Assert.Empty(Expected.Keys.Except(served));
    }

    [Fact]
    public async Task Each_role_and_anonymous_callers_are_allowed_or_denied_as_decided()
    {
        var failures = new List<string>();
        var anonymous = app.Anonymous(followRedirects: false);
        var apiClients = new Dictionary<Role, HttpClient>();
        var pageClients = new Dictionary<Role, HttpClient>();
        foreach (var role in Roles.All)
        {
            apiClients[role] = await app.ApiAsAsync(role);
            pageClients[role] = await app.SignInAsync(role, followRedirects: false);
        }
        foreach (var (key, method, url) in Endpoints())
        {
            var allowed = Expected[key];
            var isApi = url.StartsWith("/api/", StringComparison.Ordinal) || url.StartsWith("/taxii2", StringComparison.Ordinal);
            var anonymousDenied = Denied(await SendAsync(anonymous, method, url), isApi);
            if (anonymousDenied != (allowed.Length > 0))
            {
                failures.Add($"{key}: anonymous {(anonymousDenied ? "denied" : "allowed")}");
            }
            foreach (var role in Roles.All)
            {
                var client = isApi ? apiClients[role] : pageClients[role];
                var denied = Denied(await SendAsync(client, method, url), isApi);
                var shouldBeAllowed = allowed.Length == 0 || allowed.Contains(role);
                if (denied == shouldBeAllowed)
                {
                    failures.Add($"{key}: {role} {(denied ? "denied" : "allowed")}");
                }
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_browser_session_cannot_call_the_api_without_an_api_key()
    {
        var browser = await app.SignInAsync(Role.PlatformAdministrator, followRedirects: false);
        var response = await browser.GetAsync("/api/v1/identity/people");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_key_without_the_needed_scope_is_refused_even_for_an_administrator()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.KeyForAsync(Role.PlatformAdministrator, ApiScopes.IdentityRead));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/identity/people")).StatusCode);
        var write = await client.PostJsonAsync("/api/v1/identity/organisations", new { name = "Scoped out", kind = "Ministry", homeCountry = "KE" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/identity/audit")).StatusCode);
    }

    private static bool Denied(HttpResponseMessage response, bool isApi)
    {
        if (isApi)
        {
            return response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        }
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode == HttpStatusCode.Redirect
            && (location.Contains("/account/sign-in?", StringComparison.Ordinal) || location.Contains("/error/403", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }
        return client.SendAsync(request);
    }

    private List<(string Key, string Method, string Url)> Endpoints()
    {
        var found = new List<(string, string, string)>();
        foreach (var endpoint in app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var raw = "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods)
            {
                found.Add(($"{method} {raw}", method, Parameter().Replace(raw, m => Sample(m.Groups[1].Value))));
            }
        }
        return found.Distinct().ToList();
    }

    private static string Sample(string parameter) => parameter switch
    {
        _ when parameter.EndsWith(":guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
        _ when parameter.EndsWith(":int", StringComparison.Ordinal) => "404",
        "alpha2" => "KE",
        "culture:lang" => "en",
        "topic" => "passphrases",
        "key" => "eastern-southern-africa",
        "code" => "computer-forensics",
        "documentName" or "documentName?" => "v1",
        _ => "x",
    };

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();
}
