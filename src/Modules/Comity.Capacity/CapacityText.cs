namespace Comity.Capacity;

/// <summary>Marker for the Capacity module's translated strings (Resources/CapacityText.*.resx); English text is the key.</summary>
public sealed class CapacityText;
