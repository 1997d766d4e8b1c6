namespace Comity.Hygiene;

/// <summary>Marker for the Hygiene module's translated strings (Resources/HygieneText.*.resx); English text is the key.</summary>
public sealed class HygieneText;
