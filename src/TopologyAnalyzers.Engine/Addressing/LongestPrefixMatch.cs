using System;
using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Picks the route a packet takes: the most specific block containing the address.
    /// A linear scan, because route tables here are small and list order decides ties.
    /// </summary>
    internal static class LongestPrefixMatch
    {
        /// <summary>The index of the entry with the longest block containing <paramref name="address"/>; -1 when none does.</summary>
        public static int Find<T>(IReadOnlyList<T> entries, Func<T, Cidr> blockOf, IpAddress address) =>
            Find(entries, blockOf, _ => true, address);

        /// <summary>
        /// As <see cref="Find{T}(IReadOnlyList{T}, Func{T, Cidr}, IpAddress)"/>, ignoring entries that are not
        /// <paramref name="usable"/> (a route that lost a conflict is listed but never carries traffic).
        /// Of equal blocks the first in list order wins, as the first one installed does in the cloud.
        /// </summary>
        public static int Find<T>(IReadOnlyList<T> entries, Func<T, Cidr> blockOf, Func<T, bool> usable, IpAddress address)
        {
            int best = -1, bestPrefix = -1;
            for (int i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (!usable(entry)) continue;
                var block = blockOf(entry);
                // Strictly longer only, so an equal block later in the list never displaces the first.
                if (block.PrefixLength > bestPrefix && block.Contains(address))
                {
                    best = i;
                    bestPrefix = block.PrefixLength;
                }
            }
            return best;
        }
    }
}
