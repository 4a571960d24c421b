namespace Scandal.Core.Alignment;

/// <summary>
/// Word alignment of texts too long for the full dynamic programme (thousands of words each): the word trigrams that
/// occur once in each text are anchors; the longest chain of anchors in the same order on both sides is kept, and only
/// the stretches between anchors are aligned by the dynamic programme (semi-global before the first and after the last
/// anchor, as <see cref="WordAligner"/>). Time and memory grow with the length of the texts and the size of the largest
/// stretch between anchors. A stretch still too large is paired position by position and the statement's
/// <see cref="WordCosts.Approximated"/> flag is set, so the report can say so.
/// </summary>
internal static class AnchoredAligner
{
    public static List<AlignedPair> Align(int[] refIds, int[] witIds, WordCosts costs, IReadOnlyList<int>? signals, long maxCells)
    {
        var chain = Chain(refIds, witIds);
        var signalSet = signals is null ? [] : new HashSet<int>(signals);
        var pairs = new List<AlignedPair>(refIds.Length + witIds.Length);
        int r = 0, w = 0;
        var first = true;
        foreach (var (ar, aw) in chain)
        {
            if (ar < r || aw < w)
            {
                continue; // inside the previous anchor's words
            }

            Segment(refIds, r, ar, witIds, w, aw, freeStart: first, freeEnd: false, costs, signalSet, maxCells, pairs);
            pairs.Add(new AlignedPair(ar, aw, AlignOp.Match));
            r = ar + 1;
            w = aw + 1;
            first = false;
        }

        Segment(refIds, r, refIds.Length, witIds, w, witIds.Length, freeStart: first, freeEnd: true, costs, signalSet, maxCells, pairs);
        return pairs;
    }

    /// <summary>Matched word positions (reference, witness) from the longest increasing chain of unique trigrams.</summary>
    private static List<(int Ref, int Wit)> Chain(int[] refIds, int[] witIds)
    {
        var inRef = Unique(refIds);
        var inWit = Unique(witIds);
        var anchors = new List<(int Ref, int Wit)>();
        foreach (var (key, wit) in inWit)
        {
            if (wit >= 0 && inRef.TryGetValue(key, out var at) && at >= 0)
            {
                anchors.Add((at, wit));
            }
        }

        anchors.Sort((a, b) => a.Wit.CompareTo(b.Wit));

        // Longest strictly increasing subsequence in the reference positions (patience sorting, n log n).
        var tails = new List<int>();
        var previous = new int[anchors.Count];
        for (var i = 0; i < anchors.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (anchors[tails[mid]].Ref < anchors[i].Ref)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }

        var picked = new List<(int Ref, int Wit)>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            picked.Add(anchors[i]);
        }

        picked.Reverse();

        // Each anchor holds three matched words.
        var matched = new List<(int Ref, int Wit)>(picked.Count * 3);
        foreach (var (ar, aw) in picked)
        {
            for (var k = 0; k < 3; k++)
            {
                if (matched.Count == 0 || (matched[^1].Ref < ar + k && matched[^1].Wit < aw + k))
                {
                    matched.Add((ar + k, aw + k));
                }
            }
        }

