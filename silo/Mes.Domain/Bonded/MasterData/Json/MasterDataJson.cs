using System.Globalization;
using System.Text.Json;
using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.MasterData.Json;

/// <summary>
/// Reads the master data of one account book from its JSON files (layout: samples/bonded/README.md).
/// Takes text, not paths: the caller reads the files. Every error names its file, row and field.
/// </summary>
public static class MasterDataJson
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>Parses and checks the four files; the result holds the master data or every error found.</summary>
    public static MasterDataResult Load(MasterDataFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<MasterDataError>();
        var book = ReadDocument(files.Book, MasterDataSource.Book, errors, root => ReadBook(new JsonRowReader(MasterDataSource.Book, null, root, errors)));
        var items = ReadRows(files.Items, MasterDataSource.Items, errors, r => ReadItem(r, book?.Precision ?? DeclaredPrecision.Customs));
        var mappings = ReadRows(files.Mappings, MasterDataSource.Mappings, errors, ReadMapping);
        var norms = ReadRows(files.Norms, MasterDataSource.Norms, errors, ReadNorm);
        if (errors.Count > 0 || book is null)
        {
            return new MasterDataResult.Invalid(errors);
        }

        return AccountBookMasterData.Create(book, items, mappings, norms);
    }

    private static T? ReadDocument<T>(string text, MasterDataSource source, List<MasterDataError> errors, Func<JsonElement, T?> read)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (!JsonRowReader.IsObject(document.RootElement) && source == MasterDataSource.Book)
            {
                errors.Add(new MasterDataError(source, null, "(document)", "The book header must be a JSON object."));
                return null;
            }

            return read(document.RootElement);
        }
        catch (JsonException e)
        {
            errors.Add(new MasterDataError(source, null, "(document)", string.Create(CultureInfo.InvariantCulture,
                $"Not valid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}")));
            return null;
        }
    }

    private static List<T> ReadRows<T>(string text, MasterDataSource source, List<MasterDataError> errors, Func<JsonRowReader, T?> read)
        where T : class
    {
        var rows = ReadDocument(text, source, errors, root =>
        {
            if (root.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new MasterDataError(source, null, "(document)", "The file must hold a JSON array with one object per row."));
                return null;
            }

            var result = new List<T>();
            var row = 0;
            foreach (var element in root.EnumerateArray())
            {
                row++;
                if (!JsonRowReader.IsObject(element))
                {
                    errors.Add(new MasterDataError(source, row, "(row)", "A row must be a JSON object."));
                    continue;
                }

                var before = errors.Count;
                var value = read(new JsonRowReader(source, row, element, errors));
                if (value is not null && errors.Count == before)
                {
                    result.Add(value);
                }
            }

            return result;
        });
        return rows ?? [];
    }

    private static AccountBook? ReadBook(JsonRowReader r)
    {
        r.AllowOnly("bookNo", "type", "customsOffice", "operatingEnterprise", "processingEnterprise", "writeOffCycle", "validUntil", "precision");
        var no = r.Parse("bookNo", s => new AccountBookNo(s));
        var type = r.Enum<AccountBookType>("type");
        var office = r.Parse("customsOffice", s => new CustomsOfficeCode(s));
        var operating = ReadEnterprise(r.Object("operatingEnterprise"));
        var processing = ReadEnterprise(r.Object("processingEnterprise"));
        var cycle = ReadCycle(r.Object("writeOffCycle"));
        var validUntil = r.Time("validUntil", required: false);
        var precisionReader = r.Object("precision", required: false);
        var precision = precisionReader is null ? DeclaredPrecision.Customs : ReadPrecision(precisionReader);
        if (no is null || type is null || office is null || operating is null || processing is null || cycle is null || precision is null)
        {
            return null;
        }

        return new AccountBook
        {
            No = no.Value,
            Type = type.Value,
            CustomsOffice = office.Value,
            OperatingEnterprise = operating,
            ProcessingEnterprise = processing,
            WriteOffCycle = cycle,
            ValidUntil = validUntil,
            Precision = precision,
        };
    }

    private static Enterprise? ReadEnterprise(JsonRowReader? r)
    {
        if (r is null)
        {
            return null;
        }

        r.AllowOnly("name", "creditCode", "customsCode");
        var name = r.String("name");
        var credit = r.Parse("creditCode", s => new SocialCreditCode(s));
        var customs = r.Parse("customsCode", s => new CustomsEnterpriseCode(s));
        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            r.Fail("name", "The enterprise name is empty.");
        }

        return string.IsNullOrWhiteSpace(name) || credit is null || customs is null
            ? null
            : new Enterprise(name, credit.Value, customs.Value);
    }

    private static WriteOffCycle? ReadCycle(JsonRowReader? r)
    {
        if (r is null)
        {
            return null;
        }

        r.AllowOnly("firstStart", "months");
        var start = r.Time("firstStart");
        var months = r.Integer("months");
        if (start is null || months is null)
        {
            return null;
        }

        if (months is < 1 or > 60)
        {
            r.Fail("months", "A write-off cycle lasts 1 to 60 months.");
            return null;
        }

        return new WriteOffCycle(start.Value, months.Value);
    }

    private static DeclaredPrecision? ReadPrecision(JsonRowReader r)
    {
        r.AllowOnly("quantityDecimals", "unitPriceDecimals", "amountDecimals");
        var quantity = Decimals(r, "quantityDecimals");
        var unitPrice = Decimals(r, "unitPriceDecimals");
        var amount = Decimals(r, "amountDecimals");
        return quantity is null || unitPrice is null || amount is null
            ? null
            : new DeclaredPrecision(quantity.Value, unitPrice.Value, amount.Value);
    }

    private static int? Decimals(JsonRowReader r, string field)
    {
        var value = r.Integer(field);
        if (value is < 0 or > 10)
        {
            r.Fail(field, "Use 0 to 10 decimals.");
            return null;
        }

        return value;
    }

    private static BondedItem? ReadItem(JsonRowReader r, DeclaredPrecision bookPrecision)
    {
        r.AllowOnly("itemNo", "version", "effectiveFrom", "hsCode", "name", "specification", "declaredUnit", "legalUnits",
            "currency", "declaredUnitPrice", "origin", "importDutyRatePercent", "vatRatePercent", "precision");
        var no = r.Parse("itemNo", ItemNo.Parse);
        var version = r.Integer("version");
        var from = r.Time("effectiveFrom");
        var hs = r.Parse("hsCode", s => new HsCode(s));
        var name = r.String("name");
        var specification = r.String("specification");
        var declaredUnit = r.Parse("declaredUnit", s => new UnitOfMeasure(s));
        var legalUnits = ReadLegalUnits(r);
        var currency = r.Parse("currency", s => new CurrencyCode(s));
        var price = r.Decimal("declaredUnitPrice");
        var origin = r.Parse("origin", s => new CountryCode(s), required: false);
        var duty = r.Decimal("importDutyRatePercent", required: false) ?? 0m;
        var vat = r.Decimal("vatRatePercent", required: false) ?? 0m;
        var precisionReader = r.Object("precision", required: false);
        var precision = precisionReader is null ? bookPrecision : ReadPrecision(precisionReader);
        if (no is null || version is null || from is null || hs is null || name is null || specification is null
            || declaredUnit is null || legalUnits is null || currency is null || price is null || precision is null)
        {
            return null;
        }

        return new BondedItem
        {
            No = no.Value,
            Version = version.Value,
            EffectiveFrom = from.Value,
            HsCode = hs.Value,
            Name = name,
            Specification = specification,
            DeclaredUnit = declaredUnit.Value,
            FirstLegalUnit = legalUnits[0],
            SecondLegalUnit = legalUnits.Count > 1 ? legalUnits[1] : null,
            Currency = currency.Value,
            DeclaredUnitPrice = price.Value,
            Origin = origin,
            ImportDutyRatePercent = duty,
            VatRatePercent = vat,
            Precision = precision,
        };
    }

    private static List<LegalUnit>? ReadLegalUnits(JsonRowReader r)
    {
        var rows = r.Objects("legalUnits");
        if (rows is null)
        {
            return null;
        }

        if (rows.Count is < 1 or > 2)
        {
            r.Fail("legalUnits", "An item has one or two legal units.");
            return null;
        }

        var units = new List<LegalUnit>();
        foreach (var unitReader in rows)
        {
            unitReader.AllowOnly("unit", "factor");
            var unit = unitReader.Parse("unit", s => new UnitOfMeasure(s));
            var factor = unitReader.Decimal("factor");
            if (unit is null || factor is null)
            {
                return null;
            }

            units.Add(new LegalUnit(unit.Value, factor.Value));
        }

        return units;
    }

    private static PartItemMapping? ReadMapping(JsonRowReader r)
    {
        r.AllowOnly("part", "item", "stockUnit", "factor", "effectiveFrom", "effectiveUntil");
        var part = r.Parse("part", s => new PartNo(s));
        var item = r.Parse("item", ItemNo.Parse);
        var unit = r.Parse("stockUnit", s => new UnitOfMeasure(s));
        var factor = r.Decimal("factor");
        var from = r.Time("effectiveFrom");
        var until = r.Time("effectiveUntil", required: false);
        return part is null || item is null || unit is null || factor is null || from is null
            ? null
            : new PartItemMapping(part.Value, item.Value, unit.Value, factor.Value, from.Value, until);
    }

    private static UnitConsumptionNorm? ReadNorm(JsonRowReader r)
    {
        r.AllowOnly("product", "material", "version", "net", "tangibleLossPercent", "intangibleLossPercent",
            "bondedSharePercent", "effectiveFrom", "effectiveUntil");
        var product = r.Parse("product", ItemNo.Parse);
        var material = r.Parse("material", ItemNo.Parse);
        var version = r.Integer("version");
        var net = r.Decimal("net");
        var tangible = r.Decimal("tangibleLossPercent");
        var intangible = r.Decimal("intangibleLossPercent");
        var share = r.Decimal("bondedSharePercent");
        var from = r.Time("effectiveFrom");
        var until = r.Time("effectiveUntil", required: false);
        return product is null || material is null || version is null || net is null || tangible is null
            || intangible is null || share is null || from is null
            ? null
            : new UnitConsumptionNorm(product.Value, material.Value, version.Value, net.Value, tangible.Value,
                intangible.Value, share.Value, from.Value, until);
    }
}
