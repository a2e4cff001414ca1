namespace Mes.PlcSimulator.AddressSpace;

/// <summary>
/// Keeps the change stamp and the set of variables changed since the last drain (each once, in the order of their
/// first change), in arrays sized once, so that tracking a change allocates nothing.
/// </summary>
internal sealed class ChangeTracker
{
    private bool[] pending = new bool[256];
    private int[] changed = new int[256];
    private int changedCount;
    private long stamp;

    public ChangeTracker(DateTime startUtc)
    {
        NowUtcTicks = startUtc.Ticks;
    }

    /// <summary>The simulated time stamped on changes, as UTC ticks; the simulation moves it.</summary>
    public long NowUtcTicks { get; set; }

    public long Stamp => Volatile.Read(ref stamp);

    /// <summary>Makes room for a newly created variable.</summary>
    public void Register(int handle)
    {
        if (handle >= pending.Length)
        {
            Array.Resize(ref pending, pending.Length * 2);
            Array.Resize(ref changed, changed.Length * 2);
        }
    }

    public long Changed(int handle)
    {
        if (!pending[handle])
        {
            pending[handle] = true;
            changed[changedCount++] = handle;
        }

        return Interlocked.Increment(ref stamp);
    }

    public int Drain(IReadOnlyList<VariableNode> variables, IVariableSink sink)
    {
        var count = changedCount;
        for (var i = 0; i < count; i++)
        {
            var handle = changed[i];
            pending[handle] = false;
            sink.OnChanged(variables[handle]);
        }

        changedCount = 0;
        return count;
    }
}
