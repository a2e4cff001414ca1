using Mes.Domain.Bonded.Identifiers;
using Mes.Domain.Bonded.MasterData;
using Mes.Domain.Tests.Bonded.Support;

namespace Mes.Domain.Tests.Bonded.MasterData;

public sealed class AccountBookMasterDataTests
{
    private static readonly DateTimeOffset July = new(2025, 7, 1, 0, 0, 0, TimeSpan.FromHours(8));

    private static AccountBookMasterData Valid(MasterDataResult result) =>
        Assert.IsType<MasterDataResult.Valid>(result).Data;

    private static MasterDataError SingleError(MasterDataResult result) =>
        Assert.Single(Assert.IsType<MasterDataResult.Invalid>(result).Errors);

    [Fact]
    public void The_sample_book_files_every_board_component_and_the_board()
    {
        var data = SampleBook.MasterData;

        Assert.Equal(9, data.Items.Count(i => i.No.Kind == ItemKind.Material));
        Assert.Equal(Ids.Item("E1"), Assert.Single(data.Items, i => i.No.Kind == ItemKind.FinishedGood).No);
        Assert.Equal(Ids.Materials.Append(Ids.Board).OrderBy(p => p.Value, StringComparer.Ordinal), data.Mappings.Select(m => m.Part));
        Assert.Equal(9, data.Norms.Count(n => n.Product == Ids.Item("E1") && n.Version == 1));
    }

    [Fact]
    public void A_new_item_version_takes_effect_from_its_start_and_the_earlier_one_still_explains_earlier_postings()
    {
        var capacitor = SampleBook.MasterData.ItemAt(Ids.Item("I4"), July)!;

        var changed = Valid(SampleBook.MasterData.DeclareItemVersion(
            capacitor with { Version = 2, EffectiveFrom = July, DeclaredUnitPrice = 0.0035m }));

        Assert.Equal(1, changed.ItemAt(Ids.Item("I4"), July.AddTicks(-1))!.Version);
        Assert.Equal(2, changed.ItemAt(Ids.Item("I4"), July)!.Version);
    }

    [Fact]
    public void Every_declared_change_raises_the_change_counter()
    {
        var capacitor = SampleBook.MasterData.ItemAt(Ids.Item("I4"), July)!;

        var changed = Valid(SampleBook.MasterData.DeclareItemVersion(capacitor with { Version = 2, EffectiveFrom = July }));

        Assert.Equal(SampleBook.MasterData.ChangeCount + 1, changed.ChangeCount);
    }

    [Fact]
    public void An_item_version_that_skips_a_number_is_refused_naming_the_version_field()
    {
        var capacitor = SampleBook.MasterData.ItemAt(Ids.Item("I4"), July)!;

        var error = SingleError(SampleBook.MasterData.DeclareItemVersion(capacitor with { Version = 3, EffectiveFrom = July }));

        Assert.Equal(("version", MasterDataSource.Items), (error.Field, error.Source));
    }

    [Fact]
    public void An_item_version_cannot_take_effect_before_the_version_it_replaces()
    {
        var capacitor = SampleBook.MasterData.ItemAt(Ids.Item("I4"), July)!;

        var error = SingleError(SampleBook.MasterData.DeclareItemVersion(
            capacitor with { Version = 2, EffectiveFrom = SampleBook.FilingStart }));

        Assert.Equal("effectiveFrom", error.Field);
    }

    [Fact]
    public void A_later_mapping_of_a_part_supersedes_the_current_one_from_its_start()
    {
        var changed = Valid(SampleBook.MasterData.DeclareMapping(
            new PartItemMapping(Ids.Cap, Ids.Item("I5"), new UnitOfMeasure("pcs"), 1m, July)));

        Assert.Equal(Ids.Item("I4"), changed.MappingAt(Ids.Cap, July.AddTicks(-1))!.Item);
        Assert.Equal(Ids.Item("I5"), changed.MappingAt(Ids.Cap, July)!.Item);
    }

    [Fact]
    public void A_part_is_not_on_the_book_before_its_first_mapping_nor_after_its_declared_end()
    {
        var part = new PartNo("IC-EEPROM-24C02");
        var changed = Valid(SampleBook.MasterData.DeclareMapping(
            new PartItemMapping(part, Ids.Item("I2"), new UnitOfMeasure("pcs"), 1m, July, July.AddMonths(1))));

        Assert.Null(changed.MappingAt(part, July.AddTicks(-1)));
        Assert.NotNull(changed.MappingAt(part, July));
        Assert.Null(changed.MappingAt(part, July.AddMonths(1)));
    }

    [Fact]
    public void A_norm_whose_losses_reach_one_hundred_percent_is_refused_naming_the_loss_field()
    {
        var lines = SampleBook.MasterData.NormVersion(Ids.Item("E1"), 1)
            .Select(n => n with { Version = 2, EffectiveFrom = July })
            .Select(n => n.Material == Ids.Item("I4") ? n with { TangibleLossPercent = 90m, IntangibleLossPercent = 10m } : n)
            .ToList();

        var error = SingleError(SampleBook.MasterData.DeclareNormVersion(lines));

        Assert.Equal(("tangibleLossPercent", MasterDataSource.Norms), (error.Field, error.Source));
    }

    [Fact]
    public void A_norm_version_already_declared_cannot_be_declared_again()
    {
        var error = SingleError(SampleBook.MasterData.DeclareNormVersion(
            SampleBook.MasterData.NormVersion(Ids.Item("E1"), 1)));

        Assert.Equal("version", error.Field);
    }

    [Fact]
    public void A_norm_line_on_a_finished_good_as_material_is_refused()
    {
        var line = SampleBook.MasterData.NormVersion(Ids.Item("E1"), 1)[0] with { Version = 2, Material = Ids.Item("E1") };

        var error = SingleError(SampleBook.MasterData.DeclareNormVersion([line]));

        Assert.Equal("material", error.Field);
    }

    [Fact]
    public void A_new_norm_version_leaves_the_earlier_version_citable()
    {
        var lines = SampleBook.MasterData.NormVersion(Ids.Item("E1"), 1)
            .Select(n => n with { Version = 2, EffectiveFrom = July })
            .ToList();

        var changed = Valid(SampleBook.MasterData.DeclareNormVersion(lines));

        Assert.Equal(9, changed.NormAt(Ids.Item("E1"), 1, July).Count);
        Assert.Equal(9, changed.NormAt(Ids.Item("E1"), 2, July).Count);
        Assert.Empty(changed.NormAt(Ids.Item("E1"), 2, July.AddTicks(-1)));
    }
}
