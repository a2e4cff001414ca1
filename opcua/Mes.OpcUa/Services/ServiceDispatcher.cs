using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server.Sessions;
using Mes.OpcUa.Server.Subscriptions;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>
/// Routes a decoded request to its service after checking the session it names: the authentication token must
/// belong to a session, the session must be activated and bound to the channel the request came on. A refused
/// request is answered with a ServiceFault carrying the status.
/// </summary>
internal sealed class ServiceDispatcher(ServerContext state)
{
    private readonly DiscoveryServices _discovery = new(state);
    private readonly SessionServices _sessions = new(state);
    private readonly AttributeServices _attributes = new(state);
    private readonly ViewServices _views = new(state);
    private readonly MethodServices _methods = new(state);
    private readonly SubscriptionServices _subscriptions = new(state);

    /// <summary>Handles a request; the responses to send now (normally one; none while a Publish is parked, more when others were released).</summary>
    public IReadOnlyList<OutgoingResponse> Dispatch(RequestContext context, IServiceRequest request)
    {
        try
        {
            return Handle(context, request);
        }
        catch (ServiceResultException e)
        {
            return [new OutgoingResponse(context.Sink, context.RequestId, Fault(request.RequestHeader, e.StatusCode))];
        }
    }

    public ServiceFault Fault(RequestHeader header, StatusCode status) => new()
    {
        ResponseHeader = new ResponseHeader { Timestamp = state.Options.Clock.GetUtcNow().UtcDateTime, RequestHandle = header.RequestHandle, ServiceResult = status },
    };

    private IReadOnlyList<OutgoingResponse> Handle(RequestContext context, IServiceRequest request)
    {
        if (context.Security.DiscoveryOnly && request is not GetEndpointsRequest)
            throw new ServiceResultException(StatusCode.BadSecurityPolicyRejected, "this server serves sessions on its secure endpoints only; a None channel is for GetEndpoints");
        switch (request)
        {
            case GetEndpointsRequest r: return Reply(context, _discovery.GetEndpoints(r));
            case CreateSessionRequest r: return Reply(context, _sessions.CreateSession(context, r));
            case ActivateSessionRequest r: return Reply(context, _sessions.ActivateSession(context with { Session = FindSession(context, r.RequestHeader, requireActivated: false) }, r));
            case UnsupportedRequest r: throw new ServiceResultException(StatusCode.BadServiceUnsupported, $"service {r.TypeId} is not supported");
        }
        var session = FindSession(context, request.RequestHeader, requireActivated: true);
        switch (request)
        {
            case CloseSessionRequest r: return Reply(context, _sessions.CloseSession(context with { Session = session }, r));
            case ReadRequest r: return Reply(context, _attributes.Read(r));
            case WriteRequest r: return Reply(context, _attributes.Write(r));
            case BrowseRequest r: return Reply(context, _views.Browse(session, r));
            case BrowseNextRequest r: return Reply(context, _views.BrowseNext(session, r));
            case CallRequest r: return Reply(context, _methods.Call(r));
            case CreateSubscriptionRequest r: return Reply(context, _subscriptions.CreateSubscription(session, r));
            case ModifySubscriptionRequest r: return Reply(context, _subscriptions.ModifySubscription(session, r));
            case DeleteSubscriptionsRequest r: return Reply(context, _subscriptions.DeleteSubscriptions(session, r));
            case SetPublishingModeRequest r: return Reply(context, _subscriptions.SetPublishingMode(session, r));
            case CreateMonitoredItemsRequest r: return Reply(context, _subscriptions.CreateMonitoredItems(session, r));
            case DeleteMonitoredItemsRequest r: return Reply(context, _subscriptions.DeleteMonitoredItems(session, r));
            case PublishRequest r:
                session.EnqueuePublish(context.Sink, context.RequestId, r);
                return [];
            case RepublishRequest r: return Reply(context, _subscriptions.Republish(session, r));
            default: throw new ServiceResultException(StatusCode.BadServiceUnsupported, $"service {request.GetType().Name} is not supported");
        }
    }

    private Session FindSession(RequestContext context, RequestHeader header, bool requireActivated)
    {
        var session = state.Sessions.Find(header.AuthenticationToken)
            ?? throw new ServiceResultException(StatusCode.BadSessionIdInvalid, "the authentication token names no session");
        if (requireActivated && !session.IsActivated)
            throw new ServiceResultException(StatusCode.BadSessionNotActivated, "the session is not activated");
        if (requireActivated && session.ChannelId != context.ChannelId)
            throw new ServiceResultException(StatusCode.BadSecureChannelIdInvalid, "the session belongs to another secure channel");
        session.Touch();
        return session;
    }

    private static OutgoingResponse[] Reply(RequestContext context, IServiceResponse response) => [new(context.Sink, context.RequestId, response)];
}
