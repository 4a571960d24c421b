using System.Buffers;
using System.Runtime.CompilerServices;

// Overloads by string type (string and span) each with the same optional parameters: the shape FuzzySharp and
// RapidFuzz users expect. RS0026 guards against adding optional parameters to shipped overloads; this is the first release.
#pragma warning disable RS0026

namespace Scandal.Core.Matching;

/// <summary>
/// One query scored against many choices: the query is processed once, and for <see cref="Scorer.Ratio"/>,
/// <see cref="Scorer.QRatio"/> and <see cref="Scorer.WRatio"/> its bit masks are built once, so each choice costs one
/// pass over its characters for the ratio. Scores equal the matching <see cref="Fuzz"/> method's.
/// Immutable after construction: one instance can be shared by threads.
/// </summary>
public sealed class CachedScorer
{
    private const int StackChars = 512;

    private readonly ushort[] latin = new ushort[256];
    private readonly char[] keys;
    private readonly ushort[] extRows;
    private readonly ulong[] rows;

    /// <summary>Prepares <paramref name="query"/> for scoring with <paramref name="scorer"/>.</summary>
    /// <param name="query">The query.</param>
    /// <param name="scorer">The scorer.</param>
    /// <param name="processor">How the query and every choice are prepared first.</param>
    public CachedScorer(string query, Scorer scorer = Scorer.WRatio, Preprocess processor = Preprocess.None)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Enum.IsDefined(scorer))
        {
            throw new ArgumentOutOfRangeException(nameof(scorer), scorer, "Unknown scorer.");
        }

        Scorer = scorer;
        Processor = processor;
        Query = Preprocessing.ToString(processor, query);
        keys = new char[PatternMasks.ExtendedSize(Query.Length)];
        extRows = new ushort[keys.Length];
        rows = new ulong[PatternMasks.RowsSize(Query.Length)];
        _ = new PatternMasks(Query, latin, keys, extRows, rows);
    }

    /// <summary>The query after processing.</summary>
    public string Query { get; }

    /// <summary>The scorer.</summary>
    public Scorer Scorer { get; }

    /// <summary>How the query and every choice are prepared.</summary>
    public Preprocess Processor { get; }

    /// <summary>The score of the query against <paramref name="choice"/>; 0 when it is below <paramref name="scoreCutoff"/>.</summary>
    /// <param name="choice">The choice.</param>
    /// <param name="scoreCutoff">Scores below it are returned as 0.</param>
    /// <returns>The score in [0, 100], unrounded.</returns>
    public double Score(string? choice, double scoreCutoff = 0) => choice is null ? 0 : Score(choice.AsSpan(), scoreCutoff);

    /// <inheritdoc cref="Score(string, double)"/>
    [SkipLocalsInit]
    public double Score(ReadOnlySpan<char> choice, double scoreCutoff = 0)
    {
        if (Processor == Preprocess.None)
        {
            return ScoreProcessed(choice, scoreCutoff);
        }

        char[]? rented = null;
        var buffer = choice.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(choice.Length));
        try
        {
            var length = Preprocessing.Apply(Processor, choice, buffer);
            return ScoreProcessed(buffer[..length], scoreCutoff);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private double ScoreProcessed(ReadOnlySpan<char> choice, double cutoff)
    {
        var query = Query.AsSpan();
        switch (Scorer)
        {
            case Scorer.Ratio:
                return ExactScorers.AtLeast(CachedRatio(choice), cutoff);
            case Scorer.QRatio:
                return query.IsEmpty || choice.IsEmpty ? 0 : ExactScorers.AtLeast(CachedRatio(choice), cutoff);
            case Scorer.WRatio:
                if (query.IsEmpty || choice.IsEmpty || cutoff > 100)
                {
                    return 0;
                }

                return ExactScorers.WRatio(query, choice, cutoff, CachedRatio(choice));
            default:
                return Fuzz.Raw(Scorer, query, choice, cutoff);
        }
    }

    /// <summary>Ratio from the prebuilt masks: one pass over the choice.</summary>
    private double CachedRatio(ReadOnlySpan<char> choice)
    {
        var lensum = Query.Length + choice.Length;
        if (lensum == 0)
        {
            return 100;
        }

        if (Query.Length == 0 || choice.IsEmpty)
        {
            return 0;
        }

        var masks = new PatternMasks(Query, latin, keys, extRows, rows, prebuilt: true);
        return ExactScorers.FromLcs(Lcs.WithMasks(ref masks, choice), lensum);
    }
}
