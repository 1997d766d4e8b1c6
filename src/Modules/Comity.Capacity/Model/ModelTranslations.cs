using Comity.Capacity.Data;
using Comity.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Comity.Capacity.Model;

/// <summary>
/// Gives stored model versions the translations Comity's own texts have gained since they were stored. A name or statement
/// gains a language only where its code and its English text are still those of the starter model — the same statement,
/// so a published version keeps its meaning — and only languages it lacks are added: nothing stored is ever replaced,
/// and an administrator's rewording keeps its own languages. Runs after the migrations on every start; a second run changes nothing.
/// </summary>
internal sealed class ModelTranslations(CapacityDb db, ILogger<ModelTranslations> logger) : IDataUpgrade
{
    public async Task UpgradeAsync(CancellationToken cancellationToken)
    {
        var filled = new List<int>();
        foreach (var version in await db.ModelVersions.OrderBy(v => v.Number).ToListAsync(cancellationToken))
        {
            if (version.AddMissingTranslations(StarterModel.Content))
            {
                filled.Add(version.Number);
            }
        }
        if (filled.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Added missing translations of the maturity model's texts to version(s) {Versions}", string.Join(", ", filled));
        }
    }

    /// <summary>Adds to <paramref name="target"/> the languages <paramref name="source"/> has for the same texts; true if any was added.</summary>
    public static bool Fill(ModelContent target, ModelContent source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        var known = Texts(source).Where(t => t.Text is not null).ToDictionary(t => t.Code, t => t.Text!, StringComparer.Ordinal);
        var added = false;
        foreach (var (code, text) in Texts(target))
        {
            if (text is null || !known.TryGetValue(code, out var ours) || text.GetValueOrDefault("en") != ours.GetValueOrDefault("en"))
            {
                continue;
            }
            foreach (var (culture, translation) in ours)
            {
                added |= text.TryAdd(culture, translation);
            }
        }
        return added;
    }

    /// <summary>Every translatable text of a model with the code it belongs to; codes are unique across a model.</summary>
    private static IEnumerable<(string Code, LocalText? Text)> Texts(ModelContent content)
    {
        foreach (var d in content.Dimensions ?? [])
        {
            yield return (d.Code, d.Name);
            foreach (var f in d.Factors ?? [])
            {
                yield return (f.Code, f.Name);
                foreach (var a in f.Aspects ?? [])
                {
                    yield return (a.Code, a.Name);
                }
                foreach (var i in f.Indicators ?? [])
                {
                    yield return (i.Code, i.Text);
                }
            }
        }
    }
}
