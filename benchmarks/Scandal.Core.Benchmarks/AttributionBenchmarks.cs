using System.Text;
using BenchmarkDotNet.Attributes;
using Scandal.Core.Extraction;
using Scandal.Core.Text;

namespace Scandal.Core.Benchmarks;

/// <summary>
/// Speaker attribution on an invented article made of many organisation names and quotations ("the company said",
/// "it said", "said a spokesperson for X"), at 1×, 4× and 16× its size. Linear time means the mean grows by about
/// 4× and 16×; a per-name rescan of the article would grow by 16× and 256×.
/// </summary>
[MemoryDiagnoser]
public class AttributionBenchmarks
{
    private static readonly string[] Syllables = ["dra", "ven", "kol", "mar", "tis", "bel", "quo", "ran", "sel", "nox", "vir", "pel", "lum", "tor", "gan", "bri"];

    private readonly QuoteExtractor extractor = new();
    private Article article = null!;

    /// <summary>How many times the base article (40 paragraphs, about 120 organisation names) is repeated with fresh names.</summary>
    [Params(1, 4, 16)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        article = Article.FromText("orgs", Build(Size));
    }

    [Benchmark]
    public int ExtractManyOrganisations() => extractor.Extract(article).Quotes.Count;

    /// <summary>The article: each paragraph names three organisations and quotes one of them through an issuer cue.</summary>
    internal static string Build(int size)
    {
        var sb = new StringBuilder();
        var n = 0;
        for (var block = 0; block < size; block++)
        {
            for (var p = 0; p < 40; p++)
            {
                var a = Name(n++);
                var b = Name(n++);
                var c = Name(n++);
                sb.Append(a).Append(" Holdings signed a supply deal with ").Append(b).Append(" and ").Append(c)
                  .Append(" on Tuesday, after ").Append(a).Append(" Holdings lost a contract to ").Append(b).Append(".\n\n");
                switch (p % 3)
                {
                    case 0:
                        sb.Append("“We expect the deal to close by the end of the quarter,” the company said.\n\n");
                        break;
                    case 1:
                        sb.Append("“Prices will not rise for existing customers,” it said in a statement.\n\n");
                        break;
                    default:
                        sb.Append("“Nobody will lose their job,” said a spokesperson for ").Append(c).Append(".\n\n");
                        break;
                }
            }
        }

        return sb.ToString();
    }

    private static string Name(int n)
    {
        var s = Syllables[n % 16] + Syllables[(n / 16) % 16] + Syllables[(n / 256) % 16];
        return char.ToUpperInvariant(s[0]) + s[1..];
    }
}
