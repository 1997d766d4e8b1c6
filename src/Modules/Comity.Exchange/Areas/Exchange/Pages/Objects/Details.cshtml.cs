using System.Text.Json;
using Comity.Exchange.Data;
using Comity.Exchange.Objects;
using Comity.Exchange.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Exchange.Areas.Exchange.Pages.Objects;

/// <summary>One object: its properties, raw JSON, versions and the relationships and sightings that refer to it — all within TLP.</summary>
public sealed class DetailsModel(ExchangeDb db, ExchangeCallers callers, ApiRoots roots) : PageModel
{
    public ObjectView View { get; private set; } = null!;

    /// <summary>The shown version's top-level properties, in the order the producer wrote them.</summary>
    public IReadOnlyList<(string Name, string Value)> Properties { get; private set; } = [];

    public string PrettyJson { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid collection, string id, CancellationToken cancellationToken)
    {
        if (await callers.ForAsync(User, cancellationToken) is not { } caller)
        {
            return NotFound();
        }
        var readable = await BrowseObjects.ReadableAsync(caller, db, roots, cancellationToken);
        if (await ObjectDetails.GetAsync(caller, collection, id, readable, db, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        View = view;
        using var document = JsonDocument.Parse(view.Shown.Json);
        Properties = document.RootElement.EnumerateObject().Select(p => (p.Name, Display(p.Value))).ToList();
        PrettyJson = JsonSerializer.Serialize(document.RootElement, Indented);
        return Page();
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) =>
            string.Join(", ", value.EnumerateArray().Select(v => v.GetString())),
        _ => JsonSerializer.Serialize(value, Indented),
    };
}
