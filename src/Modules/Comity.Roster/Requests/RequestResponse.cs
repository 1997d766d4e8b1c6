namespace Comity.Roster.Requests;

public sealed record RequestResponse(
    Guid Id,
    Guid CentreId,
    Guid RequestingOrganisationId,
    string Title,
    string Description,
    string Country,
    string TopicArea,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    IReadOnlyList<RequiredLanguage> RequiredLanguages,
    DateOnly EarliestStart,
    DateOnly LatestEnd,
    int DurationDays,
    DeploymentModality Modality,
    int TeamSize,
    Urgency Urgency,
    double UtcOffsetHours,
    string? CapacityGap,
    bool AllowSameNationality,
    bool AllowSameEmployerCountry,
    IReadOnlyList<Guid> PinnedExperts,
    IReadOnlyList<Guid> ExcludedExperts,
    RequestStatus Status,
    Guid? ReferredFromCentreId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static RequestResponse From(AssistanceRequest r) => new(
        r.Id, r.CentreId, r.RequestingOrganisationId, r.Title, r.Description, r.Country, r.TopicArea, r.RequiredSkills, r.RequiredLanguages,
        r.EarliestStart, r.LatestEnd, r.DurationDays, r.Modality, r.TeamSize, r.Urgency, r.UtcOffsetHours, r.CapacityGap, r.AllowSameNationality,
        r.AllowSameEmployerCountry, r.PinnedExperts, r.ExcludedExperts, r.Status, r.ReferredFromCentreId, r.CreatedAt, r.UpdatedAt);
}
