using Mes.OpcUa.Encoding;
using Mes.OpcUa.Server.Nodes;
using Mes.OpcUa.Server.Sessions;
using Mes.OpcUa.Types;

namespace Mes.OpcUa.Services;

/// <summary>Browse and BrowseNext (Part 4 §5.8) with per-session continuation points.</summary>
internal sealed class ViewServices(ServerContext state)
{
    public BrowseResponse Browse(Session session, BrowseRequest request)
    {
        ServerContext.CheckCount(request.NodesToBrowse, state.Options.OperationLimits.MaxNodesPerBrowse, "Browse");
        if (!request.View.ViewId.IsNull) throw new ServiceResultException(StatusCode.BadViewIdUnknown, $"view {request.View.ViewId} does not exist");
        var max = request.RequestedMaxReferencesPerNode == 0 ? (uint)state.Options.MaxReferencesPerNode : request.RequestedMaxReferencesPerNode;
        var results = request.NodesToBrowse!.Select(d => BrowseOne(session, d, max)).ToArray();
        return new BrowseResponse { ResponseHeader = state.Header(request.RequestHeader), Results = results };
    }

    private BrowseResult BrowseOne(Session session, BrowseDescription description, uint max)
    {
        var node = state.AddressSpace.Find(description.NodeId);
        if (node is null) return new BrowseResult { StatusCode = StatusCode.BadNodeIdUnknown };
        if (description.BrowseDirection is < BrowseDirection.Forward or > BrowseDirection.Both)
            return new BrowseResult { StatusCode = StatusCode.BadBrowseDirectionInvalid };
        if (!description.ReferenceTypeId.IsNull && !ReferenceTypeHierarchy.IsKnown(description.ReferenceTypeId))
            return new BrowseResult { StatusCode = StatusCode.BadReferenceTypeIdInvalid };
        var matches = node.ReferencesSnapshot()
            .Where(r => description.BrowseDirection == BrowseDirection.Both || r.IsForward == (description.BrowseDirection == BrowseDirection.Forward))
            .Where(r => ReferenceTypeHierarchy.Matches(r.ReferenceTypeId, description.ReferenceTypeId, description.IncludeSubtypes))
            .Select(Describe)
            .Where(r => description.NodeClassMask == 0 || r.NodeClass == NodeClass.Unspecified || ((uint)r.NodeClass & description.NodeClassMask) != 0)
            .ToArray();
        return Page(session, matches, max);
    }

    private static BrowseResult Page(Session session, ReferenceDescription[] references, uint max)
    {
        if (references.Length <= max) return new BrowseResult { StatusCode = StatusCode.Good, References = references };
        var first = references[..(int)max];
        try
        {
            var point = session.AddContinuation(new BrowseContinuation(references[(int)max..], max));
            return new BrowseResult { StatusCode = StatusCode.Good, References = first, ContinuationPoint = point };
        }
        catch (ServiceResultException e)
        {
            return new BrowseResult { StatusCode = e.StatusCode };
        }
    }

    private ReferenceDescription Describe(NodeReference reference)
    {
        var target = state.AddressSpace.Find(reference.Target);
        return new ReferenceDescription
        {
            ReferenceTypeId = reference.ReferenceTypeId,
            IsForward = reference.IsForward,
            NodeId = reference.Target,
            BrowseName = target?.BrowseName ?? default,
            DisplayName = target?.DisplayName ?? default,
            NodeClass = target?.NodeClass ?? (reference.ReferenceTypeId == WellKnownNodes.HasTypeDefinition ? NodeClass.ObjectType : NodeClass.Unspecified),
            TypeDefinition = target?.TypeDefinition ?? default,
        };
    }

    public BrowseNextResponse BrowseNext(Session session, BrowseNextRequest request)
    {
        ServerContext.CheckCount(request.ContinuationPoints, state.Options.OperationLimits.MaxNodesPerBrowse, "BrowseNext");
        var results = request.ContinuationPoints!.Select(point =>
        {
            var continuation = session.TakeContinuation(point);
            if (continuation is null) return new BrowseResult { StatusCode = StatusCode.BadContinuationPointInvalid };
            return request.ReleaseContinuationPoints
                ? new BrowseResult { StatusCode = StatusCode.Good, References = [] }
                : Page(session, continuation.Remaining, continuation.MaxPerCall);
        }).ToArray();
        return new BrowseNextResponse { ResponseHeader = state.Header(request.RequestHeader), Results = results };
    }
}
