using System.Net;
using Comity.Identity.Access;
using Comity.Identity.Demo;
using Comity.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Comity.Tests.Platform;

/// <summary>Two web nodes on one PostgreSQL database behave as one: a session begun on one is good on the other.</summary>
public sealed class TwoHosts
{
    [Fact]
    public async Task A_session_signed_in_on_one_node_is_accepted_by_the_other()
    {
        var database = await ComityApp.NewDatabaseAsync(Provider.Postgres);
        await using var first = new ComityApp(Provider.Postgres, database);
        await using var second = new ComityApp(Provider.Postgres, database);
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        var one = first.CreateClient(options);
        var two = second.CreateClient(options);

        var form = await one.GetAsync("/account/sign-in");
        var antiforgeryCookie = Cookies(form);
        var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = DemoNetwork.Accounts.Single(a => a.Role == Role.CentreCoordinator).Email,
                ["Password"] = DemoNetwork.Password,
                ["__RequestVerificationToken"] = AppFixture.AntiforgeryToken(await form.Content.ReadAsStringAsync()),
            }),
        };
        signIn.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await two.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/dashboard", signedIn.Headers.Location?.OriginalString);

        var dashboard = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        dashboard.Headers.Add("Cookie", Cookies(signedIn));
        var response = await one.SendAsync(dashboard);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Countries your centre serves", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
