using Mes.Domain.Production.Materials;

namespace Mes.Domain.Tests.Production.Materials;

public sealed class MoistureExposureTests
{
    private static readonly DateTimeOffset Opened = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2", 365 * 24)]
    [InlineData("2a", 4 * 7 * 24)]
    [InlineData("3", 168)]
    [InlineData("4", 72)]
    [InlineData("5", 48)]
    [InlineData("5a", 24)]
    public void Floor_life_follows_the_j_std_033_table(string label, int hours)
    {
        Assert.True(MsdLevels.TryParse(label, out var level));

        Assert.Equal(TimeSpan.FromHours(hours), level.FloorLife());
    }

    [Fact]
    public void Level_1_parts_never_expire()
    {
        var exposure = new MoistureExposure(MsdLevel.Level1).Open(Opened);

        Assert.Null(exposure.Remaining(Opened.AddYears(5)));
        Assert.False(exposure.IsExpired(Opened.AddYears(5)));
    }

    [Fact]
    public void A_level_3_reel_opened_100_hours_ago_has_68_hours_left()
    {
        var exposure = new MoistureExposure(MsdLevel.Level3).Open(Opened);

        // 168 h floor life − 100 h out of the bag = 68 h.
        Assert.Equal(TimeSpan.FromHours(68), exposure.Remaining(Opened.AddHours(100)));
    }

    [Fact]
    public void A_level_3_reel_is_expired_once_168_hours_out_of_dry_storage_have_passed()
    {
        var exposure = new MoistureExposure(MsdLevel.Level3).Open(Opened);

        Assert.False(exposure.IsExpired(Opened.AddHours(167)));
        Assert.True(exposure.IsExpired(Opened.AddHours(168)));
    }

    [Fact]
    public void Time_in_dry_storage_does_not_count_towards_exposure()
    {
        // Open 30 h, sealed for 10 days, open again 20 h: 50 h of exposure, 118 h left.
        var exposure = new MoistureExposure(MsdLevel.Level3)
            .Open(Opened)
            .Seal(Opened.AddHours(30))
            .Open(Opened.AddDays(10));

        Assert.Equal(TimeSpan.FromHours(118), exposure.Remaining(Opened.AddDays(10).AddHours(20)));
    }

    [Fact]
    public void A_bake_resets_the_exposure_of_an_expired_reel()
    {
        var expired = new MoistureExposure(MsdLevel.Level4).Open(Opened);
        var baked = expired.Bake(Opened.AddHours(100)).Open(Opened.AddHours(110));

        Assert.True(expired.IsExpired(Opened.AddHours(100)));
        Assert.Equal(TimeSpan.FromHours(70), baked.Remaining(Opened.AddHours(112)));
    }

    [Fact]
    public void A_level_6_part_must_be_baked_before_use_and_then_lasts_the_time_on_its_label()
    {
        var fresh = new MoistureExposure(MsdLevel.Level6, LabelFloorLife: TimeSpan.FromHours(6));
        var baked = fresh.Bake(Opened).Open(Opened.AddHours(1));

        Assert.True(fresh.IsExpired(Opened));
        Assert.Equal(TimeSpan.FromHours(4), baked.Remaining(Opened.AddHours(3)));
    }
}
