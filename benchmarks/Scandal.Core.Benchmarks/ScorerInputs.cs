namespace Scandal.Core.Benchmarks;

/// <summary>The fixed scorer inputs from <c>data/</c> (copied from the shared bench folder): 16 pairs per case.</summary>
internal static class ScorerInputs
{
    private static readonly Lazy<Dictionary<string, (string A, string B)[]>> Pairs = new(Load);

    public static (string A, string B)[] Case(string name) => Pairs.Value[name];

    public static string Query => File.ReadAllText(BenchmarkData.File("query.txt")).TrimEnd('\r', '\n');

    public static string[] Choices => File.ReadAllLines(BenchmarkData.File("choices.txt"));

    private static Dictionary<string, (string A, string B)[]> Load()
    {
        var cases = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(BenchmarkData.File("pairs.tsv")))
        {
            var parts = line.Split('\t');
            if (parts.Length < 4)
            {
                continue;
            }

            if (!cases.TryGetValue(parts[0], out var list))
            {
                cases[parts[0]] = list = [];
            }

            list.Add((parts[2], parts[3]));
        }

        return cases.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
