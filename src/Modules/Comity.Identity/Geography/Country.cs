namespace Comity.Identity.Geography;

/// <summary>An ISO 3166-1 country or territory with its UN M49 region, sub-region and intermediate region.</summary>
public sealed record Country(
    string Alpha2,
    string Alpha3,
    string Numeric,
    string Name,
    string? RegionCode,
    string? SubregionCode,
    string? IntermediateRegionCode);

public enum RegionLevel
{
    Region,
    Subregion,
    IntermediateRegion,
}

/// <summary>A UN M49 geographic region at one of three levels.</summary>
public sealed record Region(string Code, string Name, RegionLevel Level, string? ParentCode);
