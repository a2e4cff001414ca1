using System.Text;
using System.Text.Json;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Journal;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Silo.Storage.Bonded;

/// <summary>
/// The part of an entry's movement kept in the <c>detail</c> jsonb column: legal quantities, origin, documents (in
/// order), norm, consumption basis, duty, counterparty, disposal and reversal. Decimals are JSON numbers, which jsonb
/// keeps as exact numerics.
/// </summary>
internal static class EntryDetail
{
    public static string Write(Movement m)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            Legal(w, "legal1", m.Quantities.FirstLegal);
            if (m.Quantities.SecondLegal is { } second)
            {
                Legal(w, "legal2", second);
            }

            Text(w, "origin", m.Origin?.Value);
            w.WriteStartArray("documents");
            foreach (var d in m.Documents.Items)
            {
                w.WriteStartObject();
                w.WriteString("type", d.Type.ToString());
                w.WriteString("number", d.Number);
                if (d.Line is { } line)
                {
                    w.WriteNumber("line", line);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (m.Norm is { } norm)
            {
                w.WriteStartObject("norm");
                w.WriteString("product", norm.Product.ToString());
                w.WriteNumber("version", norm.Version);
                w.WriteEndObject();
            }

            if (m.Consumption is { } c)
            {
                w.WriteStartObject("consumption");
                Number(w, "net", c.Net);
                Number(w, "tangibleLossPercent", c.TangibleLossPercent);
                Number(w, "intangibleLossPercent", c.IntangibleLossPercent);
                Number(w, "bondedSharePercent", c.BondedSharePercent);
                Number(w, "theoreticalScrap", c.TheoreticalScrap);
                w.WriteEndObject();
            }

            if (m.Duty is { } duty)
            {
                w.WriteStartObject("duty");
                w.WriteString("treatment", duty.Treatment.ToString());
                Number(w, "amount", duty.DutiableValue.Amount);
                w.WriteString("currency", duty.DutiableValue.Currency.Value);
                w.WriteEndObject();
            }

            if (m.Counterparty is { } party)
            {
                w.WriteStartObject("counterparty");
                w.WriteString("code", party.Code);
                w.WriteString("name", party.Name);
                w.WriteEndObject();
            }

            Text(w, "disposal", m.Disposal?.ToString());
            if (m.Reverses is { } reverses)
            {
                w.WriteStartObject("reverses");
                w.WriteNumber("sequence", reverses.Sequence);
                w.WriteString("kind", reverses.Kind.ToString());
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Completes a movement read from the columns with its detail.</summary>
    /// <exception cref="FormatException">A value does not read as what it stands for.</exception>
    public static Movement Read(string json, Movement columns)
    {
        using var document = JsonDocument.Parse(json);
        var d = document.RootElement;
        var quantities = columns.Quantities with
        {
            FirstLegal = Legal(d.GetProperty("legal1")),
            SecondLegal = d.TryGetProperty("legal2", out var second) ? Legal(second) : null,
        };
        return columns with
        {
            Quantities = quantities,
            Origin = OptionalText(d, "origin") is { } origin ? new CountryCode(origin) : null,
            Documents = DocumentRefs.Of(d.GetProperty("documents").EnumerateArray().Select(x => new DocumentRef(
                ParseEnum<DocumentType>(x.GetProperty("type").GetString()),
                x.GetProperty("number").GetString()!,
                x.TryGetProperty("line", out var line) ? line.GetInt32() : null)).ToList()),
            Norm = d.TryGetProperty("norm", out var norm)
                ? new NormRef(ItemNo.Parse(norm.GetProperty("product").GetString()), norm.GetProperty("version").GetInt32())
                : null,
            Consumption = d.TryGetProperty("consumption", out var c)
                ? new ConsumptionBasis(c.GetProperty("net").GetDecimal(), c.GetProperty("tangibleLossPercent").GetDecimal(),
                    c.GetProperty("intangibleLossPercent").GetDecimal(), c.GetProperty("bondedSharePercent").GetDecimal(),
                    c.GetProperty("theoreticalScrap").GetDecimal())
                : null,
            Duty = d.TryGetProperty("duty", out var duty)
                ? new DutyBasis(ParseEnum<DutyTreatment>(duty.GetProperty("treatment").GetString()),
                    new Money(duty.GetProperty("amount").GetDecimal(), new CurrencyCode(duty.GetProperty("currency").GetString()!)))
                : null,
            Counterparty = d.TryGetProperty("counterparty", out var party)
                ? new Counterparty(party.GetProperty("code").GetString()!, party.GetProperty("name").GetString()!)
                : null,
            Disposal = OptionalText(d, "disposal") is { } disposal ? ParseEnum<DisposalMode>(disposal) : null,
            Reverses = d.TryGetProperty("reverses", out var reverses)
                ? new ReversalOf(reverses.GetProperty("sequence").GetInt64(), ParseEnum<EntryKind>(reverses.GetProperty("kind").GetString()))
                : null,
        };
    }

    public static TEnum ParseEnum<TEnum>(string? text)
        where TEnum : struct, Enum =>
        text is { Length: > 0 } && char.IsAsciiLetter(text[0]) && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    private static void Legal(Utf8JsonWriter w, string name, LegalQuantity legal)
    {
        w.WriteStartObject(name);
        Number(w, "quantity", legal.Value);
        w.WriteString("unit", legal.Unit.Value);
        Number(w, "factor", legal.Factor);
        w.WriteEndObject();
    }

    private static LegalQuantity Legal(JsonElement e) =>
        new(e.GetProperty("quantity").GetDecimal(), new UnitOfMeasure(e.GetProperty("unit").GetString()!), e.GetProperty("factor").GetDecimal());

    private static void Number(Utf8JsonWriter w, string name, decimal value)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(DecimalText.Canonical(value));
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string? OptionalText(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
