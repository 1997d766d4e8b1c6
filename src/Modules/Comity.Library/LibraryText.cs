namespace Comity.Library;

/// <summary>Marker for the Library module's translated strings (Resources/LibraryText.*.resx); English text is the key.</summary>
public sealed class LibraryText;

/// <summary>English labels (translation keys) for the values the library's pages show.</summary>
public static class LibraryLabels
{
    public static string Language(string code) => code switch
    {
        "ar" => "Arabic",
        "en" => "English",
        "es" => "Spanish",
        "fr" => "French",
        "ru" => "Russian",
        "zh" => "Chinese",
        _ => code,
    };

    public static string Facet(string name) => name switch
    {
        "type" => "Type",
        "language" => "Language",
        "topic" => "Topic",
        "region" => "Region",
        "country" => "Country",
        "year" => "Year",
        _ => name,
    };

    /// <summary>The key to translate for a facet value; countries, regions and years are shown as they are.</summary>
    public static string Value(string facet, string value) => facet switch
    {
        "type" => Documents.DocumentTypes.Label(value),
        "language" => Language(value),
        "topic" => Documents.LibraryTopics.Label(value),
        "country" => Identity.Geography.Countries.NameOf(value),
        _ => value,
    };

    /// <summary>Whether <see cref="Value"/> gives a translation key rather than a name or number.</summary>
    public static bool IsTranslated(string facet) => facet is "type" or "language" or "topic";

    /// <summary>A size in bytes as people read it.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(System.Globalization.CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
