using Mes.Contracts.Production;

namespace Mes.Gateway.Services;

/// <summary>Turns the silo's answers into gRPC replies: the value, or the refusal as a rich gRPC error.</summary>
public static class OutcomeReplies
{
    /// <summary>The value of a successful outcome; throws the refusal as <see cref="ApiErrors.Refused"/> says.</summary>
    public static T OrThrow<T>(this Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Refusal is { } refusal ? throw ApiErrors.Refused(refusal) : outcome.Value!;
    }

    /// <summary>The value of a successful outcome, awaited.</summary>
    public static async Task<T> OrThrow<T>(this Task<Outcome<T>> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return (await outcome).OrThrow();
    }
}
