using Mes.OpcUa.Types;

namespace Mes.OpcUa.Server.Sessions;

/// <summary>The references of a browse still to be returned, held by a session under a continuation point.</summary>
internal sealed record BrowseContinuation(ReferenceDescription[] Remaining, uint MaxPerCall);
