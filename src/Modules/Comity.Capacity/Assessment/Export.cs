using System.Globalization;
using System.Text;
using Comity.Capacity.Model;

namespace Comity.Capacity.Assessment;

/// <summary>
/// The results of a cycle as CSV (one row per factor) and its evidence files as CSV (one row per file), for spreadsheets;
/// the JSON export is <see cref="CycleResults"/> itself.
/// </summary>
public static class Export
{
    public static string Csv(CycleResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var csv = new StringBuilder();
        csv.AppendLine(Kernel.Csv.Join(["country", "cycle", "status", "dimension", "factor", "name", "stage", "stage_name", "previous_stage",
            "regional_median", "next_stage_needs"]));
        var needs = results.Gaps.ToDictionary(g => g.Factor, g => g.Needed.Count);
        foreach (var f in results.Factors)
        {
            csv.AppendLine(Kernel.Csv.Join([results.Cycle.Country, results.Cycle.Title, results.Cycle.Status.ToString(), f.Dimension, f.Factor, f.Name,
                f.Stage.ToString(CultureInfo.InvariantCulture), StageName(f.Stage), f.PreviousStage?.ToString(CultureInfo.InvariantCulture),
                f.RegionalMedian?.ToString("0.#", CultureInfo.InvariantCulture), needs.TryGetValue(f.Factor, out var n) ? n.ToString(CultureInfo.InvariantCulture) : ""]));
        }
        return csv.ToString();
    }

    /// <summary>
    /// The cycle's evidence files, one row each: what they are, who sent them and where to download them (an API path that
    /// needs a key with <c>capacity:read</c>). The bytes themselves are never in an export.
    /// </summary>
    public static string EvidenceCsv(CycleResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var csv = new StringBuilder();
        csv.AppendLine(Kernel.Csv.Join(["country", "cycle", "indicator", "file_name", "media_type", "size_bytes", "sha256", "uploaded_by",
            "stakeholder_group", "uploaded_at", "download"]));
        foreach (var f in results.Files)
        {
            csv.AppendLine(Kernel.Csv.Join([results.Cycle.Country, results.Cycle.Title, f.Indicator, f.FileName, f.MediaType,
                f.Size.ToString(CultureInfo.InvariantCulture), f.Sha256, f.UploadedBy, f.Group.ToString(),
                f.UploadedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), f.Download]));
        }
        return csv.ToString();
    }

    public static string StageName(int stage) => stage is >= 1 and <= 5 ? ((Stage)stage).Label() : "Not yet started";
}

public static class StageLabels
{
    public static string Label(this Stage stage) => stage switch
    {
        Stage.StartUp => "Start-up",
        Stage.Formative => "Formative",
        Stage.Established => "Established",
        Stage.Strategic => "Strategic",
        Stage.Dynamic => "Dynamic",
        _ => stage.ToString(),
    };

    public static string Label(this StakeholderGroup group) => group switch
    {
        StakeholderGroup.Government => "Government",
        StakeholderGroup.CriticalInfrastructureAndPrivateSector => "Critical-infrastructure operators and private sector",
        StakeholderGroup.LawEnforcementAndJustice => "Law enforcement and justice",
        StakeholderGroup.Academia => "Academia",
        StakeholderGroup.CivilSociety => "Civil society",
        StakeholderGroup.InternationalPartners => "International partners",
        _ => group.ToString(),
    };

    public static string Label(this AnswerValue value) => value switch
    {
        AnswerValue.Met => "Met",
        AnswerValue.Partly => "Partly met",
        AnswerValue.NotMet => "Not met",
        AnswerValue.Unknown => "Don't know",
        _ => value.ToString(),
    };
}
