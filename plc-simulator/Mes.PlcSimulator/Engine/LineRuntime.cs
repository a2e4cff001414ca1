using System.Globalization;
using Mes.PlcSimulator.Definition;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// One line of the simulation: its machines in route order, the board loader in front of the first, and the
/// serial numbers it hands out (<c>&lt;prefix&gt;-&lt;line number&gt;-&lt;sequence&gt;</c>).
/// </summary>
internal sealed class LineRuntime
{
    private readonly LineDefinition definition;
    private readonly string serialStem;
    private long loaded;
    private long sequence;

    public LineRuntime(Simulation simulation, LineDefinition definition, string id, string number)
    {
        Simulation = simulation;
        this.definition = definition;
        Id = id;
        Number = int.Parse(number, CultureInfo.InvariantCulture);
        serialStem = $"{definition.SerialPrefix}-{number}-";
        var folder = simulation.Space.AddLine(id, $"{definition.Name} ({id}), building {definition.Product}");
        Stations = definition.Machines.Select((m, i) => new Station(this, folder, m, i, definition.Program)).ToList();
        for (var i = 1; i < Stations.Count; i++)
        {
            Stations[i].Upstream = Stations[i - 1];
            Stations[i - 1].Downstream = Stations[i];
        }
    }

    public Simulation Simulation { get; }

    public string Id { get; }

    public int Number { get; }

    public IReadOnlyList<Station> Stations { get; }

    /// <summary>Boards that left the last machine good.</summary>
    public long Shipped { get; private set; }

    /// <summary>Boards rejected on the way.</summary>
    public long Rejected { get; private set; }

    /// <summary>True once the loader has given out the order quantity.</summary>
    public bool OrderLoaded => definition.OrderQuantity is { } quantity && loaded >= quantity;

    /// <summary>A new bare board with the next serial, or null when the order is loaded.</summary>
    public Board? LoadBoard()
    {
        if (OrderLoaded)
        {
            return null;
        }

        loaded++;
        sequence++;
        return new Board(serialStem + sequence.ToString("D6", CultureInfo.InvariantCulture));
    }

    /// <summary>The first machine was reset after completing: the loader starts the next order (serials go on).</summary>
    public void StartNewOrder() => loaded = 0;

    public void Ship() => Shipped++;

    public void Reject() => Rejected++;

    public void RequestSettle(Station station) => Simulation.RequestSettle(station);

    public void Start()
    {
        if (definition.AutoStart)
        {
            foreach (var station in Stations)
            {
                station.AutoStart();
            }
        }
    }
}
