namespace Comity.Roster.Skills;

/// <summary>Proficiency in a skill, from first working knowledge to recognised authority.</summary>
public enum Proficiency
{
    Foundation = 1,
    Practitioner = 2,
    Advanced = 3,
    Authority = 4,
}

/// <summary>One of the eight areas that group the roster's skills.</summary>
public sealed record SkillArea(string Code, string Name);

/// <summary>
/// A cybercrime-capacity skill. <see cref="NiceWorkRoles"/> name NICE Framework (NIST SP 800-181 r1, components
/// v1.0.0) work roles and <see cref="EcsfProfiles"/> ENISA ECSF role profiles where the skill fits them.
/// </summary>
public sealed class Skill
{
    public const int CodeMax = 40;
    public const int NameMax = 120;

    private Skill()
    {
        Code = "";
        AreaCode = "";
        Name = "";
    }

    public string Code { get; private set; }

    public string AreaCode { get; private set; }

    /// <summary>The English name; <see cref="Translations"/> holds the others.</summary>
    public string Name { get; private set; }

    public List<string> NiceWorkRoles { get; private set; } = [];

    public List<string> EcsfProfiles { get; private set; } = [];

    /// <summary>Culture code (ar, zh, fr, ru, es) → name.</summary>
    public Dictionary<string, string> Translations { get; private set; } = [];

    public bool IsActive { get; private set; } = true;

    public static Skill Create(string code, string areaCode, string name, IEnumerable<string> nice, IEnumerable<string> ecsf,
        IReadOnlyDictionary<string, string>? translations = null) => new()
        {
            Code = code,
            AreaCode = areaCode,
            Name = name,
            NiceWorkRoles = [.. nice],
            EcsfProfiles = [.. ecsf],
            Translations = translations is null ? [] : new Dictionary<string, string>(translations),
        };

    public void Rename(string name, IReadOnlyDictionary<string, string> translations)
    {
        Name = name;
        Translations = new Dictionary<string, string>(translations);
    }

    public void SetActive(bool active) => IsActive = active;

    /// <summary>The name in <paramref name="culture"/> (two-letter code), or English.</summary>
    public string NameIn(string culture) => Translations.TryGetValue(culture, out var name) ? name : Name;
}
