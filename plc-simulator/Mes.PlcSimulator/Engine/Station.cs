using Mes.PlcSimulator.AddressSpace;
using Mes.PlcSimulator.Definition;
using Mes.PlcSimulator.Engine.Processes;
using Mes.PlcSimulator.Events;
using Mes.PlcSimulator.Randomness;

namespace Mes.PlcSimulator.Engine;

/// <summary>
/// One machine of a line: its PackML state, the board it works on, its counters, its faults and the process of its
/// type. Boards come from the buffer in front of it (the loader, for the first machine) and go into the next
/// machine's buffer; a machine with nothing to take is starved and one that cannot put its board down is blocked,
/// both Suspended.
/// </summary>
internal sealed partial class Station
{
    private readonly LineRuntime line;
    private readonly IReadOnlyList<FeederSlot> slots;
    private readonly StationProcess process;
    private PackMlState state = PackMlState.Idle;
    private MachineMode mode = MachineMode.Production;
    private Board? board;
    private bool boardDone;
    private ulong good;
    private ulong rejected;
    private long powerOnMilliseconds;
    private long operationMilliseconds;

    public Station(LineRuntime line, ObjectNode lineFolder, MachineDefinition definition, int index, string program)
    {
        this.line = line;
        Definition = definition;
        Id = $"{line.Id}-{definition.Id}";
        Random = SimulationRandom.ForStream(line.Simulation.Seed, (ulong)(line.Number * 1000 + index));
        Space = line.Simulation.Space;
        var machine = Space.AddObject(lineFolder, Id, definition.Name, nodeId: Id);
        Nodes = new MachineNodes(Space, machine, Id, definition, this);
        Nodes.State.Set(StateNames.Of(state));
        Nodes.StateCurrent.Set((int)state);
        Nodes.MachineryItemState.Set(StateNames.MachineryItemState(state));
        Nodes.MachineryOperationMode.Set(StateNames.MachineryOperationMode(mode));
        Nodes.StateSince.Set(line.Simulation.Now.UtcDateTime);
        Nodes.CurrentProgram.Set(program);
        currentProgram = program;
        Infeed = index == 0 ? null : new BoardBuffer(definition.BufferCapacity);
        var slotsNode = definition.Slots.Count > 0 ? Space.AddObject(machine, "Slots", "Materials consumed per board, by slot") : null;
        slots = definition.Slots.Select(s => new FeederSlot(Space, slotsNode!, s)).ToList();
        process = CreateProcess(definition);
        if (definition.Faults is { } faults)
        {
            uptimeLeft = Ticks.FromSeconds(Random.Exponential(faults.Mtbf));
        }
    }

    /// <summary>Workstation id: <c>&lt;line&gt;-&lt;machine&gt;</c>.</summary>
    public string Id { get; }

    public MachineDefinition Definition { get; }

    public SimulationRandom Random { get; }

    public LineAddressSpace Space { get; }

    public MachineNodes Nodes { get; }

    /// <summary>The buffer in front of the machine; null for the first, which takes boards from the loader.</summary>
    public BoardBuffer? Infeed { get; }

    public Station? Upstream { get; set; }

    public Station? Downstream { get; set; }

    public PackMlState State => state;

    /// <summary>Set while the machine waits in the line's settle queue.</summary>
    public bool SettleQueued { get; set; }

    /// <summary>Now, as events carry it.</summary>
    public DateTimeOffset EventTime => line.Simulation.Now;

    private long Now => line.Simulation.ElapsedTicks;

    public void Emit(SimulationEvent simulationEvent) => line.Simulation.Record(simulationEvent);

    /// <summary>Advances the operation counters and the process values by one tick.</summary>
    public void Tick()
    {
        powerOnMilliseconds += Simulation.TickLength / TimeSpan.TicksPerMillisecond;
        Nodes.PowerOnDuration.Set((double)powerOnMilliseconds);
        if (state == PackMlState.Execute)
        {
            operationMilliseconds += Simulation.TickLength / TimeSpan.TicksPerMillisecond;
            Nodes.OperationDuration.Set((double)operationMilliseconds);
        }

        process.Tick(Now);
    }

