using Mes.Domain.Production.Decisions;
using Mes.Domain.Production.Materials;
using Mes.Domain.Production.Workstations;

namespace Mes.Domain.Tests.Production.Workstations;

public sealed class SetupVerificationTests
{
    [Fact]
    public void The_bom_part_scanned_into_its_slot_is_loaded()
    {
        var placer = WorkstationSetup.Ready("smt-01-placer-1").Do(new LoadMaterial("1", WorkstationSetup.Reel("R-1", "CAP-0402-100N")));

        Assert.Equal("R-1", placer.Setup["1"].LotNo);
    }

    [Fact]
    public void A_reel_of_the_wrong_part_is_refused_naming_both_parts()
    {
        var refusal = Load("smt-01-placer-1", "1", WorkstationSetup.Reel("R-2", "RES-0402-10K"));

        Assert.Equal(RefusalReason.WrongPart, refusal.Reason);
        Assert.Contains("RES-0402-10K", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("CAP-0402-100N", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_the_bom_does_not_use_is_refused()
    {
        Assert.Equal(RefusalReason.UnknownSlot, Load("smt-01-placer-1", "9", WorkstationSetup.Reel("R-3", "CAP-0402-100N")).Reason);
    }

    [Fact]
    public void A_level_3_mcu_reel_open_for_more_than_168_hours_is_refused_until_baked()
    {
        var reel = WorkstationSetup.Reel("R-4", "IC-MCU-STM32", level: MsdLevel.Level3) with
        {
            Moisture = new MoistureExposure(MsdLevel.Level3).Open(SamplePlant.Now.AddHours(-169)),
        };

        var refusal = Load("smt-01-placer-2", "1", reel);

        Assert.Equal(RefusalReason.MsdFloorLifeExpired, refusal.Reason);
        Assert.Contains("bake", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bonded_reel_on_a_non_bonded_order_is_refused()
    {
        var refusal = Load("smt-01-placer-1", "1", WorkstationSetup.Reel("R-5", "CAP-0402-100N", bonded: true));

        Assert.Equal(RefusalReason.BondedMismatch, refusal.Reason);
        Assert.Contains("is bonded material", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_bonded_reel_on_a_bonded_order_is_refused()
    {
        var decision = WorkstationSetup.Ready("smt-01-placer-1", WorkstationSetup.BondedOrder)
            .Decide(new LoadMaterial("1", WorkstationSetup.Reel("R-6", "CAP-0402-100N")), SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal(RefusalReason.BondedMismatch, decision.RefusedWith?.Reason);
        Assert.Contains("is not bonded material", decision.RefusedWith!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reel_on_hold_is_refused()
    {
        var reel = WorkstationSetup.Reel("R-7", "CAP-0402-100N") with { OnHold = new Hold("date code", "QA", SamplePlant.Now) };

        Assert.Equal(RefusalReason.LotOnHold, Load("smt-01-placer-1", "1", reel).Reason);
    }

    [Fact]
    public void Loading_needs_a_selected_order()
    {
        var decision = WorkstationSetup.New("smt-01-placer-1").Do(new LogIn("B1004"))
            .Decide(new LoadMaterial("1", WorkstationSetup.Reel("R-8", "CAP-0402-100N")), SamplePlant.MasterData, SamplePlant.Now);

        Assert.Equal(RefusalReason.NoOrderSelected, decision.RefusedWith?.Reason);
    }

    [Fact]
    public void A_unit_cannot_be_scanned_while_a_bom_slot_of_the_workstation_is_empty()
    {
        var placer = WorkstationSetup.Ready("smt-01-placer-1").Do(new LoadMaterial("1", WorkstationSetup.Reel("R-1", "CAP-0402-100N")));

        var refusal = placer.ReadyToStart(SamplePlant.MasterData);

        Assert.Equal(RefusalReason.SlotEmpty, refusal?.Reason);
        Assert.Contains("RES-0402-10K", refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changeover_to_a_bonded_order_takes_the_non_bonded_reels_off()
    {
        var placer = WorkstationSetup.Ready("smt-01-placer-1").Do(new LoadMaterial("1", WorkstationSetup.Reel("R-1", "CAP-0402-100N")));

        var decision = placer.Decide(new SelectOrder(WorkstationSetup.BondedOrder), SamplePlant.MasterData, SamplePlant.Now);

        var unloaded = Assert.Single(decision.EventsToApply.OfType<MaterialUnloaded>());
        Assert.Equal("R-1", unloaded.LotNo);
    }

    private static Refusal Load(string workstationId, string slot, MaterialLot reel) =>
        WorkstationSetup.Ready(workstationId).Decide(new LoadMaterial(slot, reel), SamplePlant.MasterData, SamplePlant.Now).RefusedWith
        ?? throw new Xunit.Sdk.XunitException("the load was not refused");
}
