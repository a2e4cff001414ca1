using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Mes.OpcUa.Bench;
using Mes.OpcUa.SecureChannel;

// Usage: dotnet run -c Release --project bench/Mes.OpcUa.Bench -- [items] [intervalMs] [seconds] [decodeIterations]
var culture = CultureInfo.InvariantCulture;
var items = args.Length > 0 ? int.Parse(args[0], culture) : 3200;
var interval = args.Length > 1 ? int.Parse(args[1], culture) : 100;
var seconds = args.Length > 2 ? int.Parse(args[2], culture) : 20;
var iterations = args.Length > 3 ? int.Parse(args[3], culture) : 5000;

await NodeScripts.EnsureInstalledAsync();
Console.WriteLine($"OPC UA benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {items} items every {interval} ms, {seconds} s windows");

var message = DecodeBenchmark.EncodePublishResponse();
var decodeOurs = await DecodeBenchmark.RunOursAsync(message, iterations);
var decodeNode = await DecodeBenchmark.RunNodeAsync(message, iterations);

var stream = new StreamBenchmark(items, interval, WarmupSeconds: 20, seconds);
var (nodeServer, url, ns) = await stream.StartNodeServerAsync(FreePort());
BenchResult ourClient, nodeGroupClient, nodeItemsClient, ourSecureClient, nodeSecureClient;
double nodeServerCpu;
var secured = EndpointSecurity.Basic256Sha256SignAndEncrypt;
try
{
    (ourClient, _) = await stream.RunOurClientAsync(nodeServer, url, ns, EndpointSecurity.None);
    (nodeGroupClient, nodeServerCpu, _) = await stream.RunNodeClientAsync(nodeServer, url, ns, "group", EndpointSecurity.None);
    (nodeItemsClient, _, _) = await stream.RunNodeClientAsync(nodeServer, url, ns, "items", EndpointSecurity.None);
    (ourSecureClient, _) = await stream.RunOurClientAsync(nodeServer, url, ns, secured);
    (nodeSecureClient, _, _) = await stream.RunNodeClientAsync(nodeServer, url, ns, "group", secured);
}
finally
{
    NodeScripts.Stop(nodeServer);
    nodeServer.Dispose();
}
var (nodeClientOnOurServer, ourServer) = await stream.RunOurServerAsync();
var nodeServerResult = new BenchResult(nodeGroupClient.Changes, nodeServerCpu, nodeGroupClient.WallSeconds, null);

string F(double value) => value.ToString("N0", culture);
string P(double share) => (share * 100).ToString("0.0", culture) + " %";
string B(double? bytes) => bytes is { } b ? b.ToString("0.00", culture) : "n/a";
string R(double ratio) => ratio.ToString("0.0", culture) + "x";
void Row(string what, string ours, string node, string ratio = "") => Console.WriteLine($"| {what} | {ours} | {node} | {ratio} |");

Console.WriteLine();
Console.WriteLine("| measurement | Mes.OpcUa | node-opcua 2.186.4 | ratio |");
Console.WriteLine("|---|---|---|---|");
Row("decode + dispatch of Publish responses with 1 000 data changes: values per CPU-second",
    F(decodeOurs.ChangesPerCpuSecond), F(decodeNode.ChangesPerCpuSecond), R(decodeOurs.ChangesPerCpuSecond / decodeNode.ChangesPerCpuSecond));
Row("decode + dispatch: bytes allocated per value", B(decodeOurs.BytesPerChange), "n/a");
Row("client on a node-opcua server's stream: data changes per second",
    F(ourClient.ChangesPerSecond), $"{F(nodeGroupClient.ChangesPerSecond)} (group), {F(nodeItemsClient.ChangesPerSecond)} (items)");
Row("client: share of a core", P(ourClient.CoreShare), $"{P(nodeGroupClient.CoreShare)} (group), {P(nodeItemsClient.CoreShare)} (items)");
Row("client: data changes per CPU-second vs a node-opcua ClientMonitoredItemGroup",
    F(ourClient.ChangesPerCpuSecond), F(nodeGroupClient.ChangesPerCpuSecond), R(ourClient.ChangesPerCpuSecond / nodeGroupClient.ChangesPerCpuSecond));
Row("client: data changes per CPU-second vs one node-opcua ClientMonitoredItem per variable",
    F(ourClient.ChangesPerCpuSecond), F(nodeItemsClient.ChangesPerCpuSecond), R(ourClient.ChangesPerCpuSecond / nodeItemsClient.ChangesPerCpuSecond));
Row("client: bytes allocated per data change", B(ourClient.BytesPerChange), "n/a");
Row($"client over {secured}: data changes per second", F(ourSecureClient.ChangesPerSecond), $"{F(nodeSecureClient.ChangesPerSecond)} (group)");
Row($"client over {secured}: data changes per CPU-second vs a node-opcua ClientMonitoredItemGroup",
    F(ourSecureClient.ChangesPerCpuSecond), F(nodeSecureClient.ChangesPerCpuSecond), R(ourSecureClient.ChangesPerCpuSecond / nodeSecureClient.ChangesPerCpuSecond));
Row($"client over {secured}: bytes allocated per data change", B(ourSecureClient.BytesPerChange), "n/a");
Row("server feeding a node-opcua client: data changes per second delivered", F(nodeClientOnOurServer.ChangesPerSecond), F(nodeServerResult.ChangesPerSecond));
Row("server: share of a core (incl. the host updating every variable)", P(ourServer.CoreShare), P(nodeServerResult.CoreShare));
Row("server: data changes per CPU-second", F(ourServer.ChangesPerCpuSecond), F(nodeServerResult.ChangesPerCpuSecond), R(ourServer.ChangesPerCpuSecond / nodeServerResult.ChangesPerCpuSecond));
Row("server: bytes allocated per data change", B(ourServer.BytesPerChange), "n/a");

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
