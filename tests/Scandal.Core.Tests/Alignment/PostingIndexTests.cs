using Scandal.Core.Alignment;

namespace Scandal.Core.Tests.Alignment;

/// <summary>The compact inverted index behind statement grouping.</summary>
public class PostingIndexTests
{
    [Fact]
    public void Postings_AreKeptPerShingleNewestFirst_AcrossArrayGrowth()
    {
        var index = new PostingIndex();
        var expected = new Dictionary<ulong, List<int>>();
        var random = new Random(5);
        for (var value = 0; value < 5000; value++)
        {
            var shingle = (ulong)random.Next(300) * 0x9E3779B97F4A7C15UL;
            Assert.True(index.TryAdd(shingle, value, int.MaxValue, out _));
            if (!expected.TryGetValue(shingle, out var list))
            {
                expected[shingle] = list = [];
            }

            list.Insert(0, value);
        }

        foreach (var (shingle, list) in expected)
        {
            Assert.Equal(list.Count, index.Count(shingle));
            var actual = new List<int>();
            foreach (var p in index[shingle])
            {
                actual.Add(p);
            }

            Assert.Equal(list, actual);
        }

        Assert.Equal(0, index.Count(12345));
        var full = expected.First();
        Assert.False(index.TryAdd(full.Key, -1, full.Value.Count, out var earlier));
        var held = new List<int>();
        foreach (var p in earlier)
        {
            held.Add(p);
        }

        Assert.Equal(full.Value, held);
        Assert.Equal(full.Value.Count, index.Count(full.Key));
        foreach (var p in index[12345])
        {
            Assert.Fail($"an unknown shingle has posting {p}");
        }
    }
}
