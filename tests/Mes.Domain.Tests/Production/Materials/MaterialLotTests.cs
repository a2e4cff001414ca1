using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Materials;
using Mes.Domain.Tests.Production.Workstations;

namespace Mes.Domain.Tests.Production.Materials;

public sealed class MaterialLotTests
{
    [Fact]
    public void A_held_lot_is_released_and_may_be_loaded_again()
    {
        var lot = WorkstationSetup.Reel("R-1", "CAP-0402-100N");
        var held = Then(lot, new HoldLot("supplier recall", "QA"));

        var released = Then(held, new ReleaseLot("QA"));

        Assert.Equal("supplier recall", held.OnHold?.Reason);
        Assert.Null(released.OnHold);
    }

    [Fact]
    public void Releasing_a_lot_that_is_not_held_is_refused()
    {
        var decision = WorkstationSetup.Reel("R-1", "CAP-0402-100N").Decide(new ReleaseLot("QA"), SamplePlant.Now);

        Assert.Equal(RefusalReason.LotNotOnHold, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void Opening_the_bag_starts_the_floor_life_clock()
    {
        var lot = Then(WorkstationSetup.Reel("R-MCU", "IC-MCU-STM32", level: MsdLevel.Level3), new OpenLot());

        Assert.Equal(TimeSpan.FromHours(167), lot.Moisture.Remaining(SamplePlant.Now.AddHours(1)));
    }

    [Fact]
    public void Consuming_more_than_the_reel_holds_empties_it_and_keeps_the_overdraw_visible()
    {
        var lot = WorkstationSetup.Reel("R-1", "CAP-0402-100N") with { Quantity = 10 };

        var after = lot.Apply(new LotConsumed("R-1", 12, "smt-01-placer-1", SamplePlant.Now));

        Assert.Equal((0m, 2m), (after.Quantity, after.Overdrawn));
    }

    private static MaterialLot Then(MaterialLot lot, LotCommand command) =>
        Assert.IsType<Decision<LotEvent>.Accepted>(lot.Decide(command, SamplePlant.Now)).Events.Aggregate(lot, (l, e) => l.Apply(e));
}
