namespace Comity.Capacity.Model;

/// <summary>
/// Version 1 of Comity's maturity model, written for Comity. Its shape (five dimensions, factors, optional aspects,
/// indicators at five stages) follows the structure national capacity reviews use; every name and statement here is our own.
/// Dimension, factor and aspect names and every indicator statement are given in the six UN languages (English, French,
/// Spanish, Russian, Arabic, Chinese); each dimension's content lives in its own file (StarterModel.Policy.cs …).
/// Deployments seeded before the statements were translated receive the translations on start-up (<see cref="ModelTranslations"/>).
/// </summary>
internal static partial class StarterModel
{
    public static readonly Guid VersionId = new("6c0a1d3e-0001-4c61-9a11-000000000001");

    public static readonly DateTimeOffset PublishedAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static ModelContent Content { get; } = new([Policy(), Culture(), Knowledge(), Legal(), Standards()]);

    /// <summary>One text in English, French, Spanish, Russian, Arabic and Chinese, in that order.</summary>
    private static LocalText N(string en, string fr, string es, string ru, string ar, string zh) =>
        new() { ["en"] = en, ["fr"] = fr, ["es"] = es, ["ru"] = ru, ["ar"] = ar, ["zh"] = zh };

    /// <summary>A factor with one indicator per stage, from start-up to dynamic.</summary>
    private static FactorDef F(string code, LocalText name, string[] skills, params LocalText[] byStage) =>
        new(code, name, [.. skills], [], byStage.Select((text, i) => new IndicatorDef($"{code}.{i + 1}", (Stage)(i + 1), text)).ToList());
}
