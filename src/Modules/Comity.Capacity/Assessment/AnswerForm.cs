using Comity.Capacity.Model;
using Microsoft.AspNetCore.Http;

namespace Comity.Capacity.Assessment;

/// <summary>What the questionnaire partial shows: the model, the respondent's answers so far, and where the form posts.</summary>
public sealed record AnswerFormView(string Title, string Country, StakeholderGroup Group, ModelContent Model, IReadOnlyDictionary<string, AnswerItem> Answers,
    string Culture);

/// <summary>Reads the questionnaire form: one radio group, evidence lines and a comment per indicator; unanswered ones are skipped.</summary>
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

    public static Dictionary<string, AnswerItem> Current(Respondent respondent) =>
        respondent.Answers.ToDictionary(a => a.Indicator, a => new AnswerItem(a.Indicator, a.Value, a.Evidence, a.Comment));
}
