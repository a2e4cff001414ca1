using System.Diagnostics;

namespace Mes.OpcUa.Bench;

/// <summary>CPU time and allocations of this process (and optionally a peer process) between two points in time.</summary>
internal sealed class Usage
{
    private readonly Process? _peer;
    private readonly TimeSpan _ownCpu;
    private readonly TimeSpan _peerCpu;
    private readonly long _allocated;
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    private Usage(Process? peer)
    {
        _peer = peer;
        _allocated = GC.GetTotalAllocatedBytes(precise: true);
        _ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        _peerCpu = peer is null ? TimeSpan.Zero : PeerCpu(peer);
    }

    public static Usage Start(Process? peer = null) => new(peer);

    private static TimeSpan PeerCpu(Process peer)
    {
        peer.Refresh();
        return peer.TotalProcessorTime;
    }

    public (double OwnCpuSeconds, double PeerCpuSeconds, long AllocatedBytes, double WallSeconds) Stop()
    {
        var own = (Process.GetCurrentProcess().TotalProcessorTime - _ownCpu).TotalSeconds;
        var peer = _peer is null ? 0 : (PeerCpu(_peer) - _peerCpu).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocated;
        return (own, peer, allocated, _wall.Elapsed.TotalSeconds);
    }
}
