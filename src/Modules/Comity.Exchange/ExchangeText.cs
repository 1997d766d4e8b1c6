namespace Comity.Exchange;

/// <summary>Marker for the Exchange module's translated strings (Resources/ExchangeText.*.resx); English text is the key.</summary>
public sealed class ExchangeText;
