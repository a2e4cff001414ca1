namespace Mes.Gateway.Auth;

/// <summary>
/// The <c>reason</c> of the google.rpc.ErrorInfo that UNAUTHENTICATED and PERMISSION_DENIED errors
/// carry, so that a terminal or an integration can react without parsing messages.
/// </summary>
public static class AuthReasons
{
    /// <summary>The ErrorInfo domain of every authentication and authorization error.</summary>
    public const string Domain = "auth.zone-mes";

    /// <summary>UNAUTHENTICATED: the call carried no credential.</summary>
    public const string CredentialsMissing = "CREDENTIALS_MISSING";

    /// <summary>UNAUTHENTICATED: the credential was not accepted (expired or forged token, unknown or revoked key).</summary>
    public const string CredentialsRejected = "CREDENTIALS_REJECTED";

    /// <summary>UNAUTHENTICATED: Login with an unknown account, a disabled one or a wrong password.</summary>
    public const string LoginFailed = "LOGIN_FAILED";

    /// <summary>UNAUTHENTICATED: BadgeLogin with a badge that belongs to no active operator.</summary>
    public const string BadgeNotRecognised = "BADGE_NOT_RECOGNISED";

    /// <summary>PERMISSION_DENIED: none of the caller's roles may make this call.</summary>
    public const string RoleNotAllowed = "ROLE_NOT_ALLOWED";

    /// <summary>PERMISSION_DENIED: a caller bound to one workstation named another.</summary>
    public const string WorkstationMismatch = "WORKSTATION_MISMATCH";

    /// <summary>PERMISSION_DENIED: the method declares no roles, so nobody may call it.</summary>
    public const string NotDeclared = "CALL_NOT_DECLARED";

    /// <summary>PERMISSION_DENIED: an account whose only role is operator tried a password log-in.</summary>
    public const string OperatorBadgeLoginOnly = "OPERATOR_BADGE_LOGIN_ONLY";

    /// <summary>FAILED_PRECONDITION: an admin tried to disable their own account or drop their own admin role.</summary>
    public const string SelfLockout = "ADMIN_SELF_LOCKOUT";
}
