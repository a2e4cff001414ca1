using System.Security.Cryptography;
using System.Text.Json;

namespace Mes.Grains.Production.Journal;

/// <summary>What a request asked, reduced to a hash: a retry must ask exactly the same.</summary>
public static class RequestFingerprint
{
    /// <summary>The fingerprint of a request message (its JSON, hashed).</summary>
    public static string Of(object request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var json = JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), ProductionJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16));
    }
}
