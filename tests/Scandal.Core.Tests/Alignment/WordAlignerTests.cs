using Scandal.Core.Alignment;

namespace Scandal.Core.Tests.Alignment;

/// <summary>Word alignment: typos pair up one to one; the exact-run shortcut gives what the cost model gives.</summary>
public class WordAlignerTests
{
    [Fact]
    public void Align_MisspelledWord_IsOneSubstitutionNotDeleteAndInsert()
    {
        var pairs = WordAligner.Align(["keep", "the", "lanterns", "lit"], ["keep", "the", "lantrens", "lit"])!;

        Assert.Equal(4, pairs.Count);
        Assert.Equal(new AlignedPair(2, 2, AlignOp.Substitute), pairs[2]);
    }

    [Fact]
    public void AlignByCost_PooledBufferHoldingGarbage_GivesTheSameAlignment()
    {
        // The cost table is rented from the shared pool; a cell left unwritten would read what the last renter left.
        string[] reference = ["the", "ferry", "will", "not", "sail", "again", "this", "winter"];
        string[] witness = ["will", "nt", "sail", "again"];
        var clean = WordAligner.AlignByCost(reference, witness)!;

        for (var size = 16; size <= 256; size *= 2)
        {
            var dirty = System.Buffers.ArrayPool<float>.Shared.Rent(size);
            Array.Fill(dirty, -1000f);
            System.Buffers.ArrayPool<float>.Shared.Return(dirty);
        }

        Assert.Equal(clean, WordAligner.AlignByCost(reference, witness));
        Assert.Equal(new AlignedPair(2, 0, AlignOp.Match), clean[0]);
        Assert.Equal(new AlignedPair(3, 1, AlignOp.Substitute), clean[1]);
    }

    [Fact]
    public void Align_RepeatedPhrase_TakesTheLastExactRunLikeTheCostModel()
    {
        string[] reference = ["we", "will", "go", "and", "we", "will", "go", "home"];
        string[] witness = ["we", "will", "go"];

        var pairs = WordAligner.Align(reference, witness)!;

        Assert.Equal([new(4, 0, AlignOp.Match), new(5, 1, AlignOp.Match), new(6, 2, AlignOp.Match)], pairs);
        Assert.Equal(WordAligner.AlignByCost(reference, witness), pairs);
    }

    [Fact]
    public void Align_RandomRuns_ShortcutEqualsTheCostModel()
    {
        string[] vocabulary = ["a", "b", "c", "river", "stone", "bridge"];
        var random = new Random(11);
        for (var trial = 0; trial < 500; trial++)
        {
            var reference = Enumerable.Range(0, random.Next(1, 14)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var start = random.Next(reference.Length);
            var witness = reference.Skip(start).Take(random.Next(1, reference.Length - start + 1)).ToArray();
            int[]? signals = random.Next(3) == 0 ? [random.Next(witness.Length + 1)] : null;

            Assert.Equal(WordAligner.AlignByCost(reference, witness, signals), WordAligner.Align(reference, witness, signals));
        }
    }

    [Fact]
    public void PairKeyComparer_PairsOfThousandsOfWords_GetDistinctHashCodes()
    {
        // The memo of substitution costs keys a pair of word ids as one long. long.GetHashCode folds the two halves
        // by exclusive-or, so the 4 million pairs of two thousand words share at most 4,096 codes (a collision chain
        // of a thousand per lookup: 64 MiB of nested quotes spent minutes there); the comparer mixes all bits.
        var mixed = new HashSet<int>();
        var folded = new HashSet<int>();
        for (var a = 1024; a < 3072; a++)
        {
            for (var b = 1024; b < 3072; b++)
            {
                var key = ((long)a << 32) | (uint)b;
                mixed.Add(PairKeyComparer.Instance.GetHashCode(key));
                folded.Add(key.GetHashCode());
            }
        }

        Assert.True(folded.Count <= 4096, $"{folded.Count}");
        Assert.True(mixed.Count >= 2048 * 2048 * 99L / 100, $"{mixed.Count} distinct of {2048 * 2048}");
    }
}
