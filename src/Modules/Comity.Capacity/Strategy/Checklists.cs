namespace Comity.Capacity.Strategy;

/// <summary>A step every national team goes through in a phase. The English text is also the translation key.</summary>
public sealed record ChecklistTemplate(string Code, string Text);

/// <summary>
/// Comity's own checklists for the five phases, written from what national teams do when they prepare, carry out and review
/// a cybersecurity strategy. New strategies start with all of them; teams add their own steps beside them.
/// </summary>
public static class Checklists
{
    public static IReadOnlyList<StrategyPhase> Phases { get; } = Enum.GetValues<StrategyPhase>();

    /// <summary>The phase's name in URLs: /capacity/strategy/{id}/phases/{slug}.</summary>
    public static string Slug(this StrategyPhase phase) => phase.ToString().ToLowerInvariant();

    /// <summary>The phase for a slug or an enumeration name, ignoring case; null for anything else.</summary>
    public static StrategyPhase? Parse(string? value) =>
        Phases.Select(p => (StrategyPhase?)p).FirstOrDefault(p => string.Equals(p!.Value.Slug(), value?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Label(this StrategyPhase phase) => phase switch
    {
        StrategyPhase.Initiation => "Initiation",
        StrategyPhase.Stocktaking => "Stocktaking and analysis",
        StrategyPhase.Production => "Production",
        StrategyPhase.Implementation => "Implementation",
        StrategyPhase.Monitoring => "Monitoring and evaluation",
        _ => phase.ToString(),
    };

    /// <summary>One sentence on what the phase is for, shown at the top of its page.</summary>
    public static string Purpose(this StrategyPhase phase) => phase switch
    {
        StrategyPhase.Initiation => "Get the mandate, the people and the money to prepare the strategy.",
        StrategyPhase.Stocktaking => "Find out where the country stands before deciding where it should go.",
        StrategyPhase.Production => "Write the strategy with the people who will carry it out, and have it adopted.",
        StrategyPhase.Implementation => "Carry out the action plan with clear owners, budgets and dates.",
        StrategyPhase.Monitoring => "Measure progress, learn from it, and prepare the next edition.",
        _ => "",
    };

    public static string Label(this ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Proposed => "Proposed",
        ObjectiveStatus.Agreed => "Agreed",
        ObjectiveStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };

    public static string Label(this ActionStatus status) => status switch
    {
        ActionStatus.Proposed => "Proposed",
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Done => "Done",
        ActionStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };

    public static IReadOnlyList<ChecklistTemplate> For(StrategyPhase phase) => phase switch
    {
        StrategyPhase.Initiation => Initiation,
        StrategyPhase.Stocktaking => Stocktaking,
        StrategyPhase.Production => Production,
        StrategyPhase.Implementation => Implementation,
        StrategyPhase.Monitoring => Monitoring,
        _ => [],
    };

    public static IEnumerable<ChecklistTemplate> All => Phases.SelectMany(For);

    public static ChecklistTemplate? Find(string? code) => code is null ? null : All.FirstOrDefault(t => t.Code == code);

    private static readonly ChecklistTemplate[] Initiation =
    [
        new("initiation.mandate", "Obtain a written government mandate to prepare the strategy that names the lead agency."),
        new("initiation.team", "Name a coordinator in the lead agency and give the strategy team time set aside for the work."),
        new("initiation.steering", "Set up a steering committee of senior officials from the ministries, regulators and agencies concerned, with written terms of reference."),
        new("initiation.stakeholders", "Map the stakeholders (government, critical-infrastructure operators and private sector, law enforcement and justice, academia, civil society, international partners) and how each will take part."),
        new("initiation.budget", "Secure a budget for preparing the strategy: meetings, consultations, drafting support and publication."),
        new("initiation.scope", "Agree the scope: which threats, sectors and actors the strategy covers and how it fits with other national plans."),
        new("initiation.timeline", "Agree a timeline for the whole life cycle with a target date for adoption."),
        new("initiation.partners", "Identify regional and international partners who could support the work and what each would bring."),
    ];

    private static readonly ChecklistTemplate[] Stocktaking =
    [
        new("stocktaking.assessment", "Review the national self-assessment: the stage of each factor and the gaps, nearest first."),
        new("stocktaking.threats", "Describe the threat landscape: major incidents, cybercrime trends and the actors targeting the country."),
        new("stocktaking.laws", "List the laws, regulations and policies that touch cybersecurity and cybercrime, and where they fall short."),
        new("stocktaking.cert", "Assess the national CERT: its mandate, staff, services and tools, and its links with sector teams and foreign peers."),
        new("stocktaking.infrastructure", "Identify critical services and infrastructure, who operates them and how much they depend on networks."),
        new("stocktaking.institutions", "Record which institution does what today, and where responsibilities overlap or nobody is in charge."),
        new("stocktaking.skills", "Take stock of the training, education and awareness programmes already running."),
        new("stocktaking.international", "List the international agreements and cooperation arrangements the country is party to or considering."),
        new("stocktaking.analysis", "Summarise the findings as strengths, weaknesses, opportunities and threats, and have the steering committee agree them."),
    ];

    private static readonly ChecklistTemplate[] Production =
    [
        new("production.vision", "Write the vision: where the country wants to be when the strategy ends, in a few sentences."),
        new("production.principles", "Agree the guiding principles, such as human rights and the rule of law, shared responsibility and a risk-based approach."),
        new("production.objectives", "Set the strategic objectives, each with a measurable target and the maturity-model factor it should move."),
        new("production.actions", "Write the action plan: for each objective, the actions, who leads them, by when and with what resources."),
        new("production.costing", "Estimate what each action costs and where the money will come from."),
        new("production.draft", "Assemble the full draft and have the steering committee review it."),
        new("production.consultation", "Consult each stakeholder group and the public on the draft, and record how every comment was handled."),
        new("production.adoption", "Have the strategy formally adopted at the right level of government."),
        new("production.publication", "Publish the adopted strategy and present it to the public and to the institutions that will carry it out."),
    ];

    private static readonly ChecklistTemplate[] Implementation =
    [
        new("implementation.governance", "Set up governance for implementation: who oversees it, how often they meet and how problems are escalated."),
        new("implementation.owners", "Confirm an owner for every action, with a named contact in the responsible institution."),
        new("implementation.budgets", "Write each action's funding into the budget of the institution that carries it out."),
        new("implementation.calendar", "Fix start and due dates for every action and share the implementation calendar."),
        new("implementation.coordination", "Agree how institutions report progress to each other and coordinate dependent actions, for example at a quarterly meeting."),
        new("implementation.risks", "Keep a register of implementation risks and how each is handled."),
        new("implementation.help", "Ask partners for expert help or funding where capacity is missing, for example through the roster."),
        new("implementation.communication", "Report progress to parliament and the public in plain language."),
    ];

    private static readonly ChecklistTemplate[] Monitoring =
    [
        new("monitoring.indicators", "Define monitoring indicators for every objective, each with a baseline, a target and a source of data."),
        new("monitoring.responsibility", "Name who collects the data and who compiles the monitoring report."),
        new("monitoring.reporting", "Report progress to the steering committee on a fixed schedule, at least once a year."),
        new("monitoring.reassessment", "Run the national self-assessment again to see whether the targeted factors moved."),
        new("monitoring.midterm", "Hold a mid-term review and adjust actions that are late or no longer fit."),
        new("monitoring.evaluation", "Commission an evaluation at the end of the period, independent where possible, and publish the evaluation report."),
        new("monitoring.lessons", "Record the lessons learned so that they shape the next strategy."),
        new("monitoring.review", "Set the date on which the review of the strategy and work on its next edition begin."),
    ];
}
