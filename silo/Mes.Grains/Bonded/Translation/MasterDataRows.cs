using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Mes.Contracts.Bonded.MasterData;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Grains.Bonded.Translation;

/// <summary>
/// Declared master data written as one row of the documented file layout (samples/bonded/README.md), so that a
/// declaration is checked, stored and read back by the same loader as a filed book.
/// </summary>
internal static class MasterDataRows
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Item(ItemVersion item) => Write(w =>
    {
        w.WriteString("itemNo", item.ItemNo);
        w.WriteNumber("version", item.Version);
        Time(w, "effectiveFrom", item.EffectiveFrom);
        w.WriteString("hsCode", item.HsCode);
        w.WriteString("name", item.Name);
        w.WriteString("specification", item.Specification);
        w.WriteString("declaredUnit", item.DeclaredUnit);
        w.WriteStartArray("legalUnits");
        foreach (var unit in item.LegalUnits ?? [])
        {
            w.WriteStartObject();
            w.WriteString("unit", unit.Unit);
            Number(w, "factor", unit.Factor);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("currency", item.Currency);
        Number(w, "declaredUnitPrice", item.DeclaredUnitPrice);
        if (!string.IsNullOrEmpty(item.Origin))
        {
            w.WriteString("origin", item.Origin);
        }

        Number(w, "importDutyRatePercent", item.ImportDutyRatePercent);
        Number(w, "vatRatePercent", item.VatRatePercent);
        if (item.QuantityDecimals is not null || item.UnitPriceDecimals is not null || item.AmountDecimals is not null)
        {
            w.WriteStartObject("precision");
            Whole(w, "quantityDecimals", item.QuantityDecimals);
            Whole(w, "unitPriceDecimals", item.UnitPriceDecimals);
            Whole(w, "amountDecimals", item.AmountDecimals);
            w.WriteEndObject();
        }
    });

    public static string Mapping(PartMapping mapping) => Write(w =>
    {
        w.WriteString("part", mapping.Part);
        w.WriteString("item", mapping.Item);
        w.WriteString("stockUnit", mapping.StockUnit);
        Number(w, "factor", mapping.Factor);
        Time(w, "effectiveFrom", mapping.EffectiveFrom);
        if (mapping.EffectiveUntil is { } until)
        {
            Time(w, "effectiveUntil", until);
        }
    });

    public static string Norm(NormLine line) => Write(w =>
    {
        w.WriteString("product", line.Product);
        w.WriteString("material", line.Material);
        w.WriteNumber("version", line.Version);
        Number(w, "net", line.Net);
        Number(w, "tangibleLossPercent", line.TangibleLossPercent);
        Number(w, "intangibleLossPercent", line.IntangibleLossPercent);
        Number(w, "bondedSharePercent", line.BondedSharePercent);
        Time(w, "effectiveFrom", line.EffectiveFrom);
        if (line.EffectiveUntil is { } until)
        {
            Time(w, "effectiveUntil", until);
        }
    });

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // The layout reads numbers as exact decimals and refuses an exponent: write the canonical digits.
    private static void Number(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(DecimalText.Canonical(value));
    }

    // A missing precision field is refused by the loader with its name, which is the message the caller needs.
    private static void Whole(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    private static void Time(Utf8JsonWriter w, string name, DateTimeOffset value) =>
        w.WriteString(name, value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture));
}
