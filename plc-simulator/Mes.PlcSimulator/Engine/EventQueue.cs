namespace Mes.PlcSimulator.Engine;

/// <summary>
/// Timers in simulated-time order; timers due at the same tick run in the order they were set, so the order of
/// events never depends on the heap's layout.
/// </summary>
internal sealed class EventQueue
{
    private readonly PriorityQueue<ScheduledTimer, (long At, long Sequence)> queue = new();
    private long sequence;

    public void Schedule(long at, ScheduledTimer timer) => queue.Enqueue(timer, (at, sequence++));

    public bool TryPeekTime(out long at)
    {
        if (queue.TryPeek(out _, out var priority))
        {
            at = priority.At;
            return true;
        }

        at = 0;
        return false;
    }

    public ScheduledTimer Dequeue() => queue.Dequeue();
}
