using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Every route table of one topology, resolved once, on first use: the resolver, the rules that read resolved tables
    /// (TOPO012, TOPO013, TOPO016), the tracer (TOPO014, TOPO015, <c>Trace</c>) and route synchronization (a VPC reads
    /// the router table it synchronizes with) all ask here, so a table of 20,000 propagated routes is built once per
    /// topology, not once per reader. Reached through <see cref="TopologyIndex.Tables"/>; not thread-safe, like the index's
    /// users (one analysis, one generator step, or a <c>Topology</c> under its lock).
    /// </summary>
    internal sealed class ResolvedTables
    {
        private readonly TopologyIndex _index;
        private readonly Dictionary<(int Router, int Table), ResolvedTable> _routerTables = new Dictionary<(int Router, int Table), ResolvedTable>();
        private readonly ResolvedTable?[] _vpcTables;

        public ResolvedTables(TopologyIndex index)
        {
            _index = index;
            _vpcTables = new ResolvedTable?[index.Model.Vpcs.Count];
        }

        /// <summary>
        /// One table of <paramref name="transitRouter"/>: <paramref name="table"/> is
        /// <see cref="TopologyIndex.DefaultTable"/> or the index of one of the router's custom tables.
        /// </summary>
        public ResolvedTable TransitRouter(int transitRouter, int table)
        {
            if (!_routerTables.TryGetValue((transitRouter, table), out var resolved))
            {
                resolved = TransitRouterRouteTable.Resolve(_index, transitRouter, table);
                _routerTables.Add((transitRouter, table), resolved);
            }
            return resolved;
        }

        /// <summary>The route table of <paramref name="vpc"/>.</summary>
        public ResolvedTable Vpc(int vpc) => _vpcTables[vpc] ??= VpcRouteTable.Resolve(_index, vpc);
    }
}
