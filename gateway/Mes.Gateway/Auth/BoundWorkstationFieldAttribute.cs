namespace Mes.Gateway.Auth;

/// <summary>
/// Names the request field that holds the workstation a call acts on, when it is not
/// <c>workstation_id</c>. A caller bound to a workstation (an operator badged in at a terminal,
/// or the terminal itself) naming another workstation there is refused with PERMISSION_DENIED.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BoundWorkstationFieldAttribute(string field) : Attribute
{
    /// <summary>The field checked when a method names none: every request field named <c>workstation_id</c> is checked.</summary>
    public const string DefaultField = "workstation_id";

    /// <summary>The proto field name, e.g. <c>target_workstation_id</c>.</summary>
    public string Field { get; } = field;
}
