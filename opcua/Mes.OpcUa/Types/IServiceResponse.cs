using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Types;

/// <summary>A service response: a structure that starts with a response header.</summary>
internal interface IServiceResponse : IEncodeable
{
    ResponseHeader ResponseHeader { get; set; }
}
