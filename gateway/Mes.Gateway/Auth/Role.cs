namespace Mes.Gateway.Auth;

/// <summary>The roles a caller can hold. Every gRPC and JSON call declares which of them may make it.</summary>
public static class Role
{
    /// <summary>A line worker at a workstation terminal; only ever granted bound to that workstation, by badge log-in.</summary>
    public const string Operator = "operator";

    /// <summary>A shift or line supervisor.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>A plant manager: dashboards, OEE, reports.</summary>
    public const string Manager = "manager";

    /// <summary>The customs officer or the plant's customs clerk: the bonded account book.</summary>
    public const string Customs = "customs";

    /// <summary>A machine caller: ERP, the customs system, reporting; usually an API key.</summary>
    public const string Integration = "integration";

    /// <summary>Administers accounts, API keys, terminals and the plant structure.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// A workstation terminal as a device (its terminal key), before an operator badges in. Not
    /// assignable to accounts or API keys.
    /// </summary>
    public const string Terminal = "terminal";

    /// <summary>The roles an account can be given.</summary>
    public static readonly IReadOnlyList<string> Assignable = [Operator, Supervisor, Manager, Customs, Integration, Admin];

    /// <summary>
    /// The assignable roles that need no workstation binding: what API keys and external tokens may
    /// carry. Operators are people at a workstation, so that role comes only from a badge log-in.
    /// </summary>
    public static readonly IReadOnlyList<string> Unbound = [Supervisor, Manager, Customs, Integration, Admin];

    /// <summary>Every role a caller can hold, the device role included.</summary>
    public static readonly IReadOnlyList<string> All = [.. Assignable, Terminal];
}
