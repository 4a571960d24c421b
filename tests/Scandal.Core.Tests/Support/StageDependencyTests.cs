using System.Text.RegularExpressions;

namespace Scandal.Core.Tests.Support;

/// <summary>
/// The pipeline's folders are namespaces that depend one way only: a stage may name the stages before it, never one
/// after it. Read from the sources, so a <c>using</c>, a qualified name or a documentation reference all count.
/// </summary>
public sealed partial class StageDependencyTests
{
    // Each stage with the stages it may name. Matching (the fuzzy core) and Common stand apart.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Text"] = [],
        ["Extraction"] = ["Text"],
        ["Alignment"] = ["Text", "Extraction", "Matching"],
        ["Discrepancies"] = ["Text", "Extraction", "Alignment", "Matching"],
        ["Claims"] = ["Text", "Extraction", "Discrepancies"],
        ["Scoring"] = ["Text", "Extraction", "Alignment", "Discrepancies"],
        ["Reporting"] = ["Text", "Extraction", "Alignment", "Discrepancies", "Claims", "Scoring"],
        ["Matching"] = [],
    };

    [Fact]
    public void EachStage_NamesOnlyTheStagesBeforeIt()
    {
        var source = Path.Combine(TestPaths.Repository, "src", "Scandal.Core");
        var violations = new List<string>();
        foreach (var (stage, allowed) in Allowed)
        {
            var forbidden = Allowed.Keys.Where(k => k != stage && !allowed.Contains(k)).ToHashSet(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, stage), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var text = File.ReadAllText(file);
                foreach (Match m in StageReference().Matches(text))
                {
                    var named = m.Groups["stage"].Value;
                    if (forbidden.Contains(named))
                    {
                        var line = text.AsSpan(0, m.Index).Count('\n') + 1;
                        violations.Add($"{Path.GetRelativePath(source, file)}:{line} names {named}");
                    }
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void StageReference_FindsUsingsQualifiedNamesAndCrefs()
    {
        Assert.Equal("Scoring", StageReference().Match("using Scandal.Core.Scoring;").Groups["stage"].Value);
        Assert.Equal("Discrepancies", StageReference().Match("IReadOnlyList<Discrepancies.Discrepancy> d").Groups["stage"].Value);
        Assert.Equal("Scoring", StageReference().Match("<see cref=\"Scoring.Witness.Fidelity\"/>").Groups["stage"].Value);
        Assert.DoesNotMatch(StageReference(), "consensus.Text() and quote.Text.Length");
    }

    // "Scandal.Core.X" anywhere, or "X." before a capitalised name when not itself after a dot or a word character (a
    // name relative to Scandal.Core). Member accesses such as "quote.Text.Length" are after a dot.
    [GeneratedRegex(@"Scandal\.Core\.(?<stage>Text|Extraction|Alignment|Discrepancies|Claims|Scoring|Reporting|Matching)\b|(?<![\w.])(?<stage>Text|Extraction|Alignment|Discrepancies|Claims|Scoring|Reporting|Matching)\.[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex StageReference();
}
