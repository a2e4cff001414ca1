using System.Globalization;

namespace Mes.OpcUa.Cli;

/// <summary>The parsed command line: the command, its positional arguments and its options.</summary>
internal sealed record CommandArguments(string Command, string Endpoint, IReadOnlyList<string> Positional, string? User, string? Password, TimeSpan Duration, TimeSpan Interval)
{
    public const string Usage = """
        usage: mes-opcua <command> <endpoint> [node] [value] [options]

        commands:
          browse <endpoint> [node]          list the children of a node (default: the Objects folder i=85)
          read <endpoint> <node>            read a node's value
          write <endpoint> <node> <value>   write a value, converted to the node's data type (arrays: 1,2,3)
          subscribe <endpoint> <node>...    print data changes until --duration ends or Ctrl+C

        options:
          --user <name> --password <secret> open a user name session instead of an anonymous one
          --duration <seconds>              how long subscribe runs (default 10)
          --interval <milliseconds>         publishing and sampling interval for subscribe (default 500)

        node ids: i=2258, ns=2;s=smt-01-placer-1.GoodCount, ns=1;g=<guid>, ns=1;b=<base64>
        exit code: 0 on success, 1 when the server refuses or cannot be reached (the status is printed), 2 on bad usage
        """;

    public static CommandArguments Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        string? user = null, password = null;
        var duration = TimeSpan.FromSeconds(10);
        var interval = TimeSpan.FromMilliseconds(500);
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--user": user = Value(args, ref i); break;
                case "--password": password = Value(args, ref i); break;
                case "--duration": duration = TimeSpan.FromSeconds(Number(args, ref i)); break;
                case "--interval": interval = TimeSpan.FromMilliseconds(Number(args, ref i)); break;
                case var option when option.StartsWith("--", StringComparison.Ordinal): throw new UsageException($"unknown option {option}");
                default: positional.Add(args[i]); break;
            }
        }
        if (positional.Count < 2) throw new UsageException("a command and an endpoint are required");
        if ((user is null) != (password is null)) throw new UsageException("--user and --password go together");
        var command = positional[0];
        var rest = positional.Skip(2).ToArray();
        var needed = command switch
        {
            "browse" => 0,
            "read" => 1,
            "write" => 2,
            "subscribe" => 1,
            _ => throw new UsageException($"unknown command '{command}'"),
        };
        if (rest.Length < needed) throw new UsageException($"{command} needs {(needed == 1 ? "a node" : "a node and a value")}");
        return new CommandArguments(command, positional[1], rest, user, password, duration, interval);
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
