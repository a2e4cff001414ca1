using System.Globalization;
using Mes.OpcUa.SecureChannel;

namespace Mes.OpcUa.Cli;

/// <summary>The parsed command line: the command, its positional arguments and its options.</summary>
internal sealed record CommandArguments(string Command, string Target, IReadOnlyList<string> Positional)
{
    /// <summary>The PKI store used when neither --pki nor MES_OPCUA_PKI names one (relative to the working folder).</summary>
    public const string DefaultPki = ".mes/pki/cli";

    public const string Usage = """
        usage: mes-opcua <command> <endpoint> [node] [value] [options]
               mes-opcua pki list | trust <thumbprint|file> | reject <thumbprint> [--pki <folder>]

        commands:
          browse <endpoint> [node]          list the children of a node (default: the Objects folder i=85)
          read <endpoint> <node>            read a node's value
          write <endpoint> <node> <value>   write a value, converted to the node's data type (arrays: 1,2,3)
          subscribe <endpoint> <node>...    print data changes until --duration ends or Ctrl+C
          endpoints <endpoint>              list the server's endpoints: security policy, mode, user tokens, certificate
          pki list                          list the certificates of the PKI store: own, trusted, rejected, issuers
          pki trust <thumbprint|file>       trust a rejected certificate (a unique prefix of 8+ hex digits will do), or a file
          pki reject <thumbprint>           withdraw trust: move a trusted certificate to rejected
          trust <thumbprint|file>           the same as pki trust

        options:
          --policy <name>                   None (default), Basic256Sha256, Aes128_Sha256_RsaOaep, Aes256_Sha256_RsaPss
          --mode <mode>                     Sign or SignAndEncrypt (default SignAndEncrypt when a policy is given)
          --user <name> --password <secret> open a user name session instead of an anonymous one; without --password the
                                            password is taken from MES_OPCUA_PASSWORD (keeps it out of the process list)
          --user-cert <pem> --user-key <pem>  open the session as an X509 user
          --pki <folder>                    the PKI store: our certificate (created on first use) and the trust list
                                            (default: MES_OPCUA_PKI, else .mes/pki/cli)
          --no-host-check                   accept a server certificate that does not name the host dialled
          --duration <seconds>              how long subscribe runs (default 10)
          --interval <milliseconds>         publishing and sampling interval for subscribe (default 500)

        A server certificate that is not trusted is refused and saved in <pki>/rejected/certs; check its thumbprint
        with the PLC's display and trust it with `mes opcua trust <thumbprint>`.

        node ids: i=2258, ns=2;s=smt-01-placer-1.GoodCount, ns=1;g=<guid>, ns=1;b=<base64>
        exit code: 0 on success, 1 when the server refuses or cannot be reached (the status is printed), 2 on bad usage
        """;

    public string? User { get; init; }

    public string? Password { get; init; }

    public string? UserCertificate { get; init; }

    public string? UserKey { get; init; }

    public EndpointSecurity Security { get; init; } = EndpointSecurity.None;

    public string Pki { get; init; } = DefaultPki;

    public bool CheckHostName { get; init; } = true;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Parses <paramref name="args"/>; <paramref name="environment"/> supplies MES_OPCUA_PKI and MES_OPCUA_PASSWORD.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        var positional = new List<string>();
        string? user = null, password = null, userCertificate = null, userKey = null, policy = null, mode = null, pki = null;
        var duration = TimeSpan.FromSeconds(10);
        var interval = TimeSpan.FromMilliseconds(500);
        var checkHostName = true;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--user": user = Value(args, ref i); break;
                case "--password": password = Value(args, ref i); break;
                case "--user-cert": userCertificate = Value(args, ref i); break;
                case "--user-key": userKey = Value(args, ref i); break;
                case "--policy": policy = Value(args, ref i); break;
                case "--mode": mode = Value(args, ref i); break;
                case "--pki": pki = Value(args, ref i); break;
                case "--no-host-check": checkHostName = false; break;
                case "--duration": duration = TimeSpan.FromSeconds(Number(args, ref i)); break;
                case "--interval": interval = TimeSpan.FromMilliseconds(Number(args, ref i)); break;
                case var option when option.StartsWith("--", StringComparison.Ordinal): throw new UsageException($"unknown option {option}");
                default: positional.Add(args[i]); break;
            }
        }
        if (positional.Count < 2) throw new UsageException("a command and an endpoint (or for pki, a verb) are required");
        password ??= user is null ? null : environment("MES_OPCUA_PASSWORD");
        if (user is not null && password is null) throw new UsageException("--user needs --password or MES_OPCUA_PASSWORD");
        if (user is null && password is not null) throw new UsageException("--password needs --user");
        if ((userCertificate is null) != (userKey is null)) throw new UsageException("--user-cert and --user-key go together");
        if (user is not null && userCertificate is not null) throw new UsageException("--user and --user-cert cannot be combined: choose one identity");
        var (command, target, rest) = positional[0] == "pki" ? ("pki " + positional[1], positional.Count > 2 ? positional[2] : "", positional.Skip(3).ToArray())
            : (positional[0], positional[1], positional.Skip(2).ToArray());
        var needed = command switch
        {
            "browse" or "endpoints" or "pki list" => 0,
            "read" or "subscribe" => 1,
            "write" => 2,
            "trust" or "pki trust" or "pki reject" => string.IsNullOrEmpty(target) ? throw new UsageException($"{command} needs a thumbprint") : 0,
            _ => throw new UsageException($"unknown command '{string.Join(' ', positional.Take(2))}'"),
        };
        if (rest.Length < needed) throw new UsageException($"{command} needs {(needed == 1 ? "a node" : "a node and a value")}");
        return new CommandArguments(command == "trust" ? "pki trust" : command, target, rest)
        {
            User = user,
            Password = password,
            UserCertificate = userCertificate,
            UserKey = userKey,
            Security = ParseSecurity(policy, mode),
            Pki = pki ?? environment("MES_OPCUA_PKI") ?? DefaultPki,
            CheckHostName = checkHostName,
            Duration = duration,
            Interval = interval,
        };
    }

    private static EndpointSecurity ParseSecurity(string? policy, string? mode)
    {
        if (policy is null && mode is null) return EndpointSecurity.None;
        policy ??= mode == "None" ? "None" : throw new UsageException("--mode needs --policy");
        try
        {
            return EndpointSecurity.Parse(policy, mode ?? (policy == "None" ? "None" : "SignAndEncrypt"));
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var end and >= 0 ? end : e.Message.Length)]);
        }
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new UsageException($"{args[i - 1]} needs a value");

    private static double Number(IReadOnlyList<string> args, ref int i)
    {
        var text = Value(args, ref i);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new UsageException($"{args[i - 1]} needs a positive number, not '{text}'");
    }
}
