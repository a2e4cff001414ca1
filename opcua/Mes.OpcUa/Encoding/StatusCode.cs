namespace Mes.OpcUa.Encoding;

/// <summary>
/// An OPC UA status code (Part 4 §7.39, Part 6 §5.2.2.11): the top two bits give the severity
/// (00 good, 01 uncertain, 10 bad), bits 16-27 the sub-code. The well-known codes are named constants.
/// </summary>
public readonly partial record struct StatusCode(uint Code)
{
    /// <summary>Good (0x00000000).</summary>
    public static readonly StatusCode Good = new(0x00000000u);
    /// <summary>Uncertain (0x40000000).</summary>
    public static readonly StatusCode Uncertain = new(0x40000000u);
    /// <summary>Bad (0x80000000).</summary>
    public static readonly StatusCode Bad = new(0x80000000u);
    /// <summary>BadUnexpectedError (0x80010000).</summary>
    public static readonly StatusCode BadUnexpectedError = new(0x80010000u);
    /// <summary>BadInternalError (0x80020000).</summary>
    public static readonly StatusCode BadInternalError = new(0x80020000u);
    /// <summary>BadOutOfMemory (0x80030000).</summary>
    public static readonly StatusCode BadOutOfMemory = new(0x80030000u);
    /// <summary>BadResourceUnavailable (0x80040000).</summary>
    public static readonly StatusCode BadResourceUnavailable = new(0x80040000u);
    /// <summary>BadCommunicationError (0x80050000).</summary>
    public static readonly StatusCode BadCommunicationError = new(0x80050000u);
    /// <summary>BadEncodingError (0x80060000).</summary>
    public static readonly StatusCode BadEncodingError = new(0x80060000u);
    /// <summary>BadDecodingError (0x80070000).</summary>
    public static readonly StatusCode BadDecodingError = new(0x80070000u);
    /// <summary>BadEncodingLimitsExceeded (0x80080000).</summary>
    public static readonly StatusCode BadEncodingLimitsExceeded = new(0x80080000u);
    /// <summary>BadRequestTooLarge (0x80B80000).</summary>
    public static readonly StatusCode BadRequestTooLarge = new(0x80b80000u);
    /// <summary>BadResponseTooLarge (0x80B90000).</summary>
    public static readonly StatusCode BadResponseTooLarge = new(0x80b90000u);
    /// <summary>BadUnknownResponse (0x80090000).</summary>
    public static readonly StatusCode BadUnknownResponse = new(0x80090000u);
    /// <summary>BadTimeout (0x800A0000).</summary>
    public static readonly StatusCode BadTimeout = new(0x800a0000u);
    /// <summary>BadServiceUnsupported (0x800B0000).</summary>
    public static readonly StatusCode BadServiceUnsupported = new(0x800b0000u);
    /// <summary>BadShutdown (0x800C0000).</summary>
    public static readonly StatusCode BadShutdown = new(0x800c0000u);
    /// <summary>BadServerNotConnected (0x800D0000).</summary>
    public static readonly StatusCode BadServerNotConnected = new(0x800d0000u);
    /// <summary>BadNothingToDo (0x800F0000).</summary>
    public static readonly StatusCode BadNothingToDo = new(0x800f0000u);
    /// <summary>BadTooManyOperations (0x80100000).</summary>
    public static readonly StatusCode BadTooManyOperations = new(0x80100000u);
    /// <summary>BadDataTypeIdUnknown (0x80110000).</summary>
    public static readonly StatusCode BadDataTypeIdUnknown = new(0x80110000u);
    /// <summary>BadCertificateInvalid (0x80120000).</summary>
    public static readonly StatusCode BadCertificateInvalid = new(0x80120000u);
    /// <summary>BadSecurityChecksFailed (0x80130000).</summary>
    public static readonly StatusCode BadSecurityChecksFailed = new(0x80130000u);
    /// <summary>BadCertificatePolicyCheckFailed (0x81140000).</summary>
    public static readonly StatusCode BadCertificatePolicyCheckFailed = new(0x81140000u);
    /// <summary>BadCertificateTimeInvalid (0x80140000).</summary>
    public static readonly StatusCode BadCertificateTimeInvalid = new(0x80140000u);
    /// <summary>BadCertificateHostNameInvalid (0x80160000).</summary>
    public static readonly StatusCode BadCertificateHostNameInvalid = new(0x80160000u);
    /// <summary>BadCertificateUseNotAllowed (0x80180000).</summary>
    public static readonly StatusCode BadCertificateUseNotAllowed = new(0x80180000u);
    /// <summary>BadCertificateUntrusted (0x801A0000).</summary>
    public static readonly StatusCode BadCertificateUntrusted = new(0x801a0000u);
    /// <summary>BadCertificateRevoked (0x801D0000).</summary>
    public static readonly StatusCode BadCertificateRevoked = new(0x801d0000u);
    /// <summary>BadCertificateChainIncomplete (0x810D0000).</summary>
    public static readonly StatusCode BadCertificateChainIncomplete = new(0x810d0000u);
    /// <summary>BadRequestTypeInvalid (0x80530000).</summary>
    public static readonly StatusCode BadRequestTypeInvalid = new(0x80530000u);
    /// <summary>BadUserAccessDenied (0x801F0000).</summary>
    public static readonly StatusCode BadUserAccessDenied = new(0x801f0000u);
    /// <summary>BadIdentityTokenInvalid (0x80200000).</summary>
    public static readonly StatusCode BadIdentityTokenInvalid = new(0x80200000u);
    /// <summary>BadIdentityTokenRejected (0x80210000).</summary>
    public static readonly StatusCode BadIdentityTokenRejected = new(0x80210000u);
    /// <summary>BadSecureChannelIdInvalid (0x80220000).</summary>
    public static readonly StatusCode BadSecureChannelIdInvalid = new(0x80220000u);
    /// <summary>BadNonceInvalid (0x80240000).</summary>
    public static readonly StatusCode BadNonceInvalid = new(0x80240000u);
    /// <summary>BadSessionIdInvalid (0x80250000).</summary>
    public static readonly StatusCode BadSessionIdInvalid = new(0x80250000u);
    /// <summary>BadSessionClosed (0x80260000).</summary>
    public static readonly StatusCode BadSessionClosed = new(0x80260000u);
    /// <summary>BadSessionNotActivated (0x80270000).</summary>
    public static readonly StatusCode BadSessionNotActivated = new(0x80270000u);
    /// <summary>BadSubscriptionIdInvalid (0x80280000).</summary>
    public static readonly StatusCode BadSubscriptionIdInvalid = new(0x80280000u);
    /// <summary>BadRequestHeaderInvalid (0x802A0000).</summary>
    public static readonly StatusCode BadRequestHeaderInvalid = new(0x802a0000u);
    /// <summary>BadTimestampsToReturnInvalid (0x802B0000).</summary>
    public static readonly StatusCode BadTimestampsToReturnInvalid = new(0x802b0000u);
    /// <summary>BadRequestCancelledByClient (0x802C0000).</summary>
    public static readonly StatusCode BadRequestCancelledByClient = new(0x802c0000u);
    /// <summary>BadNodeIdInvalid (0x80330000).</summary>
    public static readonly StatusCode BadNodeIdInvalid = new(0x80330000u);
    /// <summary>BadNodeIdUnknown (0x80340000).</summary>
    public static readonly StatusCode BadNodeIdUnknown = new(0x80340000u);
    /// <summary>BadAttributeIdInvalid (0x80350000).</summary>
    public static readonly StatusCode BadAttributeIdInvalid = new(0x80350000u);
    /// <summary>BadIndexRangeInvalid (0x80360000).</summary>
    public static readonly StatusCode BadIndexRangeInvalid = new(0x80360000u);
    /// <summary>BadIndexRangeNoData (0x80370000).</summary>
    public static readonly StatusCode BadIndexRangeNoData = new(0x80370000u);
    /// <summary>BadDataEncodingInvalid (0x80380000).</summary>
    public static readonly StatusCode BadDataEncodingInvalid = new(0x80380000u);
    /// <summary>BadDataEncodingUnsupported (0x80390000).</summary>
    public static readonly StatusCode BadDataEncodingUnsupported = new(0x80390000u);
    /// <summary>BadNotReadable (0x803A0000).</summary>
    public static readonly StatusCode BadNotReadable = new(0x803a0000u);
    /// <summary>BadNotWritable (0x803B0000).</summary>
    public static readonly StatusCode BadNotWritable = new(0x803b0000u);
    /// <summary>BadOutOfRange (0x803C0000).</summary>
    public static readonly StatusCode BadOutOfRange = new(0x803c0000u);
    /// <summary>BadNotSupported (0x803D0000).</summary>
    public static readonly StatusCode BadNotSupported = new(0x803d0000u);
    /// <summary>BadNotFound (0x803E0000).</summary>
    public static readonly StatusCode BadNotFound = new(0x803e0000u);
    /// <summary>BadNotImplemented (0x80400000).</summary>
    public static readonly StatusCode BadNotImplemented = new(0x80400000u);
    /// <summary>BadMonitoringModeInvalid (0x80410000).</summary>
    public static readonly StatusCode BadMonitoringModeInvalid = new(0x80410000u);
    /// <summary>BadMonitoredItemIdInvalid (0x80420000).</summary>
    public static readonly StatusCode BadMonitoredItemIdInvalid = new(0x80420000u);
    /// <summary>BadMonitoredItemFilterInvalid (0x80430000).</summary>
    public static readonly StatusCode BadMonitoredItemFilterInvalid = new(0x80430000u);
    /// <summary>BadMonitoredItemFilterUnsupported (0x80440000).</summary>
    public static readonly StatusCode BadMonitoredItemFilterUnsupported = new(0x80440000u);
    /// <summary>BadFilterNotAllowed (0x80450000).</summary>
    public static readonly StatusCode BadFilterNotAllowed = new(0x80450000u);
    /// <summary>BadContinuationPointInvalid (0x804A0000).</summary>
    public static readonly StatusCode BadContinuationPointInvalid = new(0x804a0000u);
    /// <summary>BadNoContinuationPoints (0x804B0000).</summary>
    public static readonly StatusCode BadNoContinuationPoints = new(0x804b0000u);
    /// <summary>BadReferenceTypeIdInvalid (0x804C0000).</summary>
    public static readonly StatusCode BadReferenceTypeIdInvalid = new(0x804c0000u);
    /// <summary>BadBrowseDirectionInvalid (0x804D0000).</summary>
    public static readonly StatusCode BadBrowseDirectionInvalid = new(0x804d0000u);
    /// <summary>BadNodeNotInView (0x804E0000).</summary>
    public static readonly StatusCode BadNodeNotInView = new(0x804e0000u);
    /// <summary>BadSecurityModeRejected (0x80540000).</summary>
    public static readonly StatusCode BadSecurityModeRejected = new(0x80540000u);
    /// <summary>BadSecurityPolicyRejected (0x80550000).</summary>
    public static readonly StatusCode BadSecurityPolicyRejected = new(0x80550000u);
    /// <summary>BadTooManySessions (0x80560000).</summary>
    public static readonly StatusCode BadTooManySessions = new(0x80560000u);
    /// <summary>BadNodeClassInvalid (0x805F0000).</summary>
    public static readonly StatusCode BadNodeClassInvalid = new(0x805f0000u);
    /// <summary>BadTypeMismatch (0x80740000).</summary>
    public static readonly StatusCode BadTypeMismatch = new(0x80740000u);
    /// <summary>BadMethodInvalid (0x80750000).</summary>
    public static readonly StatusCode BadMethodInvalid = new(0x80750000u);
    /// <summary>BadArgumentsMissing (0x80760000).</summary>
    public static readonly StatusCode BadArgumentsMissing = new(0x80760000u);
    /// <summary>BadTooManyArguments (0x80E50000).</summary>
    public static readonly StatusCode BadTooManyArguments = new(0x80e50000u);
    /// <summary>BadInvalidArgument (0x80AB0000).</summary>
    public static readonly StatusCode BadInvalidArgument = new(0x80ab0000u);
    /// <summary>BadTooManySubscriptions (0x80770000).</summary>
    public static readonly StatusCode BadTooManySubscriptions = new(0x80770000u);
    /// <summary>BadTooManyPublishRequests (0x80780000).</summary>
    public static readonly StatusCode BadTooManyPublishRequests = new(0x80780000u);
    /// <summary>BadNoSubscription (0x80790000).</summary>
    public static readonly StatusCode BadNoSubscription = new(0x80790000u);
    /// <summary>BadSequenceNumberUnknown (0x807A0000).</summary>
    public static readonly StatusCode BadSequenceNumberUnknown = new(0x807a0000u);
    /// <summary>BadMessageNotAvailable (0x807B0000).</summary>
    public static readonly StatusCode BadMessageNotAvailable = new(0x807b0000u);
    /// <summary>BadTcpServerTooBusy (0x807D0000).</summary>
    public static readonly StatusCode BadTcpServerTooBusy = new(0x807d0000u);
    /// <summary>BadTcpMessageTypeInvalid (0x807E0000).</summary>
    public static readonly StatusCode BadTcpMessageTypeInvalid = new(0x807e0000u);
    /// <summary>BadTcpSecureChannelUnknown (0x807F0000).</summary>
    public static readonly StatusCode BadTcpSecureChannelUnknown = new(0x807f0000u);
    /// <summary>BadTcpMessageTooLarge (0x80800000).</summary>
    public static readonly StatusCode BadTcpMessageTooLarge = new(0x80800000u);
    /// <summary>BadTcpNotEnoughResources (0x80810000).</summary>
    public static readonly StatusCode BadTcpNotEnoughResources = new(0x80810000u);
    /// <summary>BadTcpInternalError (0x80820000).</summary>
    public static readonly StatusCode BadTcpInternalError = new(0x80820000u);
    /// <summary>BadTcpEndpointUrlInvalid (0x80830000).</summary>
    public static readonly StatusCode BadTcpEndpointUrlInvalid = new(0x80830000u);
    /// <summary>BadRequestInterrupted (0x80840000).</summary>
    public static readonly StatusCode BadRequestInterrupted = new(0x80840000u);
    /// <summary>BadRequestTimeout (0x80850000).</summary>
    public static readonly StatusCode BadRequestTimeout = new(0x80850000u);
    /// <summary>BadSecureChannelClosed (0x80860000).</summary>
    public static readonly StatusCode BadSecureChannelClosed = new(0x80860000u);
    /// <summary>BadSecureChannelTokenUnknown (0x80870000).</summary>
    public static readonly StatusCode BadSecureChannelTokenUnknown = new(0x80870000u);
    /// <summary>BadSequenceNumberInvalid (0x80880000).</summary>
    public static readonly StatusCode BadSequenceNumberInvalid = new(0x80880000u);
    /// <summary>BadProtocolVersionUnsupported (0x80BE0000).</summary>
    public static readonly StatusCode BadProtocolVersionUnsupported = new(0x80be0000u);
    /// <summary>BadConnectionRejected (0x80AC0000).</summary>
    public static readonly StatusCode BadConnectionRejected = new(0x80ac0000u);
    /// <summary>BadDisconnect (0x80AD0000).</summary>
    public static readonly StatusCode BadDisconnect = new(0x80ad0000u);
    /// <summary>BadConnectionClosed (0x80AE0000).</summary>
    public static readonly StatusCode BadConnectionClosed = new(0x80ae0000u);
    /// <summary>BadInvalidState (0x80AF0000).</summary>
    public static readonly StatusCode BadInvalidState = new(0x80af0000u);
    /// <summary>BadEndOfStream (0x80B00000).</summary>
    public static readonly StatusCode BadEndOfStream = new(0x80b00000u);
    /// <summary>BadTooManyMonitoredItems (0x80DB0000).</summary>
    public static readonly StatusCode BadTooManyMonitoredItems = new(0x80db0000u);
    /// <summary>BadDeadbandFilterInvalid (0x808E0000).</summary>
    public static readonly StatusCode BadDeadbandFilterInvalid = new(0x808e0000u);
    /// <summary>BadWriteNotSupported (0x80730000).</summary>
    public static readonly StatusCode BadWriteNotSupported = new(0x80730000u);
    /// <summary>BadUserSignatureInvalid (0x80570000).</summary>
    public static readonly StatusCode BadUserSignatureInvalid = new(0x80570000u);
    /// <summary>BadApplicationSignatureInvalid (0x80580000).</summary>
    public static readonly StatusCode BadApplicationSignatureInvalid = new(0x80580000u);
    /// <summary>BadMaxAgeInvalid (0x80700000).</summary>
    public static readonly StatusCode BadMaxAgeInvalid = new(0x80700000u);
    /// <summary>BadViewIdUnknown (0x806B0000).</summary>
    public static readonly StatusCode BadViewIdUnknown = new(0x806b0000u);
    /// <summary>BadNotConnected (0x808A0000).</summary>
    public static readonly StatusCode BadNotConnected = new(0x808a0000u);
    /// <summary>BadNoData (0x809B0000).</summary>
    public static readonly StatusCode BadNoData = new(0x809b0000u);
    /// <summary>BadWaitingForInitialData (0x80320000).</summary>
    public static readonly StatusCode BadWaitingForInitialData = new(0x80320000u);
    /// <summary>BadStructureMissing (0x80460000).</summary>
    public static readonly StatusCode BadStructureMissing = new(0x80460000u);
    /// <summary>BadCertificateUriInvalid (0x80170000).</summary>
    public static readonly StatusCode BadCertificateUriInvalid = new(0x80170000u);
    /// <summary>BadServerHalted (0x800E0000).</summary>
    public static readonly StatusCode BadServerHalted = new(0x800e0000u);
    /// <summary>BadNoCommunication (0x80310000).</summary>
    public static readonly StatusCode BadNoCommunication = new(0x80310000u);
    /// <summary>BadNoMatch (0x806F0000).</summary>
    public static readonly StatusCode BadNoMatch = new(0x806f0000u);
    /// <summary>GoodSubscriptionTransferred (0x002D0000).</summary>
    public static readonly StatusCode GoodSubscriptionTransferred = new(0x002d0000u);
    /// <summary>GoodOverload (0x002F0000).</summary>
    public static readonly StatusCode GoodOverload = new(0x002f0000u);
    /// <summary>GoodClamped (0x00300000).</summary>
    public static readonly StatusCode GoodClamped = new(0x00300000u);
    /// <summary>GoodCompletesAsynchronously (0x002E0000).</summary>
    public static readonly StatusCode GoodCompletesAsynchronously = new(0x002e0000u);
    /// <summary>UncertainInitialValue (0x40920000).</summary>
    public static readonly StatusCode UncertainInitialValue = new(0x40920000u);
    /// <summary>BadObjectDeleted (0x803F0000).</summary>
    public static readonly StatusCode BadObjectDeleted = new(0x803f0000u);
    /// <summary>BadOutOfService (0x808D0000).</summary>
    public static readonly StatusCode BadOutOfService = new(0x808d0000u);

    /// <summary>BadNotExecutable (0x81110000).</summary>
    public static readonly StatusCode BadNotExecutable = new(0x81110000u);

    private static readonly Dictionary<uint, string> Names = new()
    {
        [0x81110000u] = nameof(BadNotExecutable),
        [0x00000000u] = nameof(Good),
        [0x40000000u] = nameof(Uncertain),
        [0x80000000u] = nameof(Bad),
        [0x80010000u] = nameof(BadUnexpectedError),
        [0x80020000u] = nameof(BadInternalError),
        [0x80030000u] = nameof(BadOutOfMemory),
        [0x80040000u] = nameof(BadResourceUnavailable),
        [0x80050000u] = nameof(BadCommunicationError),
        [0x80060000u] = nameof(BadEncodingError),
        [0x80070000u] = nameof(BadDecodingError),
        [0x80080000u] = nameof(BadEncodingLimitsExceeded),
        [0x80b80000u] = nameof(BadRequestTooLarge),
        [0x80b90000u] = nameof(BadResponseTooLarge),
        [0x80090000u] = nameof(BadUnknownResponse),
        [0x800a0000u] = nameof(BadTimeout),
        [0x800b0000u] = nameof(BadServiceUnsupported),
        [0x800c0000u] = nameof(BadShutdown),
        [0x800d0000u] = nameof(BadServerNotConnected),
        [0x800f0000u] = nameof(BadNothingToDo),
        [0x80100000u] = nameof(BadTooManyOperations),
        [0x80110000u] = nameof(BadDataTypeIdUnknown),
        [0x80120000u] = nameof(BadCertificateInvalid),
        [0x80130000u] = nameof(BadSecurityChecksFailed),
        [0x81140000u] = nameof(BadCertificatePolicyCheckFailed),
        [0x80140000u] = nameof(BadCertificateTimeInvalid),
        [0x80160000u] = nameof(BadCertificateHostNameInvalid),
        [0x80180000u] = nameof(BadCertificateUseNotAllowed),
        [0x801a0000u] = nameof(BadCertificateUntrusted),
        [0x801d0000u] = nameof(BadCertificateRevoked),
        [0x810d0000u] = nameof(BadCertificateChainIncomplete),
        [0x80530000u] = nameof(BadRequestTypeInvalid),
        [0x801f0000u] = nameof(BadUserAccessDenied),
        [0x80200000u] = nameof(BadIdentityTokenInvalid),
        [0x80210000u] = nameof(BadIdentityTokenRejected),
        [0x80220000u] = nameof(BadSecureChannelIdInvalid),
        [0x80240000u] = nameof(BadNonceInvalid),
        [0x80250000u] = nameof(BadSessionIdInvalid),
        [0x80260000u] = nameof(BadSessionClosed),
        [0x80270000u] = nameof(BadSessionNotActivated),
        [0x80280000u] = nameof(BadSubscriptionIdInvalid),
        [0x802a0000u] = nameof(BadRequestHeaderInvalid),
        [0x802b0000u] = nameof(BadTimestampsToReturnInvalid),
        [0x802c0000u] = nameof(BadRequestCancelledByClient),
        [0x80330000u] = nameof(BadNodeIdInvalid),
        [0x80340000u] = nameof(BadNodeIdUnknown),
        [0x80350000u] = nameof(BadAttributeIdInvalid),
        [0x80360000u] = nameof(BadIndexRangeInvalid),
        [0x80370000u] = nameof(BadIndexRangeNoData),
        [0x80380000u] = nameof(BadDataEncodingInvalid),
        [0x80390000u] = nameof(BadDataEncodingUnsupported),
        [0x803a0000u] = nameof(BadNotReadable),
        [0x803b0000u] = nameof(BadNotWritable),
        [0x803c0000u] = nameof(BadOutOfRange),
        [0x803d0000u] = nameof(BadNotSupported),
        [0x803e0000u] = nameof(BadNotFound),
        [0x80400000u] = nameof(BadNotImplemented),
        [0x80410000u] = nameof(BadMonitoringModeInvalid),
        [0x80420000u] = nameof(BadMonitoredItemIdInvalid),
        [0x80430000u] = nameof(BadMonitoredItemFilterInvalid),
        [0x80440000u] = nameof(BadMonitoredItemFilterUnsupported),
        [0x80450000u] = nameof(BadFilterNotAllowed),
        [0x804a0000u] = nameof(BadContinuationPointInvalid),
        [0x804b0000u] = nameof(BadNoContinuationPoints),
        [0x804c0000u] = nameof(BadReferenceTypeIdInvalid),
        [0x804d0000u] = nameof(BadBrowseDirectionInvalid),
        [0x804e0000u] = nameof(BadNodeNotInView),
        [0x80540000u] = nameof(BadSecurityModeRejected),
        [0x80550000u] = nameof(BadSecurityPolicyRejected),
        [0x80560000u] = nameof(BadTooManySessions),
        [0x805f0000u] = nameof(BadNodeClassInvalid),
        [0x80740000u] = nameof(BadTypeMismatch),
        [0x80750000u] = nameof(BadMethodInvalid),
        [0x80760000u] = nameof(BadArgumentsMissing),
        [0x80e50000u] = nameof(BadTooManyArguments),
        [0x80ab0000u] = nameof(BadInvalidArgument),
        [0x80770000u] = nameof(BadTooManySubscriptions),
        [0x80780000u] = nameof(BadTooManyPublishRequests),
        [0x80790000u] = nameof(BadNoSubscription),
        [0x807a0000u] = nameof(BadSequenceNumberUnknown),
        [0x807b0000u] = nameof(BadMessageNotAvailable),
        [0x807d0000u] = nameof(BadTcpServerTooBusy),
        [0x807e0000u] = nameof(BadTcpMessageTypeInvalid),
        [0x807f0000u] = nameof(BadTcpSecureChannelUnknown),
        [0x80800000u] = nameof(BadTcpMessageTooLarge),
        [0x80810000u] = nameof(BadTcpNotEnoughResources),
        [0x80820000u] = nameof(BadTcpInternalError),
        [0x80830000u] = nameof(BadTcpEndpointUrlInvalid),
        [0x80840000u] = nameof(BadRequestInterrupted),
        [0x80850000u] = nameof(BadRequestTimeout),
        [0x80860000u] = nameof(BadSecureChannelClosed),
        [0x80870000u] = nameof(BadSecureChannelTokenUnknown),
        [0x80880000u] = nameof(BadSequenceNumberInvalid),
        [0x80be0000u] = nameof(BadProtocolVersionUnsupported),
        [0x80ac0000u] = nameof(BadConnectionRejected),
        [0x80ad0000u] = nameof(BadDisconnect),
        [0x80ae0000u] = nameof(BadConnectionClosed),
        [0x80af0000u] = nameof(BadInvalidState),
        [0x80b00000u] = nameof(BadEndOfStream),
        [0x80db0000u] = nameof(BadTooManyMonitoredItems),
        [0x808e0000u] = nameof(BadDeadbandFilterInvalid),
        [0x80730000u] = nameof(BadWriteNotSupported),
        [0x80570000u] = nameof(BadUserSignatureInvalid),
        [0x80580000u] = nameof(BadApplicationSignatureInvalid),
        [0x80700000u] = nameof(BadMaxAgeInvalid),
        [0x806b0000u] = nameof(BadViewIdUnknown),
        [0x808a0000u] = nameof(BadNotConnected),
        [0x809b0000u] = nameof(BadNoData),
        [0x80320000u] = nameof(BadWaitingForInitialData),
        [0x80460000u] = nameof(BadStructureMissing),
        [0x80170000u] = nameof(BadCertificateUriInvalid),
        [0x800e0000u] = nameof(BadServerHalted),
        [0x80310000u] = nameof(BadNoCommunication),
        [0x806f0000u] = nameof(BadNoMatch),
        [0x002d0000u] = nameof(GoodSubscriptionTransferred),
        [0x002f0000u] = nameof(GoodOverload),
        [0x00300000u] = nameof(GoodClamped),
        [0x002e0000u] = nameof(GoodCompletesAsynchronously),
        [0x40920000u] = nameof(UncertainInitialValue),
        [0x803f0000u] = nameof(BadObjectDeleted),
        [0x808d0000u] = nameof(BadOutOfService),
    };

    /// <summary>True when the severity is Good.</summary>
    public bool IsGood => (Code & 0xC0000000u) == 0;

    /// <summary>True when the severity is Uncertain.</summary>
    public bool IsUncertain => (Code & 0xC0000000u) == 0x40000000u;

    /// <summary>True when the severity is Bad.</summary>
    public bool IsBad => (Code & 0x80000000u) != 0;

    /// <summary>The code without the info bits (the low 16 bits), as used to compare a result with a named code.</summary>
    public StatusCode WithoutInfoBits => new(Code & 0xFFFF0000u);

    /// <summary>The symbolic name of the code (e.g. <c>BadNodeIdUnknown</c>), or its hexadecimal value when it has none.</summary>
    public string Name => Names.TryGetValue(Code & 0xFFFF0000u, out var name) ? name : $"0x{Code:X8}";

    /// <inheritdoc />
    public override string ToString() => Name;
}
