namespace Portal.Sortition.Cli;

/// <summary><c>--name value</c> pairs of a command line.</summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static CliOptions Parse(IEnumerable<string> args)
    {
        var options = new CliOptions();
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
            }
            else if (name is not null)
            {
                options._values[name] = arg;
                name = null;
            }
        }

        return options;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public bool Has(params string[] names) => names.All(_values.ContainsKey);
}
