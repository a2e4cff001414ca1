using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Server.Sessions;
using Mes.OpcUa.Server.Subscriptions;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>The subscription and monitored item services (Part 4 §5.12, §5.13), Publish and Republish.</summary>
internal sealed class SubscriptionServices(ServerContext state)
{
    private const uint MaxQueueSize = 10_000;

    public CreateSubscriptionResponse CreateSubscription(Session session, CreateSubscriptionRequest request)
    {
        var subscription = session.CreateSubscription(state.Sessions.NextSubscriptionId(), request);
        return new CreateSubscriptionResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            SubscriptionId = subscription.Id,
            RevisedPublishingInterval = subscription.PublishingInterval,
            RevisedLifetimeCount = subscription.LifetimeCount,
            RevisedMaxKeepAliveCount = subscription.MaxKeepAliveCount,
        };
    }

    public ModifySubscriptionResponse ModifySubscription(Session session, ModifySubscriptionRequest request)
    {
        var subscription = session.GetSubscription(request.SubscriptionId);
        session.Modify(subscription, request);
        return new ModifySubscriptionResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            RevisedPublishingInterval = subscription.PublishingInterval,
            RevisedLifetimeCount = subscription.LifetimeCount,
            RevisedMaxKeepAliveCount = subscription.MaxKeepAliveCount,
        };
    }

    public DeleteSubscriptionsResponse DeleteSubscriptions(Session session, DeleteSubscriptionsRequest request)
    {
        ServerContext.CheckCount(request.SubscriptionIds, 1000, "DeleteSubscriptions");
        return new DeleteSubscriptionsResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            Results = request.SubscriptionIds!.Select(session.DeleteSubscription).ToArray(),
        };
    }

    public SetPublishingModeResponse SetPublishingMode(Session session, SetPublishingModeRequest request)
    {
        ServerContext.CheckCount(request.SubscriptionIds, 1000, "SetPublishingMode");
        return new SetPublishingModeResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            Results = request.SubscriptionIds!.Select(id => session.SetPublishingMode(id, request.PublishingEnabled)).ToArray(),
        };
    }

    public CreateMonitoredItemsResponse CreateMonitoredItems(Session session, CreateMonitoredItemsRequest request)
    {
        var subscription = session.GetSubscription(request.SubscriptionId);
        ServerContext.CheckCount(request.ItemsToCreate, state.Options.OperationLimits.MaxMonitoredItemsPerCall, "CreateMonitoredItems");
        if (request.TimestampsToReturn is < TimestampsToReturn.Source or > TimestampsToReturn.Neither)
            throw new ServiceResultException(StatusCode.BadTimestampsToReturnInvalid, $"TimestampsToReturn {(int)request.TimestampsToReturn} is invalid");
        var results = request.ItemsToCreate!.Select(item => CreateOne(session, subscription, item, request.TimestampsToReturn)).ToArray();
        return new CreateMonitoredItemsResponse { ResponseHeader = state.Header(request.RequestHeader), Results = results };
    }

    private MonitoredItemCreateResult CreateOne(Session session, Subscription subscription, MonitoredItemCreateRequest request, TimestampsToReturn timestamps)
    {
        var target = request.ItemToMonitor;
        var node = state.AddressSpace.Find(target.NodeId);
        if (node is null) return Refused(StatusCode.BadNodeIdUnknown);
        if (target.AttributeId != AttributeId.Value || node is not VariableNode variable) return Refused(StatusCode.BadAttributeIdInvalid);
        if (!variable.AccessLevel.HasFlag(AccessLevel.CurrentRead)) return Refused(StatusCode.BadNotReadable);
        if (!string.IsNullOrEmpty(target.IndexRange)) return Refused(StatusCode.BadIndexRangeInvalid);
        if (request.MonitoringMode is < MonitoringMode.Disabled or > MonitoringMode.Reporting) return Refused(StatusCode.BadMonitoringModeInvalid);
        var parameters = request.RequestedParameters;
        double? deadband = null;
        switch (parameters.Filter.Body)
        {
            case null:
                break;
            case DataChangeFilter { DeadbandType: 0 }:
                break;
            case DataChangeFilter { DeadbandType: 1, DeadbandValue: >= 0 } filter:
                deadband = filter.DeadbandValue;
                break;
            case DataChangeFilter { DeadbandType: 1 }:
                return Refused(StatusCode.BadDeadbandFilterInvalid);
            case DataChangeFilter:
                return Refused(StatusCode.BadMonitoredItemFilterUnsupported);
            default:
                return Refused(StatusCode.BadMonitoredItemFilterUnsupported);
        }
        var requested = parameters.SamplingInterval;
        var sampling = requested < 0 || double.IsNaN(requested) ? subscription.PublishingInterval : requested;
        sampling = Math.Max(sampling, Math.Max(state.Options.MinimumSamplingInterval.TotalMilliseconds, variable.MinimumSamplingInterval));
        var queueSize = Math.Clamp(parameters.QueueSize, 1u, MaxQueueSize);
        var item = new MonitoredItem(state.Sessions.NextMonitoredItemId(), parameters.ClientHandle, variable, sampling, queueSize,
            parameters.DiscardOldest, deadband, timestamps, request.MonitoringMode);
        return session.AddItem(subscription, item);
    }

    private static MonitoredItemCreateResult Refused(StatusCode status) => new() { StatusCode = status };

    public DeleteMonitoredItemsResponse DeleteMonitoredItems(Session session, DeleteMonitoredItemsRequest request)
    {
        var subscription = session.GetSubscription(request.SubscriptionId);
        ServerContext.CheckCount(request.MonitoredItemIds, state.Options.OperationLimits.MaxMonitoredItemsPerCall, "DeleteMonitoredItems");
        return new DeleteMonitoredItemsResponse
        {
            ResponseHeader = state.Header(request.RequestHeader),
            Results = request.MonitoredItemIds!.Select(id => session.RemoveItem(subscription, id)).ToArray(),
        };
    }

    public IServiceResponse Republish(Session session, RepublishRequest request)
    {
        var response = session.Republish(request);
        response.ResponseHeader = state.Header(request.RequestHeader);
        return response;
    }
}
