namespace Comity.Roster;

/// <summary>Marker for the Roster module's translated strings (Resources/RosterText.*.resx); English text is the key.</summary>
public sealed class RosterText;
