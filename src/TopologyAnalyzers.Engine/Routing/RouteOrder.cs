using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Row order inside a table: by type (System, Custom, Transit Router, Static, Propagated Routes), then
    /// IPv4 before IPv6, then network address, then prefix length. Equal rows keep declaration order, so the
    /// active route of a conflict comes before the one it beat.
    /// </summary>
    internal static class RouteOrder
    {
        public static ResolvedRoute[] Sort(List<ResolvedRoute> routes)
        {
            var indexed = new KeyValuePair<int, ResolvedRoute>[routes.Count];
            for (int i = 0; i < routes.Count; i++) indexed[i] = new KeyValuePair<int, ResolvedRoute>(i, routes[i]);
            // Array.Sort is not stable; the index breaks ties to make it so.
            System.Array.Sort(indexed, (x, y) =>
            {
                int byKind = x.Value.Kind.CompareTo(y.Value.Kind);
                if (byKind != 0) return byKind;
                int byBlock = x.Value.Destination.CompareTo(y.Value.Destination);
                return byBlock != 0 ? byBlock : x.Key.CompareTo(y.Key);
            });
            var sorted = new ResolvedRoute[indexed.Length];
            for (int i = 0; i < indexed.Length; i++) sorted[i] = indexed[i].Value;
            return sorted;
        }
    }
}
