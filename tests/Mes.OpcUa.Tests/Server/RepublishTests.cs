using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Server.Sessions;
using Mes.OpcUa.Server.Subscriptions;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Tests.Server;

public sealed class RepublishTests
{
    private sealed class CapturingSink : IResponseSink
    {
        public List<IServiceResponse> Responses { get; } = [];

        public Task SendResponseAsync(uint requestId, IServiceResponse response)
        {
            lock (Responses) Responses.Add(response);
            return Task.CompletedTask;
        }

        public async Task<EncodedPublishResponse> NextDataAsync(int after)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                lock (Responses)
                {
                    var data = Responses.Skip(after).OfType<EncodedPublishResponse>().FirstOrDefault(r => r.AvailableSequenceNumbers.Length > 0);
                    if (data is not null) return data;
                }
                await Task.Delay(10, timeout.Token);
            }
        }
    }

    private static (Session Session, Subscription Subscription) SubscribedSession(UaServerOptions options, VariableNode variable)
    {
        var session = new Session(new NodeId(1u), new NodeId([1], 0), "test", TimeSpan.FromMinutes(1), [], 1, options);
        var subscription = session.CreateSubscription(1, new CreateSubscriptionRequest { RequestedPublishingInterval = 20, RequestedMaxKeepAliveCount = 50, PublishingEnabled = true });
        session.AddItem(subscription, new MonitoredItem(1, 9, variable, 20, 1, true, null, TimestampsToReturn.Both, MonitoringMode.Reporting));
        return (session, subscription);
    }

    [Fact]
    public async Task An_unacknowledged_message_is_sent_again_byte_for_byte_and_an_acknowledged_one_is_not()
    {
        var options = new UaServerOptions();
        var space = new AddressSpace("urn:test", TimeProvider.System);
        var variable = space.AddVariable(WellKnownNodes.ObjectsFolder, new NodeId("v", 1), "v", 1.5).Node;
        var (session, subscription) = SubscribedSession(options, variable);
        var sink = new CapturingSink();

        session.EnqueuePublish(sink, 1, new PublishRequest());
        var published = await sink.NextDataAsync(0);
        var sequence = published.AvailableSequenceNumbers.Single();
        var again = (EncodedRepublishResponse)session.Republish(new RepublishRequest { SubscriptionId = subscription.Id, RetransmitSequenceNumber = sequence });
        session.EnqueuePublish(sink, 2, new PublishRequest { SubscriptionAcknowledgements = [new SubscriptionAcknowledgement { SubscriptionId = subscription.Id, SequenceNumber = sequence }] });
        var gone = Assert.Throws<ServiceResultException>(() => session.Republish(new RepublishRequest { SubscriptionId = subscription.Id, RetransmitSequenceNumber = sequence }));
        session.Close();

        Assert.Equal(published.NotificationMessage.ToArray(), again.NotificationMessage.ToArray());
        Assert.Equal(StatusCode.BadMessageNotAvailable, gone.StatusCode);
    }
}
