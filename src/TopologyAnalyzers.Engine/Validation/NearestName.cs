using System;
using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The known value a mistyped one was most likely meant to be, so that a message can name it ("the closest
    /// declared is 'ECS2'") and a code fix can write it. Closeness is the edit distance with adjacent transpositions
    /// (<c>ap-southaest-1</c> is one edit from <c>ap-southeast-1</c>), ignoring case; of equally close candidates
    /// the first in the order given wins, so the answer is the same at compile time and at run time.
    /// </summary>
    internal static class NearestName
    {
        /// <summary>The closest of <paramref name="candidates"/> to <paramref name="value"/>, or null when there is none.</summary>
        public static string? Closest(string value, IEnumerable<string> candidates)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var candidate in candidates)
            {
                if (string.IsNullOrEmpty(candidate)) continue;
                int distance = Distance(value ?? "", candidate);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }

        /// <summary>
        /// The closest candidate when it is close enough to be a typo of <paramref name="value"/> (a few edits for an
        /// ID of ordinary length), else null: an ID newer than a catalog is no typo, and rewriting it would be wrong.
        /// </summary>
        public static string? ClosestTypo(string value, IEnumerable<string> candidates)
        {
            if (string.IsNullOrEmpty(value)) return null;
            var closest = Closest(value, candidates);
            return closest != null && Distance(value, closest) <= Math.Max(1, Math.Min(3, value.Length / 4)) ? closest : null;
        }

        /// <summary>Insertions, deletions, substitutions and swaps of adjacent characters, comparing without case.</summary>
        public static int Distance(string a, string b)
        {
            a = a.ToLowerInvariant();
            b = b.ToLowerInvariant();
            // Three rows of the optimal-string-alignment table: two back for a transposition.
            var before = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++) previous[j] = j;
            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.Min(best, before[j - 2] + 1);
                    current[j] = best;
                }
                var recycled = before;
                before = previous;
                previous = current;
                current = recycled;
            }
            return previous[b.Length];
        }
    }
}
