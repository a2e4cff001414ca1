using System.Collections.Immutable;
using System.Globalization;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Quantities;
using static Mes.Domain.Bonded.MasterData.AccountBookMasterData;

namespace Mes.Domain.Bonded.MasterData;

/// <summary>
/// The checks every filing and change of master data passes. Field names in errors are the JSON property
/// names of the sample layout, so that the same message serves a file import and an API call.
/// </summary>
internal sealed class MasterDataRules
{
    private readonly AccountBook book;
    private readonly ImmutableDictionary<ItemNo, ImmutableList<BondedItem>>.Builder items;
    private readonly ImmutableDictionary<PartNo, ImmutableList<PartItemMapping>>.Builder mappings;
    private readonly ImmutableDictionary<NormKey, ImmutableList<UnitConsumptionNorm>>.Builder norms;
    private readonly List<MasterDataError> errors = [];

    private MasterDataRules(
        AccountBook book,
        ImmutableDictionary<ItemNo, ImmutableList<BondedItem>> items,
        ImmutableDictionary<PartNo, ImmutableList<PartItemMapping>> mappings,
        ImmutableDictionary<NormKey, ImmutableList<UnitConsumptionNorm>> norms)
    {
        this.book = book;
        this.items = items.ToBuilder();
        this.mappings = mappings.ToBuilder();
        this.norms = norms.ToBuilder();
    }

    public static MasterDataRules Start(AccountBook book) =>
        new(book, [], [], []);

    public static MasterDataRules From(
        AccountBookMasterData data,
        ImmutableDictionary<ItemNo, ImmutableList<BondedItem>> items,
        ImmutableDictionary<PartNo, ImmutableList<PartItemMapping>> mappings,
        ImmutableDictionary<NormKey, ImmutableList<UnitConsumptionNorm>> norms) =>
        new(data.Book, items, mappings, norms);

    public MasterDataResult Finish(int changeCount) => errors.Count > 0
        ? new MasterDataResult.Invalid(errors)
        : new MasterDataResult.Valid(new AccountBookMasterData(
            book, changeCount, items.ToImmutable(), mappings.ToImmutable(), norms.ToImmutable()));

    public void AddItem(BondedItem item, int? row)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(new MasterDataError(MasterDataSource.Items, row, field, message));

        if (string.IsNullOrWhiteSpace(item.Name))
        {
            Fail("name", "The customs name is empty.");
        }

        if (string.IsNullOrWhiteSpace(item.Specification))
        {
            Fail("specification", "The specification and model is empty; the inventory list requires it.");
        }

        if (!item.DeclaredUnit.IsCustomsCode)
        {
            Fail("declaredUnit", $"'{item.DeclaredUnit}' is not a three-digit customs unit code.");
        }

        CheckLegalUnit(item.FirstLegalUnit, "legalUnits[0]", Fail);
        if (item.SecondLegalUnit is { } second)
        {
            CheckLegalUnit(second, "legalUnits[1]", Fail);
        }

        if (item.DeclaredUnitPrice < 0 || item.DeclaredUnitPrice != item.Precision.UnitPrice(item.DeclaredUnitPrice))
        {
            Fail("declaredUnitPrice", string.Create(CultureInfo.InvariantCulture,
                $"The unit price must be zero or more with at most {item.Precision.UnitPriceDecimals} decimals."));
        }

        if (item.ImportDutyRatePercent is < 0 or > 1000)
        {
            Fail("importDutyRatePercent", "The duty rate must lie between 0 and 1000 percent.");
        }

        if (item.VatRatePercent is < 0 or > 100)
        {
            Fail("vatRatePercent", "The VAT rate must lie between 0 and 100 percent.");
        }

        var versions = items.TryGetValue(item.No, out var existing) ? existing : [];
        var expectedVersion = versions.Count + 1;
        if (item.Version != expectedVersion)
        {
            Fail("version", string.Create(CultureInfo.InvariantCulture,
                $"{item.No} has {versions.Count} version(s); the next one must be version {expectedVersion}, not {item.Version}."));
        }
        else if (versions.Count > 0 && item.EffectiveFrom <= versions[^1].EffectiveFrom)
        {
            Fail("effectiveFrom", $"Version {item.Version} of {item.No} must take effect after version {item.Version - 1} ({versions[^1].EffectiveFrom:O}).");
        }

