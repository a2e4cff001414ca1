using System.Globalization;
using Mes.OpcUa.Types;

namespace Mes.PlcSimulator.Host;

/// <summary>Parses the simulator's command line; a bad argument is refused with a message that names it.</summary>
public static class CommandLine
{
    /// <summary>The default endpoint (plant conventions).</summary>
    public const string DefaultEndpoint = "opc.tcp://127.0.0.1:4840";

    private const double MaxSpeed = 10_000;

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Mes.PlcSimulator: a simulated SMT line served over OPC UA (docs/plc-simulator.md).

          --config <file>        line definition file (default: the shipped lines/smt-line.json)
          --endpoint <url>       OPC UA endpoint (default opc.tcp://127.0.0.1:4840)
          --seed <n>             seed; the same seed, file and .NET version give the same events (default 1)
          --speed <x>            simulated seconds per wall-clock second (default 1 when serving;
                                 a headless run without it runs as fast as it can)
          --lines <n>            copies of the line: smt-01, smt-02, ... (default 1)
          --security <modes>     endpoints to offer, comma-separated: None, Sign, SignAndEncrypt (default all
                                 three; Sign and SignAndEncrypt with Basic256Sha256, Aes128_Sha256_RsaOaep and
                                 Aes256_Sha256_RsaPss)
          --user <name>          accept this user name; the password is taken from MES_OPCUA_PASSWORD
          --no-anonymous         refuse anonymous sessions, as real PLCs do by default
          --pki <folder>         certificate store: own certificate (created on first run), trusted, rejected
                                 and issuers (default .mes/pki/simulator)
          --auto-accept          trust every client certificate on first sight (development only)
          --start <time>         simulated start, ISO 8601 UTC (default: now when serving,
                                 2026-01-05T06:00:00Z when headless)
          --headless             run without OPC UA for --duration and write --events
          --duration <seconds>   simulated seconds of a headless run or a benchmark
          --events <file>        write every event as a JSON line
          --benchmark            measure CPU time per simulated second (use with --lines 50)
          --check                validate the line file and describe it
          --help                 this text
        """;

    /// <summary>The options, or the reason the arguments are refused.</summary>
    public static (SimulatorOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? config = null, events = null;
        var security = ServerSecurity.Default;
        var endpoint = new Uri(DefaultEndpoint);
        long seed = 1;
        double? speed = null;
        var lines = 1;
        DateTimeOffset? start = null;
        TimeSpan? duration = null;
        var mode = RunMode.Serve;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new CommandLineException($"{name} needs a value");
            try
            {
                switch (name)
                {
                    case "--config": config = Value(); break;
                    case "--endpoint": endpoint = ParseEndpoint(Value()); break;
                    case "--seed": seed = ParseLong(name, Value()); break;
                    case "--speed": speed = ParseDouble(name, Value(), 0, MaxSpeed); break;
                    case "--lines": lines = (int)ParseLong(name, Value(), 1, Engine.Simulation.MaxLines); break;
                    case "--security": security = security with { Modes = ParseSecurity(Value()) }; break;
                    case "--user": security = security with { UserName = Value() }; break;
                    case "--no-anonymous": security = security with { AllowAnonymous = false }; break;
                    case "--pki": security = security with { PkiPath = Value() }; break;
                    case "--auto-accept": security = security with { AutoAcceptClients = true }; break;
                    case "--start": start = ParseStart(Value()); break;
                    case "--duration": duration = TimeSpan.FromSeconds(ParseDouble(name, Value(), 0, 365 * 86_400)); break;
                    case "--events": events = Value(); break;
                    case "--headless": mode = Exclusive(mode, RunMode.Headless, name); break;
                    case "--benchmark": mode = Exclusive(mode, RunMode.Benchmark, name); break;
                    case "--check": mode = Exclusive(mode, RunMode.Check, name); break;
                    case "--help" or "-h": mode = RunMode.Help; break;
                    default: throw new CommandLineException($"unknown argument {name} (see --help)");
                }
            }
            catch (CommandLineException e)
            {
                return (null, e.Message);
            }
        }

        if (!security.AllowAnonymous && security.UserName is null)
        {
            return (null, "--no-anonymous needs --user: otherwise nobody could open a session");
        }

        if (mode == RunMode.Headless && duration is null)
        {
            return (null, "--headless needs --duration <simulated seconds>");
        }

        return (new SimulatorOptions(config, endpoint, seed, speed, lines, security, start, mode, duration, events), null);
    }

    private static RunMode Exclusive(RunMode current, RunMode next, string name) =>
        current is RunMode.Serve or RunMode.Help || current == next
            ? next
            : throw new CommandLineException($"{name} cannot be combined with --{current.ToString().ToLowerInvariant()}");

    private static Uri ParseEndpoint(string text)
    {
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == "opc.tcp" && !uri.IsDefaultPort && uri.Port > 0)
        {
            return uri;
        }

        throw new CommandLineException($"--endpoint '{text}' must be opc.tcp://<host>:<port>, e.g. {DefaultEndpoint}");
    }

    private static MessageSecurityMode[] ParseSecurity(string text)
    {
        var modes = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(mode => mode switch
            {
                "None" => MessageSecurityMode.None,
                "Sign" => MessageSecurityMode.Sign,
                "SignAndEncrypt" => MessageSecurityMode.SignAndEncrypt,
                _ => throw new CommandLineException($"--security '{mode}' must be None, Sign or SignAndEncrypt (or a comma-separated list of them)"),
            })
            .Distinct()
            .ToArray();
        return modes.Length > 0 ? modes : throw new CommandLineException("--security needs at least one of None, Sign, SignAndEncrypt");
    }

    private static DateTimeOffset ParseStart(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start)
            ? start
            : throw new CommandLineException($"--start '{text}' must be an ISO 8601 time, e.g. 2026-01-05T06:00:00Z");

    private static long ParseLong(string name, string text, long min = long.MinValue, long max = long.MaxValue) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CommandLineException(min == long.MinValue
                ? $"{name} '{text}' must be a whole number"
                : string.Create(CultureInfo.InvariantCulture, $"{name} '{text}' must be a whole number from {min} to {max}"));

    private static double ParseDouble(string name, string text, double above, double max) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > above && value <= max
            ? value
            : throw new CommandLineException(string.Create(CultureInfo.InvariantCulture, $"{name} '{text}' must be a number > {above} and <= {max}"));
}
