namespace Mes.OpcUa.Encoding;

/// <summary>
/// A failure that carries an OPC UA status code: a refused request, a malformed message, a broken limit.
/// The message names the field or rule that failed.
/// </summary>
public sealed class ServiceResultException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ServiceResultException(StatusCode statusCode, string message) : base($"{statusCode.Name}: {message}") =>
        StatusCode = statusCode;

    /// <summary>Creates the exception with the exception that caused it.</summary>
    public ServiceResultException(StatusCode statusCode, string message, Exception inner)
        : base($"{statusCode.Name}: {message}", inner) => StatusCode = statusCode;

    /// <summary>Creates a BadUnexpectedError exception.</summary>
    public ServiceResultException() : this(StatusCode.BadUnexpectedError, "unexpected error") { }

    /// <summary>Creates a BadUnexpectedError exception with a message.</summary>
    public ServiceResultException(string message) : this(StatusCode.BadUnexpectedError, message) { }

    /// <summary>Creates a BadUnexpectedError exception with a message and cause.</summary>
    public ServiceResultException(string message, Exception inner) : this(StatusCode.BadUnexpectedError, message, inner) { }

    /// <summary>The status code that describes the failure.</summary>
    public StatusCode StatusCode { get; }
}
