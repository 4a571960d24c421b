namespace Scandal.Cli;

/// <summary>The sample console's command line.</summary>
internal sealed class CliArguments
{
    public const string Usage = """
        usage: scandal [paths...] [-r] [--format text|markdown|json] [--out FILE] [--reference FILE]...
          paths             article files or folders of *.txt / *.md files (default: seeds/)
          --recursive, -r   also read the subfolders of the folders given
          --format, -f      text (default), markdown or json
          --out, -o         write the report to FILE (checked before any work; written to a temporary file in the
                            same folder, then moved into place) instead of the console
          --reference FILE  a known original text (the post itself, a press release); where it covers a
                            statement it replaces the outlets' consensus. May be given more than once.
          --quotes          text format: also list every quotation of every article
          --help, -h        show this help

        The same file given twice (or a file and its folder), or two files with the same content, count once
        (a warning says so). Ids are the file names; files with the same name get their folder in the id.
        Warnings go to standard error. Exit codes:
          0  the report was written
          1  an input is missing or unreadable, or nothing readable was selected
          2  the command line is wrong
          3  the --out file cannot be written (missing folder, a folder, an input, no room, no permission)
          4  an unexpected internal error
        """;

    public List<string> Paths { get; } = [];

    public string Format { get; private set; } = "text";

    public string? OutFile { get; private set; }

    public List<string> References { get; } = [];

    public bool Recursive { get; private set; }

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
                case "--recursive" or "-r":
                    result.Recursive = true;
                    break;
                case "--reference":
                    if (!TryValue(args, ref i, out var reference))
                    {
                        result.Error = "--reference takes a file name";
                        return result;
                    }

                    result.References.Add(reference);
                    break;
                case "--out" or "-o":
                    if (!TryValue(args, ref i, out var file) || file.Length == 0)
                    {
                        result.Error = "--out takes a file name";
                        return result;
                    }

                    if (result.OutFile is not null)
                    {
                        result.Error = "--out is given twice";
                        return result;
                    }

                    result.OutFile = file;
                    break;
                default:
                    if (arg.StartsWith('-') && arg.Length > 1)
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
