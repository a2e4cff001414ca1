using System.Runtime.CompilerServices;
using Mes.Contracts.Production.Telemetry;
using Mes.Grains.Production.Agents;
using Mes.OpcUa.Client;
using Mes.OpcUa.Encoding;
using Mes.OpcUa.SecureChannel;
using Mes.OpcUa.Security;
using Mes.OpcUa.Types;
using Microsoft.Extensions.Options;
using DomainNode = Mes.Domain.Production.Machines.MonitoredNode;
using UaMonitoredNode = Mes.OpcUa.Client.MonitoredNode;

namespace Mes.Silo.Equipment;

/// <summary>
/// The equipment agent's view of an OPC UA server through the project's own client: one session and one
/// subscription per endpoint, namespace indexes resolved from the server's NamespaceArray on every
/// connect (they may change when a PLC restarts), values copied out of the pooled batch and grouped per
/// workstation.
/// </summary>
public sealed class OpcUaEquipmentFeed(IOptions<EquipmentFeedOptions> options, IConfiguration configuration, TimeProvider clock) : IEquipmentFeed
{
    /// <inheritdoc />
    public async IAsyncEnumerable<IReadOnlyList<TelemetryBatch>> Open(string endpoint, IReadOnlyList<DomainNode> nodes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var client = await UaClient.ConnectAsync(endpoint, new UaClientOptions
        {
            ApplicationName = "Zone MES silo",
            ApplicationUri = "urn:zone-mes:silo",
            SessionName = "Zone MES equipment agent",
            Identity = Identity(settings),
            Security = EndpointSecurity.Parse(settings.SecurityPolicy,
                settings.SecurityMode is { Length: > 0 } mode ? mode : settings.SecurityPolicy == "None" ? "None" : "SignAndEncrypt"),
            Pki = new PkiStore(settings.Pki, clock),
            CheckServerHostName = settings.CheckServerHostName,
            Clock = clock,
        }, cancellationToken);

        var namespaces = (await client.ReadValueAsync(WellKnownNodes.NamespaceArray, cancellationToken)).Value.Get<string[]>();
        var monitored = new List<UaMonitoredNode>(nodes.Count);
        for (var handle = 0; handle < nodes.Count; handle++)
        {
            var index = Array.IndexOf(namespaces, nodes[handle].NamespaceUri);
            if (index < 0)
            {
                throw new InvalidOperationException(
                    $"{endpoint} does not publish the namespace {nodes[handle].NamespaceUri} the equipment mapping names (it has {string.Join(", ", namespaces)}).");
            }
            monitored.Add(new UaMonitoredNode(new NodeId(nodes[handle].Identifier, (ushort)index), (uint)handle)
            {
                SamplingInterval = settings.SamplingInterval,
                QueueSize = settings.QueueSize,
            });
        }

        await using var subscription = await client.SubscribeAsync(monitored,
            new SubscriptionOptions { PublishingInterval = settings.PublishingInterval }, cancellationToken);
        var first = true;
        await foreach (var response in subscription.ReadChangesAsync(cancellationToken))
        {
            yield return Group(endpoint, nodes, response, first);
            first = false;
        }
        throw new InvalidOperationException($"the subscription on {endpoint} ended");
    }

    private List<TelemetryBatch> Group(string endpoint, IReadOnlyList<DomainNode> nodes, DataChangeBatch response, bool firstOfSession)
    {
        var byWorkstation = new Dictionary<string, List<TelemetryValue>>(StringComparer.Ordinal);
        foreach (var change in response.Values)
        {
            if (change.ClientHandle >= nodes.Count)
            {
                continue;
            }
            var node = nodes[(int)change.ClientHandle];
            if (!byWorkstation.TryGetValue(node.WorkstationId, out var values))
            {
                byWorkstation[node.WorkstationId] = values = [];
            }
            var value = change.Value;
            var source = value.SourceTimestamp == default ? response.PublishTime : value.SourceTimestamp;
            values.Add(new TelemetryValue(node.Identifier, Datum(value.Value), new DateTimeOffset(DateTime.SpecifyKind(source, DateTimeKind.Utc)), value.Status.Code));
        }

        var receivedAt = clock.GetUtcNow();
        return [.. byWorkstation.Select(w => new TelemetryBatch(w.Key, endpoint, response.SequenceNumber, receivedAt, w.Value, firstOfSession))];
    }

    private static TelemetryDatum Datum(Variant value)
    {
        if (value.IsArray || value.IsNull)
        {
            return TelemetryDatum.Empty;
        }
        return value.Type switch
        {
            BuiltInType.Boolean => TelemetryDatum.Of(value.Get<bool>()),
            BuiltInType.SByte => TelemetryDatum.Of(value.Get<sbyte>()),
            BuiltInType.Byte => TelemetryDatum.Of(value.Get<byte>()),
            BuiltInType.Int16 => TelemetryDatum.Of(value.Get<short>()),
            BuiltInType.UInt16 => TelemetryDatum.Of(value.Get<ushort>()),
            BuiltInType.Int32 => TelemetryDatum.Of(value.Get<int>()),
            BuiltInType.UInt32 => TelemetryDatum.Of(value.Get<uint>()),
            BuiltInType.Int64 => TelemetryDatum.Of(value.Get<long>()),
            // A cumulative counter past 2^63 is not a counter any machine reaches; saturate rather than wrap.
            BuiltInType.UInt64 => TelemetryDatum.Of((long)Math.Min(value.Get<ulong>(), long.MaxValue)),
            BuiltInType.Float => TelemetryDatum.Of(value.Get<float>()),
            BuiltInType.Double => TelemetryDatum.Of(value.Get<double>()),
            BuiltInType.String => TelemetryDatum.Of(value.Get<string>() ?? ""),
            _ => TelemetryDatum.Of(value.ToString()),
        };
    }

    // The password comes from the environment (MES_OPCUA_PASSWORD), never from appsettings.
    private UserIdentity Identity(EquipmentFeedOptions settings) =>
        settings.UserName is { Length: > 0 } user
            ? UserIdentity.UserName(user, configuration["MES_OPCUA_PASSWORD"] ?? "")
            : UserIdentity.Anonymous;
}
