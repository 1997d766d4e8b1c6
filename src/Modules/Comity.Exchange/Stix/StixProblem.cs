namespace Comity.Exchange.Stix;

/// <summary>One finding about a STIX object.</summary>
/// <param name="Path">Where in the object, as a JSON path relative to the object (e.g. <c>external_references[0].source_name</c>); empty for the object itself.</param>
/// <param name="Message">A plain English sentence an analyst can act on.</param>
internal sealed record StixProblem(string Path, string Message);

/// <summary>The outcome of validating one STIX object: errors reject it, warnings do not.</summary>
internal sealed record StixValidation(IReadOnlyList<StixProblem> Errors, IReadOnlyList<StixProblem> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>The outcome for one entry of a bundle's <c>objects</c> list.</summary>
/// <param name="Index">Position in <c>objects</c>.</param>
/// <param name="Id">The object's <c>id</c> when it is a string, otherwise null.</param>
/// <param name="Type">The object's <c>type</c> when it is a string, otherwise null.</param>
/// <param name="Validation">The errors and warnings of this object, with paths relative to it.</param>
internal sealed record BundleObjectResult(int Index, string? Id, string? Type, StixValidation Validation)
{
    public bool IsValid => Validation.IsValid;
}

/// <summary>
/// The outcome of validating a bundle: problems of the envelope itself (<see cref="Envelope"/>) and one result per object,
/// so that one bad object does not hide the others.
/// </summary>
internal sealed record BundleValidation(StixValidation Envelope, IReadOnlyList<BundleObjectResult> Objects)
{
    /// <summary>True when the envelope and every object are free of errors.</summary>
    public bool IsValid => Envelope.IsValid && Objects.All(o => o.IsValid);
}
