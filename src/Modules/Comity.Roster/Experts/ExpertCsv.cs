using System.Globalization;
using System.Text;
using Comity.Identity.Audit;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Skills;
using Microsoft.EntityFrameworkCore;

namespace Comity.Roster.Experts;

public sealed record ImportResult(int Imported);

/// <summary>
/// Bulk onboarding: a centre's roster as CSV, and back. An import checks every row first and adds nothing unless
/// every row is valid; errors name the row (1 is the header) and the column.
/// Lists inside a cell use semicolons: languages <c>en:C1/C1/B2;fr:B2/B2/B1</c> (speaking/reading/writing),
/// skills <c>computer-forensics:Advanced;forensic-lab:Practitioner</c>, nationalities <c>GH;NG</c>.
/// </summary>
public static class ExpertCsv
{
    public const int MaxRows = 5000;

    public static readonly string[] Header =
    [
        "name", "email", "nationalities", "residence", "employer", "employer_country", "utc_offset", "languages", "skills", "notice_days",
        "remote", "on_site", "yearly_cap", "network_visible",
    ];

    public static async Task<string> ExportAsync(RosterCaller caller, RosterDb db, CancellationToken cancellationToken)
    {
        var experts = await db.Experts.AsNoTracking().Where(e => e.CentreId == caller.CoordinatedCentre).OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var text = new StringBuilder().AppendLine(Csv.Join(Header));
        foreach (var e in experts)
        {
            text.AppendLine(Csv.Join([
                e.Name, e.Email, string.Join(';', e.Nationalities), e.ResidenceCountry, e.EmployerName, e.EmployerCountry,
                e.UtcOffsetHours.ToString(CultureInfo.InvariantCulture),
                string.Join(';', e.Languages.Select(l => $"{l.Language}:{l.Speaking}/{l.Reading}/{l.Writing}")),
                string.Join(';', e.Skills.Select(s => $"{s.Skill}:{s.Level}")),
                e.NoticeDays.ToString(CultureInfo.InvariantCulture), YesNo(e.AcceptsRemote), YesNo(e.AcceptsOnSite),
                e.YearlyCap.ToString(CultureInfo.InvariantCulture), YesNo(e.NetworkVisible)]));
        }
        return text.ToString();
    }

    public static async Task<Outcome<ImportResult>> ImportAsync(RosterCaller caller, string csv, RosterDb db, IAuditLog audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (caller.CoordinatedCentre is not { } centre)
        {
            return Outcome<ImportResult>.Forbidden();
        }
        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        var errors = new Validation();
        if (lines.Count < 2 || !Csv.Split(lines[0]).Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header))
        {
            return Outcome<ImportResult>.Invalid("row 1", $"The first line must be the header: {string.Join(',', Header)}.");
        }
        if (lines.Count - 1 > MaxRows)
        {
            return Outcome<ImportResult>.Invalid("", $"Import at most {MaxRows} experts at a time.");
        }
        var existing = (await db.Experts.Where(e => e.CentreId == centre).Select(e => e.Email).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var profiles = new List<ExpertProfile>();
        for (var row = 2; row <= lines.Count; row++)
        {
            var cells = Csv.Split(lines[row - 1]);
            if (cells.Count != Header.Length)
            {
                errors.Add($"row {row}", $"Expected {Header.Length} columns, found {cells.Count}.");
                continue;
            }
            var (parsed, parseErrors) = Parse(cells);
            foreach (var message in parseErrors)
            {
                errors.Add($"row {row}", message);
            }
            if (parsed is null)
            {
                continue;
            }
            var (v, profile) = await SaveExpert.ValidateAsync(parsed, db, cancellationToken);
            foreach (var (field, messages) in v.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add($"row {row}: {field}", message);
                }
            }
            if (profile is not null && !existing.Add(profile.Email.Trim()))
            {
                errors.Add($"row {row}: email", "This e-mail address is already on your roster or earlier in the file.");
            }
            else if (profile is not null)
            {
                profiles.Add(profile);
            }
        }
        if (!errors.IsValid)
        {
            return errors;
        }
        var now = clock.GetUtcNow();
        db.Experts.AddRange(profiles.Select(p => Expert.Create(centre, p, now)));
        await db.SaveChangesAuditedAsync(audit, new AuditEvent("experts.imported", "roster", centre.ToString(), $"{profiles.Count} expert(s) from CSV"),
            cancellationToken);
        return Outcome<ImportResult>.Ok(new ImportResult(profiles.Count));
    }

    private static (ExpertRequest?, List<string>) Parse(List<string> c)
    {
        var problems = new List<string>();
        double? offset = double.TryParse(c[6], NumberStyles.Float, CultureInfo.InvariantCulture, out var o) ? o : null;
        int? notice = int.TryParse(c[9], CultureInfo.InvariantCulture, out var n) ? n : null;
        int? cap = int.TryParse(c[12], CultureInfo.InvariantCulture, out var y) ? y : null;
        var languages = new List<ExpertLanguage>();
        foreach (var item in Items(c[7]))
        {
            var parts = item.Split(':');
            var levels = parts.Length == 2 ? parts[1].Split('/') : [];
            if (levels.Length == 3 && Enum.TryParse<Cefr>(levels[0], true, out var s) && Enum.TryParse<Cefr>(levels[1], true, out var r)
                && Enum.TryParse<Cefr>(levels[2], true, out var w))
            {
                languages.Add(new ExpertLanguage(parts[0].Trim(), s, r, w));
            }
            else
            {
                problems.Add($"languages: '{item}' should read like en:C1/C1/B2 (speaking/reading/writing).");
            }
        }
        var skills = new List<ExpertSkill>();
        foreach (var item in Items(c[8]))
        {
            var parts = item.Split(':');
            if (parts.Length == 2 && Enum.TryParse<Proficiency>(parts[1], true, out var level))
            {
                skills.Add(new ExpertSkill(parts[0].Trim(), level, null));
            }
            else
            {
                problems.Add($"skills: '{item}' should read like computer-forensics:Advanced.");
            }
        }
        var remote = Flag(c[10], "remote", problems);
        var onSite = Flag(c[11], "on_site", problems);
        var visible = Flag(c[13], "network_visible", problems);
        if (offset is null)
        {
            problems.Add("utc_offset: give a number of hours, such as 3 or -5.5.");
        }
        if (notice is null || cap is null)
        {
            problems.Add("notice_days and yearly_cap must be whole numbers.");
        }
        return problems.Count > 0
            ? (null, problems)
            : (new ExpertRequest(c[0], c[1], [.. Items(c[2])], c[3], null, c[4], c[5], offset, languages, skills, [], notice, remote, onSite, cap, visible),
                problems);
    }

    private static string[] Items(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Flag(string cell, string column, List<string> problems)
    {
        switch (cell.Trim().ToLowerInvariant())
        {
            case "yes" or "true" or "1":
                return true;
            case "no" or "false" or "0" or "":
                return false;
            default:
                problems.Add($"{column}: write yes or no.");
                return false;
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}
