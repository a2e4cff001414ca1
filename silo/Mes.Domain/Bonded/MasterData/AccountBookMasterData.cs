using System.Collections.Immutable;
using Mes.Domain.Bonded.Identifiers;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>
/// The filed master data of one account book: the header, every version of every item, the part-to-item
/// mappings and the norm versions. Immutable: a declared change (变更) returns new master data with the
/// change counter (<c>chgTmsCnt</c>) one higher and every earlier version still there, so that a posting
/// of last year is explained by the data in force last year.
/// </summary>
public sealed class AccountBookMasterData
{
    private readonly ImmutableDictionary<ItemNo, ImmutableList<BondedItem>> items;
    private readonly ImmutableDictionary<PartNo, ImmutableList<PartItemMapping>> mappings;
    private readonly ImmutableDictionary<NormKey, ImmutableList<UnitConsumptionNorm>> norms;

    internal AccountBookMasterData(
        AccountBook book,
        int changeCount,
        ImmutableDictionary<ItemNo, ImmutableList<BondedItem>> items,
        ImmutableDictionary<PartNo, ImmutableList<PartItemMapping>> mappings,
        ImmutableDictionary<NormKey, ImmutableList<UnitConsumptionNorm>> norms)
    {
        Book = book;
        ChangeCount = changeCount;
        this.items = items;
        this.mappings = mappings;
        this.norms = norms;
    }

    /// <summary>The book header.</summary>
    public AccountBook Book { get; }

    /// <summary>How many changes were declared since the filing (变更次数).</summary>
    public int ChangeCount { get; }

    /// <summary>Every version of every item, by item then version.</summary>
    public IEnumerable<BondedItem> Items =>
        items.OrderBy(pair => pair.Key).SelectMany(pair => pair.Value);

    /// <summary>Every mapping, by part then start.</summary>
    public IEnumerable<PartItemMapping> Mappings =>
        mappings.OrderBy(pair => pair.Key.Value, StringComparer.Ordinal).SelectMany(pair => pair.Value);

    /// <summary>Every norm line, by product, version and material.</summary>
    public IEnumerable<UnitConsumptionNorm> Norms =>
        norms.OrderBy(pair => pair.Key.Product).ThenBy(pair => pair.Key.Version).SelectMany(pair => pair.Value);

    /// <summary>Builds and checks master data from its filing; versions must be listed in ascending order.</summary>
    public static MasterDataResult Create(
        AccountBook book,
        IEnumerable<BondedItem> items,
        IEnumerable<PartItemMapping> mappings,
        IEnumerable<UnitConsumptionNorm> norms)
    {
        ArgumentNullException.ThrowIfNull(book);
        var rules = MasterDataRules.Start(book);
        var row = 0;
        foreach (var item in items)
        {
            rules.AddItem(item, ++row);
        }

        row = 0;
        foreach (var mapping in mappings)
        {
            rules.AddMapping(mapping, ++row);
        }

        rules.AddNorms(norms.Select((line, index) => (line, (int?)(index + 1))).ToList());
        return rules.Finish(changeCount: 0);
    }

    /// <summary>Declares a new version of an item (the next version number, effective later than the last).</summary>
    public MasterDataResult DeclareItemVersion(BondedItem item)
    {
        var rules = MasterDataRules.From(this, items, mappings, norms);
        rules.AddItem(item, row: null);
        return rules.Finish(ChangeCount + 1);
    }

    /// <summary>Declares a mapping of a part, superseding its current mapping from the new start.</summary>
    public MasterDataResult DeclareMapping(PartItemMapping mapping)
    {
        var rules = MasterDataRules.From(this, items, mappings, norms);
        rules.AddMapping(mapping, row: null);
        return rules.Finish(ChangeCount + 1);
    }

    /// <summary>Declares a new norm version: every material line of one product under one new version number.</summary>
    public MasterDataResult DeclareNormVersion(IReadOnlyList<UnitConsumptionNorm> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rules = MasterDataRules.From(this, items, mappings, norms);
        rules.AddNorms(lines.Select(line => (line, (int?)null)).ToList());
        return rules.Finish(ChangeCount + 1);
    }

    /// <summary>The version of an item in force at <paramref name="at"/>, or null before its first version.</summary>
    public BondedItem? ItemAt(ItemNo item, DateTimeOffset at) =>
        items.TryGetValue(item, out var versions) ? versions.LastOrDefault(v => v.EffectiveFrom <= at) : null;

    /// <summary>
    /// The version that describes an item in a report about <paramref name="at"/>: the one in force then, or
    /// the first version for a time before the filing. Null for an item the book never had.
    /// </summary>
    public BondedItem? Describe(ItemNo item, DateTimeOffset at) =>
        ItemAt(item, at) ?? (items.TryGetValue(item, out var versions) ? versions[0] : null);

    /// <summary>The mapping of a part in force at <paramref name="at"/>, or null when the part is not on the book then.</summary>
    public PartItemMapping? MappingAt(PartNo part, DateTimeOffset at)
    {
        if (!mappings.TryGetValue(part, out var timeline))
        {
            return null;
        }

        var current = timeline.LastOrDefault(m => m.EffectiveFrom <= at);
        return current is not null && (current.EffectiveUntil is not { } until || at < until) ? current : null;
    }

    /// <summary>The lines of a norm version, or an empty list when the product has no such version.</summary>
    public IReadOnlyList<UnitConsumptionNorm> NormVersion(ItemNo product, int version) =>
        norms.TryGetValue(new NormKey(product, version), out var lines) ? lines : [];

    /// <summary>The lines of a norm version if it may be cited at <paramref name="at"/>; otherwise an empty list.</summary>
    public IReadOnlyList<UnitConsumptionNorm> NormAt(ItemNo product, int version, DateTimeOffset at)
    {
        var lines = NormVersion(product, version);
        return lines.Count > 0 && lines[0].IsEffectiveAt(at) ? lines : [];
    }

    internal readonly record struct NormKey(ItemNo Product, int Version);
}
