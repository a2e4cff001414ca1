using System.Globalization;
using System.Text.Json;
using Mes.Bench.Load;
using Mes.Bench.Load.Peers;

// Usage (./mes up --no-simulator first; see docs/BENCHMARKS.md):
//   dotnet run -c Release --project bench/Mes.Bench.Load -- [--terminals 200] [--posters 8] [--lines 50] [--speed 1] [--pace-ms 0]
//       [--seconds 30] [--warmup 10] [--label 1-silo] [--no-peers] [--gateway https://127.0.0.1:5100] [--postgres "Host=…"]
if (args.Length == 3 && args[0] == OrleansPing.SiloCommand)
{
    await OrleansPing.RunSilo(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

var root = Mes.Bench.Ledger.Checkout.Root();
var settings = LoadSettings.From(args, root);
var report = await new LoadRun(settings).Execute();
Directory.CreateDirectory(Path.GetDirectoryName(settings.Output)!);
await File.WriteAllTextAsync(settings.Output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine();
Console.WriteLine(report.Markdown());
Console.WriteLine($"result: {settings.Output}");
return report.JournalIntact ? 0 : 1;
