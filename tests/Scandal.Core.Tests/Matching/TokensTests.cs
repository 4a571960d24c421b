using System.Text;
using Scandal.Core.Matching;

namespace Scandal.Core.Tests.Matching;

/// <summary>The token splitter against a character-by-character reference, on every kind of whitespace.</summary>
public class TokensTests
{
    // Every char.IsWhiteSpace character, ASCII letters, Latin-1 and beyond (a block with one of these is split
    // character by character), and a surrogate pair.
    private const string Alphabet = "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2005\u200A\u2028\u2029\u202F\u205F\u3000abcXYZ09.—éЖ東👏";

    [Fact]
    public void Split_RandomTexts_EqualsSplittingOnCharIsWhiteSpace()
    {
        var random = new Random(11);
        var ranges = new (int Start, int Length)[200];
        for (var k = 0; k < 3000; k++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 90);
            var spaceHeavy = random.Next(3) == 0;
            while (sb.Length < length)
            {
                var c = spaceHeavy || random.Next(4) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('a' + random.Next(26));
                sb.Append(c);
            }

            var text = sb.ToString();
            var n = Tokens.Split(text, ranges);
            var actual = ranges.Take(n).Select(r => text.Substring(r.Start, r.Length)).ToArray();
            Assert.Equal(ReferenceSplit(text), actual);
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   \t\n ", 0)]
    [InlineData("one", 1)]
    [InlineData("sixteen chars ab", 3)]
    [InlineData("exactly sixteen!seventeen", 2)]
    [InlineData("a\u00A0b\u3000c d", 4)]
    public void Split_Edges_CountsTokens(string text, int expected)
    {
        var ranges = new (int Start, int Length)[20];
        Assert.Equal(expected, Tokens.Split(text, ranges));
    }

    private static string[] ReferenceSplit(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        return [.. tokens];
    }
}
