using System.Text.Json.Nodes;

namespace Comity.Exchange.Misp;

/// <summary>
/// One cyber-observable in the making: its own properties and its references to other observables. The same graph
/// yields the SCOs of an observed-data and the comparisons of an indicator pattern, so the two never disagree.
/// </summary>
internal sealed class Observable(string type)
{
    public string Type { get; } = type;

    /// <summary>Properties as they appear in the SCO; nested objects are dictionaries (hashes, header fields).</summary>
    public JsonObject Properties { get; } = [];

    public List<ObservableRef> Refs { get; } = [];

    public Observable Set(string name, JsonNode value)
    {
        Properties[name] = value;
        return this;
    }

    public Observable SetKey(string dictionary, string key, string value)
    {
        if (Properties[dictionary] is not JsonObject dict)
        {
            dict = [];
            Properties[dictionary] = dict;
        }
        dict[key] = value;
        return this;
    }

    public Observable Ref(string name, Observable target)
    {
        Refs.Add(new ObservableRef(name, IsList: false, target));
        return this;
    }

    public Observable AddToList(string name, Observable target)
    {
        Refs.Add(new ObservableRef(name, IsList: true, target));
        return this;
    }

    public static Observable Of(string type, string property, string value) => new Observable(type).Set(property, value);
}

/// <summary>A reference property (<c>src_ref</c>) or one entry of a reference list (<c>to_refs</c>).</summary>
internal sealed record ObservableRef(string Name, bool IsList, Observable Target);
