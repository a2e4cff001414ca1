using Mes.Contracts;

namespace Mes.Silo.Faults;

/// <summary>
/// Turns a transient PostgreSQL failure that escapes a grain call into <see cref="StoreUnavailableException"/>, which
/// callers can receive (the driver's exceptions cannot be serialized to them) and the gateway answers as UNAVAILABLE.
/// </summary>
public sealed partial class StoreFaultFilter(ILogger<StoreFaultFilter> logger) : IIncomingGrainCallFilter
{
    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.Invoke();
        }
        catch (Exception e) when (StoreFaults.Transient(e) is { } fault)
        {
            LogStoreUnavailable(context.InterfaceName, context.MethodName, fault.Message);
            throw new StoreUnavailableException($"The database could not be reached ({fault.Message}); send the request again with the same request id.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Interface}.{Method}: the database could not be reached: {Problem}")]
    private partial void LogStoreUnavailable(string @interface, string method, string problem);
}