    /// <summary>Re-examines the flow after a neighbour took or put a board, when running.</summary>
    public void Settle()
    {
        if (state is PackMlState.Execute or PackMlState.Suspended)
        {
            Run();
        }
    }

    /// <summary>
    /// The running machine's next step: hand over a finished board, take the next one, or wait, and publish
    /// Execute or Suspended (starved, blocked) accordingly; Completing once the order's last board is through.
    /// </summary>
    private void Run()
    {
        while (true)
        {
            if (board is not null && boardDone)
            {
                if (!HandOver(board))
                {
                    Become(PackMlState.Suspended, starved: false, blocked: true);
                    return;
                }

                board = null;
                boardDone = false;
                Nodes.CurrentUnitSerial.Set(string.Empty);
                continue;
            }

            if (board is null)
            {
                if (TakeBoard() is not { } next)
                {
                    if (UpstreamExhausted)
                    {
                        BeginActing(PackMlState.Completing, ActingTimes.Completing);
                    }
                    else
                    {
                        Become(PackMlState.Suspended, starved: true, blocked: false);
                    }

                    return;
                }

                board = next;
                StartCycle();
            }
            else if (!cycleRunning)
            {
                ResumeCycle();
            }

            Become(PackMlState.Execute, starved: false, blocked: false);
            return;
        }
    }

    private bool UpstreamExhausted => Upstream is null
        ? line.OrderLoaded
        : Upstream.State == PackMlState.Complete && Infeed!.Count == 0;

    private Board? TakeBoard()
    {
        if (Upstream is null)
        {
            return line.LoadBoard();
        }

        var next = Infeed!.TryDequeue();
        if (next is not null)
        {
            Nodes.BufferLevel.Set((uint)Infeed.Count);
            line.RequestSettle(Upstream);
        }

        return next;
    }

    private bool HandOver(Board finished)
    {
        if (Downstream is null)
        {
            line.Ship();
            return true;
        }

        if (!Downstream.Infeed!.TryEnqueue(finished))
        {
            return false;
        }

        Downstream.Nodes.BufferLevel.Set((uint)Downstream.Infeed.Count);
        line.RequestSettle(Downstream);
        return true;
    }

    private void Become(PackMlState next, bool starved, bool blocked)
    {
        Nodes.Starved.Set(starved);
        Nodes.Blocked.Set(blocked);
        SetState(next);
    }

    private void SetState(PackMlState next)
    {
        if (next == state)
        {
            return;
        }

        if (state == PackMlState.Execute)
        {
            LeaveExecute();
        }

        var previous = state;
        state = next;
        if (next != PackMlState.Suspended)
        {
            Nodes.Starved.Set(false);
            Nodes.Blocked.Set(false);
        }

        if (next == PackMlState.Execute)
        {
            EnterExecute();
        }

        Nodes.State.Set(StateNames.Of(next));
        Nodes.StateCurrent.Set((int)next);
        Nodes.MachineryItemState.Set(StateNames.MachineryItemState(next));
        Nodes.StateSince.Set(EventTime.UtcDateTime);
        Emit(new StateChanged(EventTime, Id, StateNames.Of(previous), StateNames.Of(next)));
        if (next == PackMlState.Complete && Downstream is not null)
        {
            line.RequestSettle(Downstream);
        }
    }

    private StationProcess CreateProcess(MachineDefinition definition) => definition.Type switch
    {
        MachineType.Printer => new PrinterProcess(this, definition.Printer!),
        MachineType.Spi => new SpiProcess(this, definition.Spi!),
        MachineType.Placer => new PlacerProcess(this, definition.Placer!),
        MachineType.Reflow => new ReflowProcess(this, definition.Reflow!),
        MachineType.Aoi => new AoiProcess(this, definition.Aoi!),
        MachineType.Test => new TestProcess(this, definition.Test!),
        _ => new PackProcess(this),
    };
}
