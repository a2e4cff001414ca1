using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine.Processes;

/// <summary>
/// Stencil printer. The paste deposit wanders (with occasional excursions), falls by ClogPerBoard for every print
/// since the last wipe, and falls by <see cref="DepositPerKg"/> % for each kg of squeegee pressure above nominal
/// (pressure scoops paste out of the apertures). Every WipeEvery boards the stencil is wiped, which takes WipeTime.
/// </summary>
internal sealed class PrinterProcess : StationProcess
{
    private const double DepositPerKg = 5;

    private readonly PrinterDefinition definition;
    private readonly ProcessValue pressure;
    private readonly ProcessValue speed;
    private readonly ProcessValue deposit;
    private readonly VariableNode pressureReading;
    private readonly VariableNode speedReading;
    private readonly VariableNode boardsSinceWipe;
    private readonly VariableNode wipeCount;
    private int sinceWipe;
    private ulong wipes;

    public PrinterProcess(Station station, PrinterDefinition definition)
        : base(station)
    {
        this.definition = definition;
        pressure = Value(definition.SqueegeePressure);
        speed = Value(definition.PrintSpeed);
        deposit = Value(definition.PasteDeposit);
        pressureReading = Variable("SqueegeePressure", VariableType.Double, "Squeegee pressure", "kg");
        Setpoint(Machine, "SqueegeePressureSetpoint", "Squeegee pressure setpoint; writable", "kg", pressure, 1, 20);
        speedReading = Variable("PrintSpeed", VariableType.Double, "Print stroke speed", "mm/s");
        boardsSinceWipe = Variable("BoardsSinceWipe", VariableType.UInt32, "Boards printed since the last stencil wipe");
        wipeCount = Variable("WipeCount", VariableType.UInt64, "Stencil wipes; never resets");
        Publish();
    }

    public override double ExtraCycleTime()
    {
        if (sinceWipe < definition.WipeEvery)
        {
            return 0;
        }

        sinceWipe = 0;
        wipes++;
        wipeCount.Set(wipes);
        boardsSinceWipe.Set(0u);
        return definition.WipeTime;
    }

    public override void Begin(Board board)
    {
        var pressureOffset = pressure.Value - definition.SqueegeePressure.Nominal;
        board.PasteVolume = Math.Max(0, deposit.Value - definition.ClogPerBoard * sinceWipe - DepositPerKg * pressureOffset);
        sinceWipe++;
        boardsSinceWipe.Set((uint)sinceWipe);
    }

    public override double ConsumptionFactor(Board board) => board.PasteVolume / 100;

    public override Verdict Finish(Board board, double cycleSeconds) => BaseVerdict("Smeared print");

    public override void Tick(long now)
    {
        pressure.Step(now, Station.Random);
        speed.Step(now, Station.Random);
        deposit.Step(now, Station.Random);
        Publish();
    }

    private void Publish()
    {
        pressureReading.Set(pressure.Reading);
        speedReading.Set(speed.Reading);
    }
}
