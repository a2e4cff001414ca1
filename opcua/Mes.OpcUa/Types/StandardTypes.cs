using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>Registers the decoders of the structures this stack knows with <see cref="EncodeableTypes"/>.</summary>
internal static class StandardTypes
{
    public static void Register()
    {
        EncodeableTypes.Register(ServiceFault.EncodingId, static (ref UaReader r) => ServiceFault.Decode(ref r));
        EncodeableTypes.Register(GetEndpointsRequest.EncodingId, static (ref UaReader r) => GetEndpointsRequest.Decode(ref r));
        EncodeableTypes.Register(GetEndpointsResponse.EncodingId, static (ref UaReader r) => GetEndpointsResponse.Decode(ref r));
        EncodeableTypes.Register(OpenSecureChannelRequest.EncodingId, static (ref UaReader r) => OpenSecureChannelRequest.Decode(ref r));
        EncodeableTypes.Register(OpenSecureChannelResponse.EncodingId, static (ref UaReader r) => OpenSecureChannelResponse.Decode(ref r));
        EncodeableTypes.Register(CloseSecureChannelRequest.EncodingId, static (ref UaReader r) => CloseSecureChannelRequest.Decode(ref r));
        EncodeableTypes.Register(CreateSessionRequest.EncodingId, static (ref UaReader r) => CreateSessionRequest.Decode(ref r));
        EncodeableTypes.Register(CreateSessionResponse.EncodingId, static (ref UaReader r) => CreateSessionResponse.Decode(ref r));
        EncodeableTypes.Register(AnonymousIdentityToken.EncodingId, static (ref UaReader r) => AnonymousIdentityToken.Decode(ref r));
        EncodeableTypes.Register(UserNameIdentityToken.EncodingId, static (ref UaReader r) => UserNameIdentityToken.Decode(ref r));
        EncodeableTypes.Register(X509IdentityToken.EncodingId, static (ref UaReader r) => X509IdentityToken.Decode(ref r));
        EncodeableTypes.Register(ActivateSessionRequest.EncodingId, static (ref UaReader r) => ActivateSessionRequest.Decode(ref r));
        EncodeableTypes.Register(ActivateSessionResponse.EncodingId, static (ref UaReader r) => ActivateSessionResponse.Decode(ref r));
        EncodeableTypes.Register(CloseSessionRequest.EncodingId, static (ref UaReader r) => CloseSessionRequest.Decode(ref r));
        EncodeableTypes.Register(CloseSessionResponse.EncodingId, static (ref UaReader r) => CloseSessionResponse.Decode(ref r));
        EncodeableTypes.Register(BrowseRequest.EncodingId, static (ref UaReader r) => BrowseRequest.Decode(ref r));
        EncodeableTypes.Register(BrowseResponse.EncodingId, static (ref UaReader r) => BrowseResponse.Decode(ref r));
        EncodeableTypes.Register(BrowseNextRequest.EncodingId, static (ref UaReader r) => BrowseNextRequest.Decode(ref r));
        EncodeableTypes.Register(BrowseNextResponse.EncodingId, static (ref UaReader r) => BrowseNextResponse.Decode(ref r));
        EncodeableTypes.Register(ReadRequest.EncodingId, static (ref UaReader r) => ReadRequest.Decode(ref r));
        EncodeableTypes.Register(ReadResponse.EncodingId, static (ref UaReader r) => ReadResponse.Decode(ref r));
        EncodeableTypes.Register(WriteRequest.EncodingId, static (ref UaReader r) => WriteRequest.Decode(ref r));
        EncodeableTypes.Register(WriteResponse.EncodingId, static (ref UaReader r) => WriteResponse.Decode(ref r));
        EncodeableTypes.Register(CallRequest.EncodingId, static (ref UaReader r) => CallRequest.Decode(ref r));
        EncodeableTypes.Register(CallResponse.EncodingId, static (ref UaReader r) => CallResponse.Decode(ref r));
        EncodeableTypes.Register(DataChangeFilter.EncodingId, static (ref UaReader r) => DataChangeFilter.Decode(ref r));
        EncodeableTypes.Register(CreateMonitoredItemsRequest.EncodingId, static (ref UaReader r) => CreateMonitoredItemsRequest.Decode(ref r));
        EncodeableTypes.Register(CreateMonitoredItemsResponse.EncodingId, static (ref UaReader r) => CreateMonitoredItemsResponse.Decode(ref r));
        EncodeableTypes.Register(DeleteMonitoredItemsRequest.EncodingId, static (ref UaReader r) => DeleteMonitoredItemsRequest.Decode(ref r));
        EncodeableTypes.Register(DeleteMonitoredItemsResponse.EncodingId, static (ref UaReader r) => DeleteMonitoredItemsResponse.Decode(ref r));
        EncodeableTypes.Register(CreateSubscriptionRequest.EncodingId, static (ref UaReader r) => CreateSubscriptionRequest.Decode(ref r));
        EncodeableTypes.Register(CreateSubscriptionResponse.EncodingId, static (ref UaReader r) => CreateSubscriptionResponse.Decode(ref r));
        EncodeableTypes.Register(ModifySubscriptionRequest.EncodingId, static (ref UaReader r) => ModifySubscriptionRequest.Decode(ref r));
        EncodeableTypes.Register(ModifySubscriptionResponse.EncodingId, static (ref UaReader r) => ModifySubscriptionResponse.Decode(ref r));
        EncodeableTypes.Register(SetPublishingModeRequest.EncodingId, static (ref UaReader r) => SetPublishingModeRequest.Decode(ref r));
        EncodeableTypes.Register(SetPublishingModeResponse.EncodingId, static (ref UaReader r) => SetPublishingModeResponse.Decode(ref r));
        EncodeableTypes.Register(DataChangeNotification.EncodingId, static (ref UaReader r) => DataChangeNotification.Decode(ref r));
        EncodeableTypes.Register(StatusChangeNotification.EncodingId, static (ref UaReader r) => StatusChangeNotification.Decode(ref r));
        EncodeableTypes.Register(PublishRequest.EncodingId, static (ref UaReader r) => PublishRequest.Decode(ref r));
        EncodeableTypes.Register(PublishResponse.EncodingId, static (ref UaReader r) => PublishResponse.Decode(ref r));
        EncodeableTypes.Register(RepublishRequest.EncodingId, static (ref UaReader r) => RepublishRequest.Decode(ref r));
        EncodeableTypes.Register(RepublishResponse.EncodingId, static (ref UaReader r) => RepublishResponse.Decode(ref r));
        EncodeableTypes.Register(TransferSubscriptionsRequest.EncodingId, static (ref UaReader r) => TransferSubscriptionsRequest.Decode(ref r));
        EncodeableTypes.Register(TransferSubscriptionsResponse.EncodingId, static (ref UaReader r) => TransferSubscriptionsResponse.Decode(ref r));
        EncodeableTypes.Register(DeleteSubscriptionsRequest.EncodingId, static (ref UaReader r) => DeleteSubscriptionsRequest.Decode(ref r));
        EncodeableTypes.Register(DeleteSubscriptionsResponse.EncodingId, static (ref UaReader r) => DeleteSubscriptionsResponse.Decode(ref r));
        EncodeableTypes.Register(Argument.EncodingId, static (ref UaReader r) => Argument.Decode(ref r));
        EncodeableTypes.Register(BuildInfo.EncodingId, static (ref UaReader r) => BuildInfo.Decode(ref r));
        EncodeableTypes.Register(ServerStatusDataType.EncodingId, static (ref UaReader r) => ServerStatusDataType.Decode(ref r));
    }
}
