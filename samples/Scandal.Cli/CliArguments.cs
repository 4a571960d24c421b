namespace Scandal.Cli;

/// <summary>The sample console's command line.</summary>
internal sealed class CliArguments
{
    public const string Usage = """
        usage: scandal [paths...] [--format text|markdown|json] [--out FILE] [--reference FILE]...
          paths             article files or folders of *.txt / *.md files (default: seeds/)
          --format, -f      text (default), markdown or json
          --out, -o         write the report to FILE instead of the console
          --reference, -r   a known original text (the post itself, a press release); where it covers a
                            statement it replaces the outlets' consensus. May be given more than once.
          --quotes          text format: also list every quotation of every article
          --help, -h        show this help
        """;

    public List<string> Paths { get; } = [];

    public string Format { get; private set; } = "text";

    public string? OutFile { get; private set; }

    public List<string> References { get; } = [];

    public bool ListQuotes { get; private set; }

    public bool ShowHelp { get; private set; }

    public string? Error { get; private set; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var result = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--help" or "-h":
                    result.ShowHelp = true;
                    break;
                case "--format" or "-f":
                    if (!TryValue(args, ref i, out var format) || format is not ("text" or "markdown" or "json"))
                    {
                        result.Error = "--format takes text, markdown or json";
                        return result;
                    }

                    result.Format = format;
                    break;
                case "--quotes":
                    result.ListQuotes = true;
                    break;
                case "--reference" or "-r":
                    if (!TryValue(args, ref i, out var reference))
                    {
                        result.Error = "--reference takes a file name";
                        return result;
                    }

                    result.References.Add(reference);
                    break;
                case "--out" or "-o":
                    if (!TryValue(args, ref i, out var file))
                    {
                        result.Error = "--out takes a file name";
                        return result;
                    }

                    result.OutFile = file;
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        result.Error = $"unknown option '{arg}'";
                        return result;
                    }

                    result.Paths.Add(arg);
                    break;
            }
        }

        return result;
    }

    private static bool TryValue(IReadOnlyList<string> args, ref int i, out string value)
    {
        if (i + 1 < args.Count)
        {
            value = args[++i];
            return true;
        }

        value = string.Empty;
        return false;
    }
}
