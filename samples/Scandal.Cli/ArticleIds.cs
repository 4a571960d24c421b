using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Scandal.Core.Text;

namespace Scandal.Cli;

/// <summary>
/// Makes the articles of a run unique and their ids independent of the order of the arguments: an article whose
/// text is the same as an earlier one's (by full path order) counts once, with a warning; files that share a name
/// get ids that add the extension, then as many parent folders as it takes (<c>a</c> becomes <c>x/a.txt</c> and
/// <c>y/a.txt</c>), keeping their path and diagnostics.
/// </summary>
internal static class ArticleIds
{
    /// <summary><paramref name="articles"/> must be in the order of their real full paths.</summary>
    public static List<Article> Assign(IReadOnlyList<Article> articles, TextWriter warnings)
    {
        var unique = new List<Article>(articles.Count);
        var seen = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (article.Text.Length > 0)
            {
                var hash = Convert.ToHexString(SHA256.HashData(MemoryMarshalBytes(article.Text)));
                if (seen.TryGetValue(hash, out var first))
                {
                    warnings.WriteLine($"scandal: warning: {article.Path} has the same content as {first.Path}; it counts once");
                    continue;
                }

                seen.Add(hash, article);
            }

            unique.Add(article);
        }

        var result = new List<Article>(unique.Count);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in unique.GroupBy(a => a.Id, StringComparer.Ordinal))
        {
            if (group.Count() == 1)
            {
                result.Add(group.First());
                taken.Add(group.Key);
            }
        }

        foreach (var group in unique.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            var level = 1;
            List<string> ids;
            while (true)
            {
                ids = members.Select(a => LongId(a, level)).ToList();
                if (ids.Distinct(StringComparer.Ordinal).Count() == ids.Count || level > 64)
                {
                    break;
                }

                level++;
            }

            for (var i = 0; i < members.Count; i++)
            {
                var id = ids[i];
                for (var n = 2; !taken.Add(id); n++)
                {
                    id = string.Create(CultureInfo.InvariantCulture, $"{ids[i]}~{n}");
                }

                result.Add(members[i].WithId(id));
            }
        }

        return result;
    }

    /// <summary>The file name with its extension (level 1), with its parent folder (level 2), and so on.</summary>
    private static string LongId(Article article, int level)
    {
        var path = article.Path is null ? article.Id : Path.GetFullPath(article.Path);
        var parts = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        return string.Join('/', parts.Skip(Math.Max(0, parts.Length - level)));
    }

    private static byte[] MemoryMarshalBytes(string text) => Encoding.UTF8.GetBytes(text);
}
