namespace Mes.OpcUa.Types;

internal enum SecurityTokenRequestType
{
    Issue = 0,
    Renew = 1,
}
