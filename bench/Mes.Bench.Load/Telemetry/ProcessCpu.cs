using System.Globalization;

namespace Mes.Bench.Load.Telemetry;

/// <summary>
/// CPU time of the system's processes, read from <c>/proc/&lt;pid&gt;/stat</c>, so that a window's CPU use can be told
/// per process even on a machine shared with other work, where the machine's idle time says nothing. A process counts
/// with its children (PostgreSQL's postmaster with its backends): the live ones' own ticks, the ended ones' through the
/// parent's reaped-children ticks.
/// </summary>
public sealed class ProcessCpu(IReadOnlyDictionary<string, int> processes)
{
    // USER_HZ: the unit of the tick counts in /proc, 100 on Linux on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>The processes measured, by name.</summary>
    public IReadOnlyDictionary<string, int> Processes { get; } = processes;

    /// <summary>CPU seconds used so far by each process and its children.</summary>
    public IReadOnlyDictionary<string, double> Read()
    {
        var parents = AllProcesses().ToLookup(ParentOf);
        return Processes.ToDictionary(p => p.Key, p => (Ticks(p.Value, withReaped: true) + parents[p.Value].Sum(c => Ticks(c, withReaped: false))) / TicksPerSecond,
            StringComparer.Ordinal);
    }

    /// <summary>The share of one core each group used between two readings over <paramref name="wall"/>.</summary>
    public static IReadOnlyDictionary<string, double> CoreShare(IReadOnlyDictionary<string, double> before, IReadOnlyDictionary<string, double> after, TimeSpan wall)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after.ToDictionary(a => a.Key, a => (a.Value - before.GetValueOrDefault(a.Key)) / wall.TotalSeconds, StringComparer.Ordinal);
    }

    private static IEnumerable<int> AllProcesses() =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture));

    private static long Ticks(int pid, bool withReaped)
    {
        var fields = StatFields(pid);
        // Fields after the command name: state is [0]; utime, stime, cutime, cstime are [11]..[14] (stat(5) fields 14-17).
        if (fields.Length <= 14)
        {
            return 0;
        }
        long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
        return Field(11) + Field(12) + (withReaped ? Field(13) + Field(14) : 0);
    }

    private static int ParentOf(int pid)
    {
        var fields = StatFields(pid);
        return fields.Length > 1 ? int.Parse(fields[1], CultureInfo.InvariantCulture) : -1;
    }

    // The command name is in parentheses and may hold spaces: split what follows its closing parenthesis.
    private static string[] StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return [];
        }
    }
}
