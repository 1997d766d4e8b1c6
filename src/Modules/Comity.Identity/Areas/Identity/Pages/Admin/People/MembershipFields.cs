using Comity.Identity.Organisations;

namespace Comity.Identity.Areas.Identity.Pages.Admin.People;

/// <summary>The organisation and role pickers shared by the create and details pages.</summary>
public sealed record MembershipFields(IReadOnlyList<OrganisationResponse> Organisations, Guid? OrganisationId, string? Role, string Prefix = "")
{
    public const string FormPrefix = "Form.";
}
