namespace Mes.OpcUa.SecureChannel;

/// <summary>
/// Numbers the chunks one side sends: every chunk takes the next number, starting small (legacy stacks refuse
/// initial numbers of 1024 and above) and wrapping below 1024 after UInt32.MaxValue − 1024 (Part 6 §6.7.2.4).
/// </summary>
internal sealed class SequenceNumberSource(uint first = 1)
{
    internal const uint WrapThreshold = uint.MaxValue - 1024;
    private uint _next = first;

    public uint Next()
    {
        var current = _next;
        _next = current >= WrapThreshold ? 1 : current + 1;
        return current;
    }
}
