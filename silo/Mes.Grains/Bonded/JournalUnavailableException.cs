using Mes.Domain.Bonded.Identifiers;

namespace Mes.Grains.Bonded;

/// <summary>The journal could not be written; nothing of the posting is durable and it may be retried with the same key.</summary>
public sealed class JournalUnavailableException : Exception
{
    public JournalUnavailableException()
    {
    }

    public JournalUnavailableException(string message)
        : base(message)
    {
    }

    public JournalUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal JournalUnavailableException(AccountBookNo book, Exception cause)
        : base($"The journal of book {book} could not be written: {cause.Message}", cause)
    {
    }
}
