using System.Text.RegularExpressions;

namespace Mes.Contracts.Production;

/// <summary>
/// Grain keys. Every key carries a prefix (<c>ws:</c>, <c>po:</c>, <c>sn:</c>, <c>lot:</c>, …) because
/// the ADO.NET grain storage stores a string key that looks like hex as an integer key, and because a
/// prefix keeps a serial and a lot with the same text apart in logs.
/// </summary>
public sealed partial class GrainKey
{
    /// <summary>Workstations (<c>ws:smt-01-placer-1</c>): lower-case letters, digits and dashes.</summary>
    public static readonly GrainKey Workstation = new("ws:", "workstation", PlantIdPattern(),
        "must be 1 to 64 lower-case letters, digits or dashes, starting with a letter or digit");

    /// <summary>Lines (<c>line:smt-01</c>).</summary>
    public static readonly GrainKey Line = new("line:", "line", PlantIdPattern(),
        "must be 1 to 64 lower-case letters, digits or dashes, starting with a letter or digit");

    /// <summary>Production orders (<c>po:PO-2026-0001</c>).</summary>
    public static readonly GrainKey Order = new("po:", "order", LabelPattern(), LabelRule);

    /// <summary>Serialised units (<c>sn:PO-2026-0001-00042</c>).</summary>
    public static readonly GrainKey Unit = new("sn:", "unit", LabelPattern(), LabelRule);

    /// <summary>Material lots and reels (<c>lot:R-CAP-0001</c>).</summary>
    public static readonly GrainKey Lot = new("lot:", "lot", LabelPattern(), LabelRule);

    /// <summary>Equipment agents, one per OPC UA endpoint (<c>eq:opc.tcp://127.0.0.1:4840</c>).</summary>
    public static readonly GrainKey Equipment = new("eq:", "equipment endpoint", EndpointPattern(),
        "must be an opc.tcp:// endpoint URL with a host and a port");

    private const string LabelRule = "must be 1 to 64 letters, digits, '-', '_', '.' or '/'";

    private readonly Regex pattern;

    private GrainKey(string prefix, string resourceType, Regex pattern, string rule)
    {
        Prefix = prefix;
        ResourceType = resourceType;
        Rule = rule;
        this.pattern = pattern;
    }

    /// <summary>The prefix of every key of this kind.</summary>
    public string Prefix { get; }

    /// <summary>What the key names, in words (<c>lot</c>): the resource type of a not-found error.</summary>
    public string ResourceType { get; }

    /// <summary>What a well-formed id looks like, in words.</summary>
    public string Rule { get; }

    /// <summary>Whether <paramref name="id"/> can be a key of this kind.</summary>
    public bool IsValidId(string? id) => id is not null && pattern.IsMatch(id);

    /// <summary>The grain key for an id.</summary>
    /// <exception cref="ArgumentException">The id is not well formed.</exception>
    public string For(string id) =>
        IsValidId(id) ? Prefix + id : throw new ArgumentException($"'{id}' is not a {ResourceType} id: it {Rule}.", nameof(id));

    /// <summary>The id inside a grain key of this kind.</summary>
    /// <exception cref="ArgumentException">The key is of another kind.</exception>
    public string IdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.StartsWith(Prefix, StringComparison.Ordinal)
            ? key[Prefix.Length..]
            : throw new ArgumentException($"'{key}' is not a {ResourceType} key.", nameof(key));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlantIdPattern();

    [GeneratedRegex("^[A-Za-z0-9_./-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^opc\.tcp://[A-Za-z0-9.\-\[\]:]{1,253}:[0-9]{1,5}(/[A-Za-z0-9._~/-]{0,200})?$", RegexOptions.CultureInvariant)]
    private static partial Regex EndpointPattern();
}
