using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Events;
using Mes.PlcSimulator.Randomness;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// A slot's material counters (<c>Slots.&lt;slot&gt;.*</c>). For pieces, each placement is picked until a pick
/// succeeds, so a board takes QtyPerBoard picks plus its mispicks, and Picks = QtyPerBoard × boards + Mispicks
/// always holds. Other units (paste in grams) add QtyPerBoard × the process's consumption factor to Consumed.
/// </summary>
internal sealed class FeederSlot
{
    /// <summary>A mispick rate is capped here so that drift cannot make a placement take forever.</summary>
    private const double MaxMispickRate = 0.5;

    private readonly SlotDefinition definition;
    private readonly int piecesPerBoard;
    private readonly VariableNode? picks;
    private readonly VariableNode? mispicks;
    private readonly VariableNode? consumed;
    private ulong pickCount;
    private ulong mispickCount;
    private decimal consumedQuantity;

    public FeederSlot(LineAddressSpace space, ObjectNode slots, SlotDefinition definition)
    {
        this.definition = definition;
        var slot = space.AddObject(slots, definition.Slot, $"Slot {definition.Slot}: {definition.PartNo}");
        space.AddVariable(slot, "PartNo", VariableType.String, "Part number on the slot").Set(definition.PartNo);
        space.AddVariable(slot, "QtyPerBoard", VariableType.Double, "BOM quantity per board", definition.Unit).Set((double)definition.QtyPerBoard);
        if (definition.IsPieces)
        {
            piecesPerBoard = (int)definition.QtyPerBoard;
            picks = space.AddVariable(slot, "Picks", VariableType.UInt64, "Pieces picked, mispicks included; never resets", SlotDefinition.Pieces);
            mispicks = space.AddVariable(slot, "Mispicks", VariableType.UInt64, "Pieces picked and lost (dropped, rejected by vision); never resets", SlotDefinition.Pieces);
        }
        else
        {
            consumed = space.AddVariable(slot, "Consumed", VariableType.Double, "Quantity consumed; never resets", definition.Unit);
        }
    }

    /// <summary>Takes the material for one board and says what was taken.</summary>
    /// <param name="board">The board.</param>
    /// <param name="mispickFactor">How much the process's drift multiplies the mispick rate.</param>
    /// <param name="consumptionFactor">How much the process scales a measured quantity (paste deposit / 100).</param>
    /// <param name="random">The machine's generator.</param>
    /// <param name="at">Now.</param>
    /// <param name="machine">Workstation id.</param>
    public MaterialConsumed Consume(Board board, double mispickFactor, double consumptionFactor, SimulationRandom random,
        DateTimeOffset at, string machine)
    {
        if (!definition.IsPieces)
        {
            var quantity = decimal.Round(definition.QtyPerBoard * (decimal)consumptionFactor, 4);
            consumedQuantity += quantity;
            consumed!.Set((double)consumedQuantity);
            return new MaterialConsumed(at, machine, board.Serial, definition.Slot, definition.PartNo, quantity, 0, definition.Unit);
        }

        var rate = Math.Min(MaxMispickRate, definition.MispickRate * mispickFactor);
        var lost = 0;
        for (var placement = 0; placement < piecesPerBoard; placement++)
        {
            while (random.Chance(rate))
            {
                lost++;
            }
        }

        pickCount += (ulong)(piecesPerBoard + lost);
        mispickCount += (ulong)lost;
        picks!.Set(pickCount);
        mispicks!.Set(mispickCount);
        return new MaterialConsumed(at, machine, board.Serial, definition.Slot, definition.PartNo, piecesPerBoard + lost, lost, definition.Unit);
    }
}
