using System.Globalization;
using Comity.Capacity.Data;
using Comity.Capacity.Evidence;
using Comity.Capacity.Model;
using Microsoft.AspNetCore.Http;

namespace Comity.Capacity.Assessment;

/// <summary>
/// What the questionnaire partial shows: the model, the respondent's answers and evidence files so far (each with its
/// download link), whether the cycle still takes changes, and the limits on files.
/// </summary>
public sealed record AnswerFormView(string Title, string Country, StakeholderGroup Group, ModelContent Model, IReadOnlyDictionary<string, AnswerItem> Answers,
    string Culture, IReadOnlyList<EvidenceFileResponse> Files, bool IsOpen, EvidenceOptions Limits)
{
    public IEnumerable<EvidenceFileResponse> FilesFor(string indicator) => Files.Where(f => f.Indicator == indicator);
}

/// <summary>
/// Reads the questionnaire form: one radio group, evidence lines, a comment and a file input per indicator, and a box per
/// stored file to remove it; unanswered indicators are skipped.
/// </summary>
public static class AnswerForm
{
    public static AnswersBody Read(IFormCollection form, ModelContent model, bool finish)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(model);
        var answers = new List<AnswerItem>();
        foreach (var indicator in model.Indicators)
        {
            var raw = form[$"v:{indicator.Code}"].ToString();
            if (!Enum.TryParse<AnswerValue>(raw, out var value))
            {
                continue;
            }
            var evidence = form[$"e:{indicator.Code}"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            answers.Add(new AnswerItem(indicator.Code, value, evidence, form[$"c:{indicator.Code}"].ToString()));
        }
        return new AnswersBody(answers, finish);
    }

    /// <summary>Files chosen in the inputs named <c>f:{indicator}</c> (an input left empty sends a part without a file name) and the ticked removals.</summary>
    public static EvidenceChanges Evidence(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var uploads = form.Files.Where(f => f.Name.StartsWith("f:", StringComparison.Ordinal) && f.FileName.Length > 0)
            .Select(f => new EvidenceUpload(f.Name[2..], f.FileName, f.Length, f.OpenReadStream)).ToList();
        // A value that is not an id names no file of the respondent's and is refused as such.
        var removals = form["remove"].Select(v => Guid.TryParse(v, CultureInfo.InvariantCulture, out var id) ? id : Guid.Empty).ToList();
        return new EvidenceChanges(uploads, removals);
    }

    public static Dictionary<string, AnswerItem> Current(Respondent respondent) =>
        respondent.Answers.ToDictionary(a => a.Indicator, a => new AnswerItem(a.Indicator, a.Value, a.Evidence, a.Comment));

    /// <summary>
    /// The questionnaire as the respondent left it, with their files linked under <paramref name="filesPath"/>; after a refused
    /// save, the <paramref name="unsaved"/> answers are shown instead of the stored ones, so that nothing typed is lost.
    /// </summary>
    public static async Task<AnswerFormView> ViewAsync(Respondent respondent, AnswersBody? unsaved, string filesPath, CapacityDb db, EvidenceOptions limits,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(respondent);
        var (cycle, model) = await Cycles.QuestionnaireAsync(respondent, db, cancellationToken);
        var answers = Current(respondent);
        foreach (var item in unsaved?.Answers ?? [])
        {
            answers[item.Indicator!] = item;
        }
        return new AnswerFormView(cycle.Title, cycle.Country, respondent.Group, model, answers, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            await EvidenceFiles.OfRespondentAsync(respondent, filesPath, db, cancellationToken), cycle.IsOpen, limits);
    }
}
