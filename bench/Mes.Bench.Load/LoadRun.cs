using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Mes.Bench.Load.Calls;
using Mes.Bench.Load.Gateway;
using Mes.Bench.Load.Ledger;
using Mes.Bench.Load.Peers;
using Mes.Bench.Load.Plant;
using Mes.Bench.Load.Telemetry;
using Mes.Bench.Load.Terminals;
using Mes.Domain.Production.Machines;
using Mes.Domain.Production.MasterData.Import;
using Mes.Gateway.Api.V1;

namespace Mes.Bench.Load;

/// <summary>
/// One load run: sets the plant up through the gateway, measures telemetry alone, terminals alone, postings alone and
/// everything together, then the peers on the same machine.
/// </summary>
internal sealed class LoadRun(LoadSettings settings)
{
    private const string SimulatorNamespace = "urn:zone-mes:plc-simulator";
    private readonly string _runId = DateTimeOffset.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);

    public async Task<LoadReport> Execute()
    {
        using var certificate = settings.CertificatePath is null ? null
            : System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(settings.CertificatePath, null);
        using var gateway = GatewayConnection.Open(settings.Gateway, certificate);
        var admin = await gateway.LogIn("admin", settings.AdminPassword);
        var apiKey = await new Auth.AuthClient(gateway.Channel).CreateApiKeyAsync(new CreateApiKeyRequest { Name = "load-" + _runId }, admin);
        var integration = new Metadata { { "x-api-key", apiKey.ApiKey } };

        var sample = PlantFiles.Read(Path.Combine(settings.Root, "samples", "plant"));
        var stationsPerLine = LineRoute.Of(sample, PlantFiles.LineId(1)).Stations.Count;
        var crews = (settings.Terminals + stationsPerLine - 1) / stationsPerLine;
        var lines = Math.Max(Math.Max(crews, settings.Lines), 1);
        string Badge(int line, int station) => string.Create(CultureInfo.InvariantCulture, $"BL{line:00}{station}");
        var badges = Enumerable.Range(1, crews).SelectMany(l => Enumerable.Range(0, stationsPerLine).Select(s => Badge(l, s))).ToList();
        var plant = sample.WithLines(lines, Math.Max(settings.Lines, 1), settings.SimulatorEndpoint, badges);
        var import = new ImportMasterDataRequest { RequestId = "load-" + _runId };
        foreach (var (name, text) in plant.Files)
        {
            import.Files[name] = text;
        }
        var version = await new Mes.Gateway.Api.V1.Production.ProductionClient(gateway.Channel).ImportMasterDataAsync(import, admin);
        Console.WriteLine($"master data version {version.Version}: {lines} lines, {badges.Count} operators");

        var simulatorStart = DateTimeOffset.UtcNow;
        await using var simulator = settings.Lines > 0 ? await SimulatedLines.Start(settings.Root, settings.Lines, settings.SimulatorEndpoint, settings.Speed) : null;
        if (simulator is not null)
        {
            await WaitForMachines(gateway, admin, PlantFiles.LineId(settings.Lines), simulatorStart);
        }

        var setUp = Stopwatch.StartNew();
        var lineCrews = new LineCrew[crews];
        await Parallel.ForEachAsync(Enumerable.Range(1, crews), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (line, _) =>
            lineCrews[line - 1] = await LineCrew.SetUp(gateway.Channel, LineRoute.Of(plant, PlantFiles.LineId(line)), admin, admin, s => Badge(line, s), _runId));
        Console.WriteLine($"{crews * stationsPerLine} terminals set up in {setUp.Elapsed.TotalSeconds:0} s");

        var bonded = new Bonded.BondedClient(gateway.Channel);
        var clerk = await LedgerClerk.FileBook(bonded, admin, integration, "L" + _runId[1..], Path.Combine(settings.Root, "samples", "bonded"));
        var cpu = new ProcessCpu(Processes(simulator));
        var history = new TelemetryHistory(settings.Postgres);
        var caller = new RetryingCaller();
        var phases = new List<PhaseResult>();

        async Task<PhaseResult> Phase(string name, bool terminals, bool ledger)
        {
            async Task Load(TimeSpan length, CallLog scans, CallLog postings)
            {
                using var stop = new CancellationTokenSource(length);
                var work = new List<Task>();
                if (terminals)
                {
                    var run = new TerminalRun(caller, scans, new Completions(), settings.Pace, stop.Token);
                    work.AddRange(lineCrews.Select(c => c.Run(run)));
                }
                if (ledger)
                {
                    work.AddRange(Enumerable.Range(0, settings.Posters).Select(p => clerk.Run($"{name}-{Guid.NewGuid():N}", caller, postings, stop.Token)));
                }
                await (work.Count > 0 ? Task.WhenAll(work) : Task.Delay(length));
            }

            Console.WriteLine($"phase {name}: warm-up {settings.WarmUp.TotalSeconds} s, measuring {settings.Window.TotalSeconds} s");
            await Load(settings.WarmUp, new CallLog("warm-up"), new CallLog("warm-up"));
            var scans = new CallLog("scan");
            var postings = new CallLog("posting");
            var before = cpu.Read();
            var from = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            await Load(settings.Window, scans, postings);
            var wall = clock.Elapsed;
            var to = DateTimeOffset.UtcNow;
            var share = ProcessCpu.CoreShare(before, cpu.Read(), wall);
            // The history writer flushes every half second: give the window's last rows time to land.
            await Task.Delay(TimeSpan.FromSeconds(2));
            var values = simulator is null ? 0 : await history.ReceivedBetween(from, to);
            var result = new PhaseResult(name, terminals ? scans.Summarize(wall) : null, ledger ? postings.Summarize(wall) : null,
                values / wall.TotalSeconds, share, [.. scans.Failures.Concat(postings.Failures).Take(5)]);
            Console.WriteLine(result.Line());
            return result;
        }

        if (simulator is not null)
        {
            phases.Add(await Phase("telemetry", terminals: false, ledger: false));
        }
        phases.Add(await Phase("terminals", terminals: true, ledger: false));
        phases.Add(await Phase("ledger", terminals: false, ledger: true));
        phases.Add(await Phase("all", terminals: true, ledger: true));
        var verification = await bonded.VerifyJournalAsync(new VerifyJournalRequest { Book = clerk.Book }, admin);

        PeerResults? peers = null;
        if (settings.Peers)
        {
            Console.WriteLine("peers: pgbench, Orleans ping" + (simulator is null ? "" : ", node-opcua"));
            var pgbench = await Mes.Bench.Ledger.PgBench.Run(settings.Postgres, settings.PgbenchClients, (int)settings.Window.TotalSeconds);
            var ping = await OrleansPing.Measure(settings.PingCallers, settings.WarmUp, settings.Window);
            NodeSubscription? node = null;
            if (simulator is not null)
            {
                var master = (ImportResult.Imported)PlantMasterDataLoader.Load(plant.Files, version.Version, DateTimeOffset.UtcNow);
                var nodes = EquipmentSubscription.NodesAt(master.MasterData, settings.SimulatorEndpoint).Select(n => n.Identifier).ToList();
                node = await NodeOpcUaPeer.Measure(settings.Root, settings.SimulatorEndpoint, SimulatorNamespace, nodes,
                    TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250), 10, settings.WarmUp, settings.Window);
            }
            peers = new PeerResults(pgbench, ping, node);
        }

        return new LoadReport(DateTimeOffset.UtcNow, settings.Label, Environment.ProcessorCount, Silos(), crews * stationsPerLine, settings.Posters,
            settings.Lines, settings.Speed, settings.Pace.TotalMilliseconds, phases, verification.Intact, verification.EntriesChecked, peers);
    }

    // The machines report through the agent of their endpoint, which reads new master data at its next reminder tick.
    // A link connected since before this simulator started is the previous run's, not yet seen to be gone.
    private static async Task WaitForMachines(GatewayConnection gateway, Metadata caller, string lastLine, DateTimeOffset simulatorStart)
    {
        var dashboard = new Dashboard.DashboardClient(gateway.Channel);
        var waited = Stopwatch.StartNew();
        Console.WriteLine($"waiting for the equipment agent to subscribe to {lastLine} (up to a reminder period)");
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            var view = await dashboard.GetLineAsync(new GetLineRequest { LineId = lastLine }, caller);
            if (view.Workstations.Any(w => w.Machine?.Link is { State: "Connected" } link && link.Since.ToDateTimeOffset() >= simulatorStart && w.Machine.HasTotalCount))
            {
                Console.WriteLine($"{lastLine} connected after {waited.Elapsed.TotalSeconds:0} s");
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        throw new TimeoutException($"{lastLine}'s machines never reported: is the simulator at the endpoint the silo's agent watches?");
    }

    private Dictionary<string, int> Processes(SimulatedLines? simulator)
    {
        var processes = new Dictionary<string, int>(StringComparer.Ordinal);
        var run = Path.Combine(settings.State, "run");
        if (Directory.Exists(run))
        {
            foreach (var pidFile in Directory.GetFiles(run, "*.pid"))
            {
                processes[Path.GetFileNameWithoutExtension(pidFile)] = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
            }
        }
        var postmaster = Path.Combine(settings.State, "pg", "data", "postmaster.pid");
        if (File.Exists(postmaster))
        {
            processes["postgres"] = int.Parse(File.ReadLines(postmaster).First(), CultureInfo.InvariantCulture);
        }
        if (simulator is not null)
        {
            processes["simulator"] = simulator.ProcessId;
        }
        processes["load"] = Environment.ProcessId;
        return processes;
    }

    private int Silos()
    {
        var run = Path.Combine(settings.State, "run");
        return Directory.Exists(run) ? Directory.GetFiles(run, "silo*.pid").Length : 0;
    }
}