        return matched;
    }

    /// <summary>Each trigram's position, or −1 when it occurs more than once.</summary>
    private static Dictionary<(int, int, int), int> Unique(int[] ids)
    {
        var at = new Dictionary<(int, int, int), int>();
        for (var i = 0; i + 3 <= ids.Length; i++)
        {
            var key = (ids[i], ids[i + 1], ids[i + 2]);
            at[key] = at.ContainsKey(key) ? -1 : i;
        }

        return at;
    }

    /// <summary>Aligns reference [rs, re) with witness [ws, we) and appends the pairs.</summary>
    private static void Segment(int[] refIds, int rs, int re, int[] witIds, int ws, int we, bool freeStart, bool freeEnd, WordCosts costs, HashSet<int> signals, long maxCells, List<AlignedPair> pairs)
    {
        var n = re - rs;
        var m = we - ws;
        if (n == 0 && m == 0)
        {
            return;
        }

        if ((long)(n + 1) * (m + 1) > maxCells)
        {
            costs.Approximated = true;
            Coarse(rs, re, ws, we, freeStart, freeEnd, refIds, witIds, pairs);
            return;
        }

        var w1 = m + 1;
        var cost = new float[(n + 1) * w1];
        float Delete(int j) => signals.Contains(ws + j) && ws + j > 0 && ws + j < witIds.Length ? 0.01f : WordAligner.Gap;
        for (var j = 1; j <= m; j++)
        {
            cost[j] = j * WordAligner.InsertGap;
        }

        for (var i = 1; i <= n; i++)
        {
            cost[i * w1] = freeStart ? 0 : cost[(i - 1) * w1] + Delete(0);
            for (var j = 1; j <= m; j++)
            {
                var diag = cost[((i - 1) * w1) + j - 1] + costs.Get(refIds[rs + i - 1], witIds[ws + j - 1]);
                var up = cost[((i - 1) * w1) + j] + (freeEnd && j == m ? 0 : Delete(j));
                var left = cost[(i * w1) + j - 1] + WordAligner.InsertGap;
                cost[(i * w1) + j] = Math.Min(diag, Math.Min(up, left));
            }
        }

        var local = new List<AlignedPair>(n + m);
        int bi = n, bj = m;
        while (bi > 0 || bj > 0)
        {
            var here = cost[(bi * w1) + bj];
            if (bi > 0 && bj > 0)
            {
                var sub = costs.Get(refIds[rs + bi - 1], witIds[ws + bj - 1]);
                if (Near(here, cost[((bi - 1) * w1) + bj - 1] + sub))
                {
                    local.Add(new AlignedPair(rs + bi - 1, ws + bj - 1, sub == 0 ? AlignOp.Match : AlignOp.Substitute));
                    bi--;
                    bj--;
                    continue;
                }
            }

            if (bi > 0 && ((freeEnd && bj == m) || (freeStart && bj == 0)) && Near(here, cost[((bi - 1) * w1) + bj]))
            {
                bi--; // outside the witness's coverage
                continue;
            }

            if (bi > 0 && (bj == 0 || Near(here, cost[((bi - 1) * w1) + bj] + Delete(bj))))
            {
                local.Add(new AlignedPair(rs + bi - 1, -1, AlignOp.Delete));
                bi--;
                continue;
            }

            local.Add(new AlignedPair(-1, ws + bj - 1, AlignOp.Insert));
            bj--;
        }

        local.Reverse();
        pairs.AddRange(local);
    }

    /// <summary>Pairs a stretch position by position: against the anchor it touches, the rest left out or added.</summary>
    private static void Coarse(int rs, int re, int ws, int we, bool freeStart, bool freeEnd, int[] refIds, int[] witIds, List<AlignedPair> pairs)
    {
        var n = re - rs;
        var m = we - ws;
        var k = Math.Min(n, m);

        // Before the first anchor the witness ends at the anchor (the reference before it is outside its coverage);
        // after the last it starts at the anchor; between two it fills from the left.
        var r0 = freeStart && !freeEnd ? re - k : rs;
        for (var i = 0; i < m - k && freeStart && !freeEnd; i++)
        {
            pairs.Add(new AlignedPair(-1, ws + i, AlignOp.Insert));
        }

        var w0 = freeStart && !freeEnd ? we - k : ws;
        for (var i = 0; i < k; i++)
        {
            var op = refIds[r0 + i] == witIds[w0 + i] ? AlignOp.Match : AlignOp.Substitute;
            pairs.Add(new AlignedPair(r0 + i, w0 + i, op));
        }

        if (freeStart && !freeEnd)
        {
            return;
        }

        for (var i = k; i < m; i++)
        {
            pairs.Add(new AlignedPair(-1, ws + i, AlignOp.Insert));
        }

        if (!freeEnd)
        {
            for (var i = k; i < n; i++)
            {
                pairs.Add(new AlignedPair(rs + i, -1, AlignOp.Delete));
            }
        }
    }

    private static bool Near(float a, float b) => Math.Abs(a - b) < 1e-4f;
}
