using System.Globalization;
using Scandal.Core.Text;

namespace Scandal.Core.Tests.Support;

/// <summary>
/// A large batch of short invented local-news articles: fifty invented officials, each quoted by many outlets in a few
/// slightly different wordings, with an amount and a date beside the quote.
/// </summary>
internal static class InventedBatch
{
    private static readonly string[] Names =
    [
        "Ana Petrov", "Marcus Oyelaran", "Dana Whitcombe", "Ilse Brandvold", "Tomas Reyes-Hall", "Priya Natarajan",
        "Owen Castellane", "Leah Moritz", "Samuel Achterberg", "Rosa Ilunga",
    ];

    private static readonly string[] Roles = ["Council member", "Harbor commissioner", "School board chair", "County treasurer", "Transit director"];

    private static readonly string[] Statements =
    [
        "We have the votes, and we will pass this budget before the end of the month",
        "Nobody on this board wants to close a school, but the numbers do not leave us much room",
        "The bridge is safe to cross today and it will be safe to cross tomorrow",
        "I asked for an audit because the residents deserve to know where their money went",
        "This plan puts buses where people actually live and work",
    ];

    private static readonly (string From, string To)[] Variants =
    [
        ("will", "will"), ("will", "are going to"), ("wants", "would like"), ("residents", "people"), ("actually", "really"),
    ];

    /// <summary>The articles <c>story-00000</c>, <c>story-00001</c>, ... in that order.</summary>
    public static List<Article> Create(int count)
    {
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var name = Names[i % Names.Length];
            var role = Roles[(i / Names.Length) % Roles.Length];
            var topic = (i / 7) % Statements.Length;
            var (from, to) = Variants[i % Variants.Length];
            var quote = Statements[topic].Replace(from, to, StringComparison.Ordinal);
            var surname = name.Split(' ')[^1];
            var millions = (1.5 + (topic * 0.25) + ((i % 3 == 0) ? 0.1 : 0)).ToString("0.0#", CultureInfo.InvariantCulture);
            var text =
                $"{role} {name} spoke after Tuesday's meeting. “{quote},” {surname} said.\n\n" +
                $"The measure carries ${millions} million for repairs, and a final vote is set for March {10 + topic}.\n";
            articles.Add(Article.FromText("story-" + i.ToString("D5", CultureInfo.InvariantCulture), text));
        }

        return articles;
    }
}
