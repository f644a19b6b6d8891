using System;
using System.Collections.Generic;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// "Did you mean" by edit distance (optimal string alignment: insert, delete, substitute, swap two neighbours).
/// A candidate is close enough when the distance is at most a quarter of its length (at least 1, at most 3), so
/// short unrelated words such as <c>"ok"</c> never look like keys.
/// </summary>
internal static class NearMiss
{
    /// <summary>The closest candidate within reach of <paramref name="text"/>, the first in order on a tie; null when none is close.</summary>
    public static string? Find(string text, IEnumerable<string> candidates, bool ignoreCase = true)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var limit = Math.Min(3, Math.Max(1, candidate.Length / 4));
            var distance = Distance(text, candidate, ignoreCase);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance; case differences are free when <paramref name="ignoreCase"/>.</summary>
    public static int Distance(string a, string b, bool ignoreCase)
    {
        var rows = new int[3][];
        for (var i = 0; i < 3; i++)
        {
            rows[i] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[1][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            // rows[0] = two rows back, rows[1] = previous row, rows[2] = current row.
            var current = rows[2];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1], ignoreCase) ? 0 : 1;
                var value = Math.Min(Math.Min(rows[1][j] + 1, current[j - 1] + 1), rows[1][j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2], ignoreCase) && Same(a[i - 2], b[j - 1], ignoreCase))
                {
                    value = Math.Min(value, rows[0][j - 2] + 1);
                }

                current[j] = value;
            }

            rows[2] = rows[0];
            rows[0] = rows[1];
            rows[1] = current;
        }

        return rows[1][b.Length];
    }

    private static bool Same(char x, char y, bool ignoreCase)
        => x == y || (ignoreCase && char.ToUpperInvariant(x) == char.ToUpperInvariant(y));
}
