namespace Mes.Contracts.Production;

/// <summary>
/// The answer to a request that changes something: the resulting <see cref="Value"/>, or the
/// <see cref="Refusal"/> (and then nothing was written).
/// </summary>
/// <typeparam name="T">What a successful request returns.</typeparam>
/// <param name="Value">The result; null when refused.</param>
/// <param name="Refusal">Why the request was refused; null when it succeeded.</param>
/// <param name="Repeated">True when the request had been applied before (a retry with the same request id,
/// or a request that asks for what already is): nothing was written this time. The value is the thing as
/// it stands now; what only the first attempt could say (the serials an issue gave) is repeated from it.</param>
[GenerateSerializer, Immutable, Alias("mes.production.outcome`1")]
public sealed record Outcome<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] Refusal? Refusal,
    [property: Id(2)] bool Repeated)
{
    /// <summary>True when the request was carried out (now or by an earlier attempt).</summary>
    public bool Succeeded => Refusal is null;
}

/// <summary>Builds <see cref="Outcome{T}"/> values.</summary>
public static class Outcome
{
    /// <summary>The request was carried out.</summary>
    public static Outcome<T> Done<T>(T value, bool repeated = false) => new(value, null, repeated);

    /// <summary>The request was refused; nothing was written.</summary>
    public static Outcome<T> Refused<T>(Refusal refusal) => new(default, refusal, false);
}
