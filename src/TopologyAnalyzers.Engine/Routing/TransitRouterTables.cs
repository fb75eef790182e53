using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Transit-router tables resolved once each, on first use. Route synchronization reads a router's table from
    /// every VPC that synchronizes with it; without this, each of those VPCs would resolve the table again.
    /// </summary>
    internal sealed class TransitRouterTables
    {
        private readonly TopologyIndex _index;
        private readonly Dictionary<(int Router, int Table), ResolvedTable> _tables = new Dictionary<(int Router, int Table), ResolvedTable>();

        public TransitRouterTables(TopologyIndex index) => _index = index;

        /// <summary>
        /// One table of <paramref name="transitRouter"/>: <paramref name="table"/> is
        /// <see cref="TopologyIndex.DefaultTable"/> or the index of one of the router's custom tables.
        /// </summary>
        public ResolvedTable Get(int transitRouter, int table)
        {
            if (!_tables.TryGetValue((transitRouter, table), out var resolved))
            {
                resolved = TransitRouterRouteTable.Resolve(_index, transitRouter, table);
                _tables.Add((transitRouter, table), resolved);
            }
            return resolved;
        }
    }
}
