using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>A service request: a structure that starts with a request header.</summary>
internal interface IServiceRequest : IEncodeable
{
    RequestHeader RequestHeader { get; set; }
}
