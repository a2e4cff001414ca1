using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Mes.Domain.Bonded.Quantities;

namespace Mes.Domain.Bonded.Journal;

/// <summary>
/// Writes the canonical byte form that hashes and digests are computed over. Each field is its name and its
/// value as UTF-8 text, each preceded by its byte length as a 32-bit big-endian integer; an absent value has
/// length −1. Decimals are written by <see cref="DecimalText.Canonical"/>, times in UTC as
/// <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>, enums by member name. The result depends on no culture, no time zone
/// and no serializer setting; docs/bonded/journal-hash.md describes it for independent verifiers.
/// </summary>
internal sealed class CanonicalWriter
{
    private readonly ArrayBufferWriter<byte> buffer = new(512);

    public CanonicalWriter(string format) => Text("format", format);

    public void Text(string name, string? value)
    {
        Write(name);
        Write(value);
    }

    public void Number(string name, decimal? value) => Text(name, value is { } v ? DecimalText.Canonical(v) : null);

    public void Integer(string name, long? value) => Text(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Time(string name, DateTimeOffset value) =>
        Text(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));

    public void Enum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => Text(name, value?.ToString());

    public byte[] ToArray() => buffer.WrittenSpan.ToArray();

    private void Write(string? text)
    {
        if (text is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), -1);
            buffer.Advance(4);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(text);
        BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), length);
        buffer.Advance(4);
        Encoding.UTF8.GetBytes(text, buffer.GetSpan(length));
        buffer.Advance(length);
    }
}