        if (errors.Count == before)
        {
            items[item.No] = versions.Add(item);
        }
    }

    public void AddMapping(PartItemMapping mapping, int? row)
    {
        var before = errors.Count;
        void Fail(string field, string message) => errors.Add(new MasterDataError(MasterDataSource.Mappings, row, field, message));

        if (!items.ContainsKey(mapping.Item))
        {
            Fail("item", $"{mapping.Item} is not an item of book {book.No}.");
        }

        if (mapping.Factor <= 0)
        {
            Fail("factor", "The factor (declared units per stock unit) must be more than zero.");
        }

        if (mapping.EffectiveUntil is { } until && until <= mapping.EffectiveFrom)
        {
            Fail("effectiveUntil", "The mapping must end after it starts.");
        }

        var timeline = mappings.TryGetValue(mapping.Part, out var existing) ? existing : [];
        if (timeline.Count > 0 && mapping.EffectiveFrom <= timeline[^1].EffectiveFrom)
        {
            Fail("effectiveFrom", $"A new mapping of {mapping.Part} must start after the current one ({timeline[^1].EffectiveFrom:O}).");
        }

        if (errors.Count == before)
        {
            mappings[mapping.Part] = timeline.Add(mapping);
        }
    }

    public void AddNorms(IReadOnlyList<(UnitConsumptionNorm Line, int? Row)> lines)
    {
        foreach (var version in lines.GroupBy(l => new NormKey(l.Line.Product, l.Line.Version)))
        {
            AddNormVersion(version.Key, version.ToList());
        }
    }

    private void AddNormVersion(NormKey key, List<(UnitConsumptionNorm Line, int? Row)> lines)
    {
        var before = errors.Count;
        var first = lines[0].Line;
        if (norms.ContainsKey(key))
        {
            errors.Add(new MasterDataError(MasterDataSource.Norms, lines[0].Row, "version",
                string.Create(CultureInfo.InvariantCulture, $"Norm version {key.Version} of {key.Product} is already declared; declare a new version instead.")));
        }

        var materials = new HashSet<ItemNo>();
        foreach (var (line, row) in lines)
        {
            void Fail(string field, string message) => errors.Add(new MasterDataError(MasterDataSource.Norms, row, field, message));

            CheckNormLine(line, Fail);
            if (!materials.Add(line.Material))
            {
                Fail("material", string.Create(CultureInfo.InvariantCulture,
                    $"{line.Material} appears twice in norm version {line.Version} of {line.Product}."));
            }

            if (line.EffectiveFrom != first.EffectiveFrom || line.EffectiveUntil != first.EffectiveUntil)
            {
                Fail("effectiveFrom", string.Create(CultureInfo.InvariantCulture,
                    $"All lines of norm version {line.Version} of {line.Product} must share one effective window."));
            }
        }

        if (errors.Count == before)
        {
            norms[key] = lines.Select(l => l.Line).OrderBy(l => l.Material).ToImmutableList();
        }
    }

    private void CheckNormLine(UnitConsumptionNorm line, Action<string, string> fail)
    {
        if (line.Product.Kind != ItemKind.FinishedGood || !items.ContainsKey(line.Product))
        {
            fail("product", $"{line.Product} is not a finished-good (E) item of book {book.No}.");
        }

        if (line.Material.Kind != ItemKind.Material || !items.ContainsKey(line.Material))
        {
            fail("material", $"{line.Material} is not a material (I) item of book {book.No}.");
        }

        if (line.Version < 1)
        {
            fail("version", "Norm versions are numbered from 1.");
        }

        if (line.Net <= 0)
        {
            fail("net", "The net consumption must be more than zero.");
        }

        if (line.TangibleLossPercent < 0)
        {
            fail("tangibleLossPercent", "A loss rate cannot be negative.");
        }

        if (line.IntangibleLossPercent < 0)
        {
            fail("intangibleLossPercent", "A loss rate cannot be negative.");
        }

        if (line.LossPercent >= 100)
        {
            fail("tangibleLossPercent", "Tangible and intangible loss together must stay below 100 percent.");
        }

        if (line.BondedSharePercent is <= 0 or > 100)
        {
            fail("bondedSharePercent", "The bonded share must be more than 0 and at most 100 percent.");
        }

        if (line.EffectiveUntil is { } until && until <= line.EffectiveFrom)
        {
            fail("effectiveUntil", "The norm version must end after it starts.");
        }
    }

    private static void CheckLegalUnit(LegalUnit unit, string field, Action<string, string> fail)
    {
        if (!unit.Unit.IsCustomsCode)
        {
            fail(field, $"'{unit.Unit}' is not a three-digit customs unit code.");
        }

        if (unit.FactorPerDeclaredUnit <= 0)
        {
            fail(field, "The legal-unit factor must be more than zero.");
        }
    }
}
