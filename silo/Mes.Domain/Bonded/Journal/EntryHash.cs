using System.Security.Cryptography;

namespace Mes.Domain.Bonded.Journal;

/// <summary>A SHA-256 digest written as 64 lowercase hexadecimal characters.</summary>
public readonly record struct EntryHash
{
    private readonly string? hex;

    private EntryHash(string hex) => this.hex = hex;

    /// <summary>The digest in lowercase hexadecimal.</summary>
    public string Hex => hex ?? string.Empty;

    /// <summary>Reads a stored hash.</summary>
    /// <exception cref="FormatException">Not 64 lowercase hexadecimal characters.</exception>
    public static EntryHash Parse(string? text)
    {
        if (text is not { Length: 64 } || !text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            throw new FormatException($"'{text}' is not a SHA-256 hash in 64 lowercase hexadecimal characters.");
        }

        return new EntryHash(text);
    }

    /// <summary>The SHA-256 digest of <paramref name="bytes"/>.</summary>
    public static EntryHash Of(ReadOnlySpan<byte> bytes) => new(Convert.ToHexStringLower(SHA256.HashData(bytes)));

    /// <inheritdoc />
    public override string ToString() => Hex;
}
