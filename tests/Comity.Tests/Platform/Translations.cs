using System.Net;
using Comity.Identity.Access;
using Comity.Roster;
using Comity.Tests.Infrastructure;

namespace Comity.Tests.Platform;

[Collection(nameof(SqliteCollection))]
public sealed class Translations(SqliteAppFixture app)
{
    [Theory]
    [InlineData("ar", "تسجيل الدخول")]
    [InlineData("zh", "登录")]
    [InlineData("fr", "Se connecter")]
    [InlineData("ru", "Войти")]
    [InlineData("es", "Iniciar sesión")]
    public async Task The_sign_in_page_speaks_each_un_language(string culture, string signIn)
    {
        var html = await PageInAsync(app.Anonymous(), culture, "/account/sign-in");
        Assert.Contains($"<html lang=\"{culture}\"", html, StringComparison.Ordinal);
        // The heading comes from the Identity module's resources, the header button from the shell's: neither stays English.
        Assert.Contains($"<h1>{signIn}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button\" href=\"/account/sign-in\">{signIn}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Sign in<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_reads_the_dashboard_in_french()
    {
        var coordinator = await app.SignInAsync(Role.CentreCoordinator);
        var html = await PageInAsync(coordinator, "fr", "/dashboard");
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Pays desservis par votre centre", html, StringComparison.Ordinal);
        // Role and organisation-kind titles are keys computed at run time.
        Assert.Contains("Coordonnateur du centre", html, StringComparison.Ordinal);
        Assert.Contains("Centre régional de lutte contre la cybercriminalité", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Countries your centre serves", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "حافظ على تحديث ملفك", "مهامي")]
    [InlineData("zh", "保持您的档案最新", "我的派遣")]
    [InlineData("fr", "Tenez votre profil à jour", "Mes missions")]
    [InlineData("ru", "Поддерживайте профиль в актуальном состоянии", "Мои командировки")]
    [InlineData("es", "Mantenga su perfil al día", "Mis misiones")]
    public async Task An_expert_keeps_their_roster_profile_in_each_un_language(string culture, string heading, string title)
    {
        var expert = await app.SignInAsync(Role.Expert);
        var html = await PageInAsync(expert, culture, "/roster/mine");
        Assert.Contains($"<h2 id=\"edit-profile\">{heading}</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Save my profile<", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every text the Roster pages look up — literal keys, flash messages, and the enumeration and area labels computed
    /// at run time — has an entry in each language's resources, so no Roster page falls back to English.
    /// </summary>
    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_roster_label_is_translated(string culture)
    {
        var keys = PageTexts.Keys("Comity.Roster", @"Message = ""([^""]+)""|""([A-Z][^""]*\.)""");
        keys.UnionWith(Enum.GetValues<Comity.Roster.Requests.RequestStatus>().Select(s => s.Label()));
        keys.UnionWith(Enum.GetValues<Comity.Roster.Requests.DeploymentModality>().Select(m => m.Label()));
        keys.UnionWith(Enum.GetNames<Comity.Roster.Requests.Urgency>());
        keys.UnionWith(Enum.GetNames<Comity.Roster.Deployments.DeploymentStatus>());
        keys.UnionWith(Enum.GetNames<Comity.Roster.Skills.Proficiency>());
        keys.UnionWith(Enum.GetNames<Comity.Roster.Experts.VettingStatus>());
        keys.UnionWith(Comity.Roster.Skills.SkillCatalogue.Areas.Select(a => a.Name));
        Assert.True(keys.Count > 150, $"only {keys.Count} keys found; the scan is broken");
        Assert.Empty(PageTexts.Untranslated("Comity.Roster", "RosterText", culture, keys));
    }

    /// <summary>Every text the Exchange pages look up — literal keys and the page models' flash messages — is in each language's resources.</summary>
    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_exchange_label_is_translated(string culture)
    {
        var keys = PageTexts.Keys("Comity.Exchange", @"""([A-Z][^""{}]*\.)""");
        Assert.True(keys.Count > 140, $"only {keys.Count} keys found; the scan is broken");
        Assert.Empty(PageTexts.Untranslated("Comity.Exchange", "ExchangeText", culture, keys));
    }

    /// <summary>
    /// Every text of the strategy workspace — its pages, flash messages, the handlers' messages, the five phases and their
    /// checklists, the outline's headings, statuses and stage names — has an entry in each language's Capacity resources.
    /// </summary>
    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_strategy_workspace_label_is_translated(string culture)
    {
        var module = Path.Combine(Repository.Root, "src", "Modules", "Comity.Capacity");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        void Scan(string file, string pattern)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), pattern))
            {
                keys.Add(m.Groups[1].Value);
            }
        }
        foreach (var page in Directory.EnumerateFiles(Path.Combine(module, "Areas", "Capacity", "Pages", "Strategy"), "*.cshtml*"))
        {
            Scan(page, page.EndsWith(".cs", StringComparison.Ordinal) ? @"""(The [^""]+\.)""" : @"T\[""((?:[^""\\]|\\.)*)""");
        }
        foreach (var handler in new[] { "Outline.cs", "Strategies.cs" })
        {
            Scan(Path.Combine(module, "Strategy", handler), @"t\[""((?:[^""\\]|\\.)*)""");
        }
        foreach (var handler in new[] { "Strategies.cs", "EditChecklist.cs", "EditPlan.cs" })
        {
            Scan(Path.Combine(module, "Strategy", handler), @"""([A-Z][^""{}]*\.)""");
        }
        keys.UnionWith(Comity.Capacity.Strategy.Checklists.All.Select(t => t.Text));
        foreach (var phase in Comity.Capacity.Strategy.Checklists.Phases)
        {
            keys.Add(Comity.Capacity.Strategy.Checklists.Label(phase));
            keys.Add(Comity.Capacity.Strategy.Checklists.Purpose(phase));
        }
        keys.UnionWith(Enum.GetValues<Comity.Capacity.Strategy.ObjectiveStatus>().Select(s => Comity.Capacity.Strategy.Checklists.Label(s)));
        keys.UnionWith(Enum.GetValues<Comity.Capacity.Strategy.ActionStatus>().Select(s => Comity.Capacity.Strategy.Checklists.Label(s)));
        keys.UnionWith(Enumerable.Range(0, 6).Select(Comity.Capacity.Assessment.Export.StageName));
        Assert.True(keys.Count > 180, $"only {keys.Count} keys found; the scan is broken");
        Assert.Empty(PageTexts.Untranslated("Comity.Capacity", "CapacityText", culture, keys));
    }

    /// <summary>
    /// Every text of the capacity pages — home, model, cycle, report, invitation, answering link and strategy — has an entry in
    /// each language's Capacity resources: literal keys, flash messages, stages, stakeholder groups, answers, model and roster
    /// request statuses, the starter model's evidence hints, the kinds of evidence file, and every message the assessment and
    /// evidence handlers refuse a request with.
    /// </summary>
    [Theory]
    [InlineData("ar")]
    [InlineData("zh")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("es")]
    public void Every_capacity_label_is_translated(string culture)
    {
        var keys = PageTexts.Keys("Comity.Capacity", @"""([A-Z][^""{}]*\.)""");
        keys.UnionWith(Enum.GetValues<Comity.Capacity.Model.Stage>().Select(Comity.Capacity.Assessment.StageLabels.Label));
        keys.UnionWith(Enum.GetValues<Comity.Capacity.Assessment.StakeholderGroup>().Select(Comity.Capacity.Assessment.StageLabels.Label));
        keys.UnionWith(Enum.GetValues<Comity.Capacity.Assessment.AnswerValue>().Select(Comity.Capacity.Assessment.StageLabels.Label));
        keys.UnionWith(Enum.GetValues<Comity.Capacity.Model.ModelStatus>().Select(Comity.Capacity.CapacityLabels.Label));
        keys.UnionWith(Enum.GetNames<Comity.Roster.Requests.RequestStatus>().Select(Comity.Capacity.CapacityLabels.RequestStatus));
        keys.UnionWith(Enumerable.Range(0, 6).Select(Comity.Capacity.Assessment.Export.StageName));
        keys.UnionWith(Comity.Capacity.Model.StarterModel.Content.Indicators.Select(i => i.EvidenceHint).OfType<string>());
        keys.UnionWith(Comity.Capacity.Evidence.EvidenceTypes.All.Select(Comity.Capacity.Evidence.EvidenceTypes.Label));
        var module = Path.Combine(Repository.Root, "src", "Modules", "Comity.Capacity");
        var handlers = LocalizedKeys(Path.Combine(module, "Evidence"));
        Assert.True(handlers.Count > 10, $"only {handlers.Count} evidence messages found; the scan is broken");
        keys.UnionWith(handlers);
        // The assessment handlers' refusals (Cycles, Results) and the translated length and required checks.
        var assessment = LocalizedKeys(Path.Combine(module, "Assessment"));
        assessment.UnionWith(LocalizedKeys(module));
        Assert.True(assessment.Count > 20, $"only {assessment.Count} assessment messages found; the scan is broken");
        keys.UnionWith(assessment);
        Assert.True(keys.Count > 150, $"only {keys.Count} keys found; the scan is broken");
        Assert.Empty(PageTexts.Untranslated("Comity.Capacity", "CapacityText", culture, keys));
    }

    [Fact]
    public async Task A_focal_point_reads_a_strategy_phase_in_arabic_right_to_left()
    {
        var focalPoint = await app.SignInAsync(Role.CountryFocalPoint);
        var list = WebUtility.HtmlDecode(await PageInAsync(focalPoint, "ar", "/capacity/strategy"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", list, StringComparison.Ordinal);
        Assert.Contains("الاستراتيجية الوطنية للأمن السيبراني", list, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(list, @"href=""/capacity/strategy/([0-9a-f-]{36})""").Groups[1].Value;
        var phase = await focalPoint.GetStringAsync($"/capacity/strategy/{id}/phases/initiation");
        Assert.Contains("الحصول على تفويض حكومي مكتوب", WebUtility.HtmlDecode(phase), StringComparison.Ordinal);
        Assert.DoesNotContain("Obtain a written government mandate", phase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_focal_point_reads_the_assessment_results_in_arabic_right_to_left_with_arabic_statements()
    {
        var focalPoint = await app.SignInAsync(Role.CountryFocalPoint);
        var list = await PageInAsync(focalPoint, "ar", "/capacity");
        Assert.Contains("التقييم الذاتي للقدرات", list, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(list, @"href=""/capacity/cycles/([0-9a-f-]{36})"">Uganda national self-assessment \(demo\)").Groups[1].Value;
        Assert.NotEmpty(id);
        var results = WebUtility.HtmlDecode(await focalPoint.GetStringAsync($"/capacity/cycles/{id}"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", results, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"gaps\">الثغرات، الأقرب أولًا</h2>", results, StringComparison.Ordinal);
        // The gaps list the statements each factor still needs, in Arabic; none is left in English.
        var statements = Comity.Capacity.Model.StarterModel.Content.Indicators.ToList();
        Assert.Contains(statements, i => results.Contains($"<li>{i.Text["ar"]} <span class=\"hint\">", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, i => results.Contains(i.Text["en"], StringComparison.Ordinal));
        Assert.DoesNotContain(">Gaps, nearest first<", results, StringComparison.Ordinal);
    }

    /// <summary>
    /// The assessment handlers word every refusal through the Capacity texts: no sentence is left as an English literal
    /// outside <c>t["…"]</c>, where it would reach every reader in English.
    /// </summary>
    [Fact]
    public void No_assessment_handler_refuses_in_english_only()
    {
        foreach (var handler in new[] { "Cycles.cs", "Results.cs" })
        {
            var source = File.ReadAllText(Path.Combine(Repository.Root, "src", "Modules", "Comity.Capacity", "Assessment", handler));
            var bare = System.Text.RegularExpressions.Regex.Matches(source, @"(?<!\bt\[)\$?""['A-Z][^""\n]*\.""").Select(m => m.Value).ToList();
            Assert.True(bare.Count == 0, $"{handler}: {string.Join(" | ", bare)}");
        }
    }

    /// <summary>The keys that the C# files in <paramref name="folder"/> look up as <c>t["…"]</c>.</summary>
    private static HashSet<string> LocalizedKeys(string folder)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), @"\bt\[""((?:[^""\\]|\\.)*)"""))
            {
                keys.Add(m.Groups[1].Value);
            }
        }
        return keys;
    }

    /// <summary>Chooses <paramref name="culture"/> through the language picker's form and returns the page it leads back to, with character references decoded.</summary>
    private static async Task<string> PageInAsync(HttpClient client, string culture, string returnUrl)
    {
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = returnUrl }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(returnUrl, response.RequestMessage!.RequestUri!.AbsolutePath);
        // Razor writes characters outside Basic Latin as numeric character references.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
