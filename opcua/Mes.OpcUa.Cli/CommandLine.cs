using System.Globalization;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Cli;

/// <summary>Runs one mes-opcua command and returns the process exit code.</summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        CommandArguments command;
        try
        {
            command = CommandArguments.Parse(args);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync(CommandArguments.Usage);
            return BadUsage;
        }
        try
        {
            var options = new UaClientOptions
            {
                ApplicationName = "mes-opcua",
                SessionName = "mes-opcua",
                Identity = command.User is null ? UserIdentity.Anonymous : UserIdentity.UserName(command.User, command.Password!),
            };
            await using var client = await UaClient.ConnectAsync(command.Endpoint, options, cancellationToken);
            var code = command.Command switch
            {
                "browse" => await BrowseAsync(client, command, output, cancellationToken),
                "read" => await ReadAsync(client, command, output, cancellationToken),
                "write" => await WriteAsync(client, command, output, error, cancellationToken),
                _ => await SubscribeAsync(client, command, output, cancellationToken),
            };
            await client.CloseAsync(cancellationToken);
            return code;
        }
        catch (ServiceResultException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return Failure;
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return BadUsage;
        }
    }

    private static NodeId Node(string text) =>
        NodeId.TryParse(text, out var id) ? id : throw new UsageException($"'{text}' is not a node id (e.g. i=2258 or ns=2;s=Machine.Speed)");

    private static async Task<int> BrowseAsync(UaClient client, CommandArguments command, TextWriter output, CancellationToken cancellationToken)
    {
        var node = command.Positional.Count > 0 ? Node(command.Positional[0]) : WellKnownNodes.ObjectsFolder;
        var references = await client.BrowseAsync(node, cancellationToken: cancellationToken);
        var rows = references.Select(r => new[] { r.BrowseName.ToString(), r.NodeClass.ToString(), r.NodeId.ToString(), r.TypeDefinition.NodeId.IsNull ? "" : r.TypeDefinition.ToString() });
        await Table.WriteAsync(output, ["BrowseName", "NodeClass", "NodeId", "TypeDefinition"], rows);
        return Success;
    }

    private static async Task<int> ReadAsync(UaClient client, CommandArguments command, TextWriter output, CancellationToken cancellationToken)
    {
        var node = Node(command.Positional[0]);
        var value = await client.ReadValueAsync(node, cancellationToken);
        await Table.WriteAsync(output, ["NodeId", "Value", "Type", "Status", "SourceTimestamp", "ServerTimestamp"],
            [[node.ToString(), value.Value.ToString(), value.Value.Describe(), value.Status.Name, Time(value.SourceTimestamp), Time(value.ServerTimestamp)]]);
        return value.Status.IsBad ? Failure : Success;
    }

    private static async Task<int> WriteAsync(UaClient client, CommandArguments command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var node = Node(command.Positional[0]);
        var dataTypes = await client.ReadAsync([node], AttributeId.DataType, TimestampsToReturn.Neither, cancellationToken);
        var rank = await client.ReadAsync([node], AttributeId.ValueRank, TimestampsToReturn.Neither, cancellationToken);
        if (dataTypes[0].Status.IsBad)
        {
            await error.WriteLineAsync($"error: {dataTypes[0].Status.Name}: cannot read the data type of {node}");
            return Failure;
        }
        var dataType = dataTypes[0].Value.Get<NodeId>();
        var type = BuiltInTypes.FromDataTypeId(dataType)
            ?? throw new UsageException($"{node} has data type {dataType}, which is not a built-in type");
        var isArray = rank[0].Value.TryGet<int>(out var valueRank) && valueRank >= 0;
        var value = ValueText.Parse(command.Positional[1], type, isArray);
        var status = await client.WriteValueAsync(node, value, cancellationToken);
        await Table.WriteAsync(output, ["NodeId", "Value", "Type", "Status"], [[node.ToString(), value.ToString(), value.Describe(), status.Name]]);
        return status.IsBad ? Failure : Success;
    }

    private static async Task<int> SubscribeAsync(UaClient client, CommandArguments command, TextWriter output, CancellationToken cancellationToken)
    {
        var nodes = command.Positional.Select(Node).ToArray();
        var items = nodes.Select((n, i) => new MonitoredNode(n, (uint)i) { SamplingInterval = command.Interval, QueueSize = 10 }).ToArray();
        await using var subscription = await client.SubscribeAsync(items, new SubscriptionOptions { PublishingInterval = command.Interval }, cancellationToken);
        var refused = subscription.Items.Count < items.Length;
        foreach (var item in items.Where(i => subscription.Items.All(s => s.ClientHandle != i.ClientHandle)))
            await output.WriteLineAsync($"{item.NodeId}: refused");
        using var until = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        until.CancelAfter(command.Duration);
        await output.WriteLineAsync($"{"SourceTimestamp",-28} {"NodeId",-40} {"Value",-24} Status");
        try
        {
            await foreach (var batch in subscription.ReadChangesAsync(until.Token))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var change = batch.Memory.Span[i];
                    var value = change.Value;
                    await output.WriteLineAsync($"{Time(value.SourceTimestamp),-28} {nodes[change.ClientHandle],-40} {value.Value,-24} {value.Status.Name}");
                }
            }
        }
        catch (OperationCanceledException) when (until.IsCancellationRequested)
        {
            // The duration ended or Ctrl+C was pressed.
        }
        return refused ? Failure : Success;
    }

    private static string Time(DateTime value) =>
        value == DateTime.MinValue ? "" : value.ToString("yyyy-MM-dd HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
