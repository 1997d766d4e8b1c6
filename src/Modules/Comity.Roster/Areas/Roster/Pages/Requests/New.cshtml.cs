using Comity.Identity.Audit;
using Comity.Identity.Organisations;
using Comity.Kernel;
using Comity.Roster.Data;
using Comity.Roster.Experts;
using Comity.Roster.Requests;
using Comity.Roster.Skills;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comity.Roster.Areas.Roster.Pages.Requests;

/// <summary>A focal point asks their regional centre for expert help; the same handler as POST /api/v1/roster/requests.</summary>
public sealed class NewModel(RosterDb db, RosterCallers callers, IOrganisationDirectory organisations, IAuditLog audit, TimeProvider clock) : PageModel
{
    public const int SkillRows = 4;
    public const int LanguageRows = 2;

    public TaxonomyResponse Taxonomy { get; private set; } = null!;

    [BindProperty]
    public RequestForm Form { get; set; } = new();

    public sealed class RequestForm
    {
        public string? Title { get; set; }

        public string? Description { get; set; }

        public string? TopicArea { get; set; }

        public List<string?> Skills { get; set; } = [];

        public List<Proficiency> SkillLevels { get; set; } = [];

        public List<string?> Languages { get; set; } = [];

        public List<Cefr> LanguageLevels { get; set; } = [];

        public DateOnly? EarliestStart { get; set; }

        public DateOnly? LatestEnd { get; set; }

        public int? DurationDays { get; set; } = 10;

        public DeploymentModality Modality { get; set; } = DeploymentModality.Either;

        public int TeamSize { get; set; } = 1;

        public Urgency Urgency { get; set; } = Urgency.Routine;

        public double UtcOffsetHours { get; set; }

        public string? CapacityGap { get; set; }

        public bool AllowSameNationality { get; set; }

        public bool AllowSameEmployerCountry { get; set; }

        public AssistanceRequestBody ToBody(bool submit) => new(Title, Description, TopicArea,
            Skills.Select((s, i) => (s, i)).Where(x => !string.IsNullOrEmpty(x.s))
                .Select(x => new RequiredSkill(x.s!, x.i < SkillLevels.Count ? SkillLevels[x.i] : Proficiency.Practitioner)).ToList(),
            Languages.Select((l, i) => (l, i)).Where(x => !string.IsNullOrEmpty(x.l))
                .Select(x => new RequiredLanguage(x.l!, x.i < LanguageLevels.Count ? LanguageLevels[x.i] : Cefr.B2)).ToList(),
            EarliestStart, LatestEnd, DurationDays, Modality, TeamSize, Urgency, UtcOffsetHours, CapacityGap, AllowSameNationality,
            AllowSameEmployerCountry, submit);
    }

    public async Task OnGetAsync(string? gap, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Form.EarliestStart = today.AddDays(30);
        Form.LatestEnd = today.AddDays(90);
        Form.CapacityGap = gap;
        Taxonomy = await SkillEndpoints.TaxonomyAsync(db, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        var caller = await callers.ForAsync(User, cancellationToken);
        var outcome = await FileRequest.HandleAsync(caller, Form.ToBody(submit: action != "draft"), db, organisations, audit, clock, cancellationToken);
        if (outcome.Kind == OutcomeKind.Forbidden)
        {
            return Forbid();
        }
        if (!outcome.IsOk)
        {
            ModelState.AddOutcomeErrors(outcome, "Form");
            Taxonomy = await SkillEndpoints.TaxonomyAsync(db, cancellationToken);
            return Page();
        }
        return Redirect($"/roster/requests/{outcome.Value!.Id}");
    }
}
