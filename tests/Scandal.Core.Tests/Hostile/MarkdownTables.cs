namespace Scandal.Core.Tests.Hostile;

/// <summary>Checks that every Markdown table of a document has the same number of cells on every row.</summary>
internal static class MarkdownTables
{
    /// <summary>Asserts that consecutive lines starting with '|' all have as many unescaped '|' as the header.</summary>
    public static void AssertBalanced(string markdown)
    {
        var lines = markdown.Split('\n');
        int? expected = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith('|'))
            {
                expected = null;
                continue;
            }

            var pipes = Pipes(line);
            expected ??= pipes;
            Assert.True(expected == pipes, $"line {i + 1} has {pipes} cell separators, its table {expected}: {line}");
        }
    }

    private static int Pipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++; // the escaped character is literal
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
