namespace Comity.Hygiene.SelfCheck;

/// <summary>An action the plan can recommend, with the lesson that explains it and how much harm it prevents (higher first).</summary>
public sealed record PlanAction(string Id, string Title, string Lesson, int Impact);

/// <summary>
/// A question with answers "yes" (0), "no" (1) and "not sure" (2). Any answer other than yes recommends its action;
/// "not sure" ranks a little lower than "no" because the visitor may already be protected.
/// </summary>
public sealed record Question(string Id, string Text, PlanAction Action);

public sealed record PlanStep(PlanAction Action, bool Unsure, bool Done);

/// <summary>
/// The self-check: ten questions whose answers travel only in the page address (a=digits), so the visitor's plan can
/// be bookmarked and revisited on the same device while nothing about them is stored.
/// </summary>
public static class SelfCheckQuestions
{
    public const int Yes = 0;
    public const int No = 1;
    public const int NotSure = 2;

    public static IReadOnlyList<Question> All { get; } =
    [
        new("unique", "Do you use a different password for each of your important accounts?",
            new("unique-passwords", "Give every important account its own long passphrase", "passphrases", 95)),
        new("manager", "Do you keep your passwords in a password manager (an app, or the one in your browser or phone)?",
            new("password-manager", "Start using a password manager", "passphrases", 80)),
        new("email-2fa", "Does your main e-mail account ask for a second step, such as a code, when someone signs in on a new device?",
            new("email-second-step", "Turn on a second sign-in step for your e-mail", "two-factor", 100)),
        new("other-2fa", "Do your bank, social media and messaging accounts ask for a second step too?",
            new("accounts-second-step", "Turn on a second sign-in step for your bank, social and chat accounts", "two-factor", 85)),
        new("auto-updates", "Does your phone install updates automatically?",
            new("phone-updates", "Switch on automatic updates on your phone", "updates", 90)),
        new("apps-updates", "Do you update your apps and computer when they ask?",
            new("app-updates", "Install app and computer updates when they are offered", "updates", 70)),
        new("links", "Before you open a link in a message, do you check who really sent it?",
            new("check-links", "Stop and check before opening links or attachments", "scams", 75)),
        new("report", "Do you know where to report a scam message?",
            new("report-scams", "Learn how to report scams, and report the next one", "scams", 40)),
        new("backup", "Do you have a copy of your photos and important files somewhere other than your phone?",
            new("backups", "Back up your photos and files", "backups", 60)),
        new("privacy", "Have you checked who can see your posts, your phone number and your location in your apps?",
            new("privacy-settings", "Review your privacy settings", "privacy", 50)),
    ];

    public static PlanAction? FindAction(string? id) => All.Select(q => q.Action).FirstOrDefault(a => a.Id == id);

    /// <summary>Reads "a=0120…": one digit per question in order; false if the text is not a complete set of answers.</summary>
    public static bool TryParse(string? answers, out int[] parsed)
    {
        parsed = [];
        if (answers is null || answers.Length != All.Count || answers.Any(c => c is < '0' or > '2'))
        {
            return false;
        }
        parsed = answers.Select(c => c - '0').ToArray();
        return true;
    }

    public static string Encode(IReadOnlyList<int> answers) => string.Concat(answers.Select(a => (char)('0' + a)));

    /// <summary>The actions the answers call for, most protective first; actions the visitor marked as done sink to the end.</summary>
    public static IReadOnlyList<PlanStep> Plan(IReadOnlyList<int> answers, IReadOnlySet<string> done)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(done);
        return All.Select((q, i) => (q, answer: answers[i]))
            .Where(x => x.answer != Yes)
            .Select(x => new PlanStep(x.q.Action, x.answer == NotSure, done.Contains(x.q.Action.Id)))
            .OrderBy(s => s.Done)
            .ThenByDescending(s => s.Unsure ? s.Action.Impact - 10 : s.Action.Impact)
            .ToList();
    }

    /// <summary>Parses "done=a.b.c", keeping only known action ids.</summary>
    public static IReadOnlySet<string> ParseDone(string? done) =>
        (done ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries).Where(id => FindAction(id) is not null).ToHashSet(StringComparer.Ordinal);
}
