using Mes.OpcUa.Encoding;

namespace Mes.OpcUa.Tests.Encoding;

/// <summary>Encodes with a fresh writer and decodes with a fresh reader, the way a test wants it.</summary>
internal static class Wire
{
    public static byte[] Encode(Action<UaWriter> write)
    {
        using var writer = new UaWriter();
        write(writer);
        return writer.WrittenSpan.ToArray();
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    public static T Decode<T>(byte[] bytes, ElementDecoder<T> read, EncodingLimits? limits = null)
    {
        var reader = new UaReader(bytes, limits);
        var value = read(ref reader);
        Assert.Equal(0, reader.Remaining);
        return value;
    }

    public static ServiceResultException DecodeFails<T>(byte[] bytes, ElementDecoder<T> read, EncodingLimits? limits = null) =>
        Assert.Throws<ServiceResultException>(() =>
        {
            var reader = new UaReader(bytes, limits);
            read(ref reader);
        });
}
