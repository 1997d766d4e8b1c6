using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Comity.Identity.Organisations;

namespace Comity.Exchange.Stix;

/// <summary>
/// A Comity organisation as a STIX identity, the one way every module names it in objects it writes (created_by_ref,
/// where_sighted_refs). Organisation ids are UUIDv7, which STIX identifiers may not carry, so the identity's id is a
/// UUIDv5 derived from the organisation id: stable, and the same on every node.
/// </summary>
public static class OrganisationIdentity
{
    private static readonly Guid Namespace = Guid.Parse("6f1c2b7e-3d4a-5e8b-9c0d-1a2b3c4d5e6f");

    /// <summary>The STIX identifier of the organisation's identity object.</summary>
    public static string Id(Guid organisationId) => $"identity--{StixIds.V5(Namespace, Encoding.UTF8.GetBytes($"organisation:{organisationId}"))}";

    /// <summary>The identity object itself; unchanged while the organisation is, so storing it again is a duplicate.</summary>
    public static JsonObject For(OrganisationResponse organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new JsonObject
        {
            ["type"] = "identity",
            ["spec_version"] = "2.1",
            ["id"] = Id(organisation.Id),
            ["created"] = Timestamp(organisation.CreatedAt),
            ["modified"] = Timestamp(organisation.UpdatedAt),
            ["name"] = organisation.Name,
            ["identity_class"] = "organization",
        };
    }

    /// <summary>A STIX timestamp with millisecond precision.</summary>
    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
