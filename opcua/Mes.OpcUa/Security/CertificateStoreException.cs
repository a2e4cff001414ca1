namespace Mes.OpcUa.Security;

/// <summary>A PKI store operation cannot be done: an unknown or ambiguous thumbprint, an unreadable file.</summary>
public sealed class CertificateStoreException : Exception
{
    /// <summary>Creates the exception with the reason an administrator reads.</summary>
    public CertificateStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public CertificateStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CertificateStoreException()
    {
    }
}
