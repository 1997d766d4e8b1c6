namespace Comity.Hygiene.Passwords;

/// <summary>Marker for the password messages' translations (PasswordText.*.resx); English text is the key.</summary>
public sealed class PasswordText;
