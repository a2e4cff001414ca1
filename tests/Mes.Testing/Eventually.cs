namespace Mes.Testing;

/// <summary>
/// Waits for a condition that becomes true on its own (a process becoming healthy, a value
/// arriving). The deadline only bounds a hung test; it is not a performance assertion.
/// </summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="probe"/> until it returns true or <paramref name="deadline"/> passes.</summary>
    /// <exception cref="TimeoutException">The condition never held; the message says what was awaited.</exception>
    public static async Task True(Func<Task<bool>> probe, TimeSpan deadline, string what, Func<string>? diagnostics = null)
    {
        var until = DateTime.UtcNow + deadline;
        Exception? last = null;
        while (DateTime.UtcNow < until)
        {
            try
            {
                if (await probe())
                {
                    return;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                last = e;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Waited {deadline.TotalSeconds:0}s for {what}. Last error: {last?.Message ?? "none"}\n{diagnostics?.Invoke()}");
    }
}
