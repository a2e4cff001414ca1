namespace Mes.PlcSimulator.Engine;

/// <summary>The conveyor in front of a machine: boards wait here first in, first out, up to its capacity.</summary>
internal sealed class BoardBuffer(int capacity)
{
    private readonly Queue<Board> boards = new(capacity);

    public int Capacity { get; } = capacity;

    public int Count => boards.Count;

    public bool TryEnqueue(Board board)
    {
        if (boards.Count >= Capacity)
        {
            return false;
        }

        boards.Enqueue(board);
        return true;
    }

    public Board? TryDequeue() => boards.TryDequeue(out var board) ? board : null;
}
