using Comity.Capacity;
using Comity.Capacity.Data;
using Comity.Capacity.Model;
using Comity.Kernel.Data;
using Comity.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Comity.Tests.Capacity;

/// <summary>
/// Version 1 of the model was seeded with English-only statements; databases from then get the translations when Comity
/// starts, and so do administrators' later versions where they kept a statement as it was — never replacing their own text.
/// </summary>
public sealed class ModelTranslationUpgrade
{
    public static TheoryData<Provider> Providers => [Provider.Sqlite, Provider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_database_seeded_before_the_translations_gets_them_on_start_up_and_keeps_its_administrators_text(Provider provider)
    {
        await using var services = Services(provider, await ComityApp.NewDatabaseAsync(provider));
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = services.CreateAsyncScope())
        {
            // The database as the release before this one left it, with an administrator's version 2 drafted from version 1.
            var db = scope.ServiceProvider.GetRequiredService<CapacityDb>();
            await db.GetService<IMigrator>().MigrateAsync("CapacityStrategy", cancellationToken: ct);
            var first = await db.ModelVersions.SingleAsync(v => v.Number == 1, ct);
            Assert.Equal(["en"], first.Content.Indicators.First().Text.Keys);
            var own = ModelContent.FromJson(first.ContentJson);
            var strategy = own.Factors.First(f => f.Code == "policy.strategy");
            strategy.Indicators[0].Text["en"] = "Cabinet has asked for a strategy.";
            strategy.Indicators[1].Text["fr"] = "Un projet de stratégie existe (texte de l'administrateur).";
            var second = ModelVersion.Draft(2, own, DateTimeOffset.UnixEpoch);
            second.Publish(DateTimeOffset.UnixEpoch);
            db.ModelVersions.Add(second);
            await db.SaveChangesAsync(ct);
        }

        var migrator = services.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAsync(ct);

        var (v1, v2) = await VersionsAsync(services);
        Assert.Equal(StarterModel.Content.ToJson(), v1);
        var upgraded = ModelContent.FromJson(v2).Factors.First(f => f.Code == "policy.strategy").Indicators;
        Assert.Equal(["en"], upgraded[0].Text.Keys);
        Assert.Equal("Cabinet has asked for a strategy.", upgraded[0].Text["en"]);
        Assert.Equal("Un projet de stratégie existe (texte de l'administrateur).", upgraded[1].Text["fr"]);
        Assert.Equal("يوجد مشروع استراتيجية نوقش مع الوزارات ومع مجموعة واحدة على الأقل من خارج الحكومة.", upgraded[1].Text["ar"]);
        Assert.All(ModelContent.FromJson(v2).Indicators.Skip(1), i => Assert.Equal(6, i.Text.Count));

        // The next start finds nothing to add.
        await migrator.MigrateAsync(ct);
        Assert.Equal((v1, v2), await VersionsAsync(services));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_fresh_database_has_the_translated_model_from_its_migrations(Provider provider)
    {
        await using var services = Services(provider, await ComityApp.NewDatabaseAsync(provider));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CapacityDb>();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        var seeded = await db.ModelVersions.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(StarterModel.Content.ToJson(), seeded.ContentJson);
        Assert.Equal("政府已表明需要制定国家网络安全战略，并指定了牵头编制的机构。", seeded.Content.Indicators.First().Text["zh"]);
    }

    private static ServiceProvider Services(Provider provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider == Provider.Postgres ? "postgres" : "sqlite",
            ["ConnectionStrings:Comity"] = connectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddComityData(configuration, Path.GetTempPath());
        services.AddCapacityModule();
        return services.BuildServiceProvider();
    }

    private static async Task<(string, string)> VersionsAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var versions = await scope.ServiceProvider.GetRequiredService<CapacityDb>().ModelVersions.AsNoTracking().OrderBy(v => v.Number)
            .Select(v => v.ContentJson).ToListAsync(TestContext.Current.CancellationToken);
        return (versions[0], versions[1]);
    }
}
