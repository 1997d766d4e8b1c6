namespace Comity.Identity;

/// <summary>Marker for the Identity module's translated strings (Resources/IdentityText.*.resx); English text is the key.</summary>
public sealed class IdentityText;
