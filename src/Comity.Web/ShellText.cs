namespace Comity.Web;

/// <summary>Marker for the shell's translated strings (Resources/ShellText.*.resx); English text is the key.</summary>
public sealed class ShellText;
