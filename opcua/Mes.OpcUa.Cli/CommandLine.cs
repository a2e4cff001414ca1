using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Cli;

/// <summary>Runs one mes-opcua command and returns the process exit code.</summary>
internal static class CommandLine
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadUsage = 2;

    /// <summary>The application URI of the command-line client (the SAN URI of its certificate).</summary>
    public const string ApplicationUri = "urn:zone-mes:mes-opcua";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken,
        Func<string, string?>? environment = null)
    {
        CommandArguments command;
        try
        {
            command = CommandArguments.Parse(args, environment ?? Environment.GetEnvironmentVariable);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            await error.WriteLineAsync(CommandArguments.Usage);
            return BadUsage;
        }
        if (command.Command.StartsWith("pki ", StringComparison.Ordinal)) return await PkiCommands.RunAsync(command, output, error);
        var pki = new PkiStore(command.Pki);
        try
        {
            if (command.Command == "endpoints") return await EndpointsAsync(command, output, cancellationToken);
            using var userCertificate = command.UserCertificate is null ? null : X509Certificate2.CreateFromPemFile(command.UserCertificate, command.UserKey);
            var options = new UaClientOptions
            {
                ApplicationUri = ApplicationUri,
                ApplicationName = "mes-opcua",
                SessionName = "mes-opcua",
                Security = command.Security,
                Pki = pki,
                CheckServerHostName = command.CheckHostName,
                Identity = command.User is not null ? UserIdentity.UserName(command.User, command.Password!)
                    : userCertificate is not null ? UserIdentity.Certificate(userCertificate)
                    : UserIdentity.Anonymous,
            };
            await using var client = await UaClient.ConnectAsync(command.Target, options, cancellationToken);
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
            await ExplainAsync(e.StatusCode, command, pki, error);
            return Failure;
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"error: {e.Message}");
            return BadUsage;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException)
        {
            await error.WriteLineAsync($"error: the user certificate or key cannot be read: {e.Message}");
            return BadUsage;
        }
    }

    /// <summary>Tells an integrator what to do about a certificate refusal, on whichever side it happened.</summary>
    private static async Task ExplainAsync(StatusCode status, CommandArguments command, PkiStore pki, TextWriter error)
    {
        if (status == StatusCode.BadCertificateUntrusted && pki.List().LastOrDefault(c => c.Folder == CertificateStoreFolder.Rejected) is { } rejected)
        {
            await error.WriteLineAsync($"the server certificate '{rejected.Subject}' ({rejected.Thumbprint}) was saved to {rejected.Path}.");
            await error.WriteLineAsync($"If the thumbprint is the one the PLC shows, trust it: mes opcua trust {rejected.Thumbprint} --pki {command.Pki}");
        }
        else if (status == StatusCode.BadSecurityChecksFailed && pki.List().FirstOrDefault(c => c.Folder == CertificateStoreFolder.Own && c.ApplicationUri == ApplicationUri) is { } own)
        {
            await error.WriteLineAsync($"the server may not trust this client yet: give it our certificate {own.Path} (thumbprint {own.Thumbprint})");
        }
    }

    private static async Task<int> EndpointsAsync(CommandArguments command, TextWriter output, CancellationToken cancellationToken)
    {
        var endpoints = await UaClient.GetEndpointsAsync(command.Target, cancellationToken: cancellationToken);
        var rows = endpoints.Select(e =>
        {
            using var certificate = e.ServerCertificate is { Length: > 0 } der ? X509CertificateLoader.LoadCertificate(der) : null;
            return new[]
            {
                new EndpointSecurity(e.SecurityPolicyUri ?? "", e.SecurityMode).PolicyName,
                e.SecurityMode.ToString(),
                string.Join(",", (e.UserIdentityTokens ?? []).Select(t => t.TokenType.ToString()).Distinct()),
                e.SecurityLevel.ToString(CultureInfo.InvariantCulture),
                certificate?.Thumbprint ?? "",
            };
        });
        await Table.WriteAsync(output, ["Policy", "Mode", "UserTokens", "Level", "ServerCertificate"], rows);
        return Success;
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
