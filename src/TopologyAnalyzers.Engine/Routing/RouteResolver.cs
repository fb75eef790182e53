using System.Collections.Generic;
using System.Threading;

namespace TopologyAnalyzers.Engine
{
    /// <summary>Resolves every route table of a topology, as the cloud would build them.</summary>
    internal static class RouteResolver
    {
        public static ResolvedNetwork Resolve(TopologyModel model, CancellationToken cancellationToken = default) =>
            Resolve(new TopologyIndex(model), cancellationToken);

        public static ResolvedNetwork Resolve(TopologyIndex index, CancellationToken cancellationToken = default)
        {
            var model = index.Model;
            var tables = new List<ResolvedTable>(model.TransitRouters.Count + model.RouteTables.Count + model.Vpcs.Count);
            foreach (int router in RoutersInCenOrder(model))
            {
                cancellationToken.ThrowIfCancellationRequested();
                tables.Add(index.Tables.TransitRouter(router, TopologyIndex.DefaultTable));
                foreach (int table in index.CustomTablesOf(router))
                {
                    tables.Add(index.Tables.TransitRouter(router, table));
                }
            }

            for (int vpc = 0; vpc < model.Vpcs.Count; vpc++)
            {
                if ((vpc & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                tables.Add(index.Tables.Vpc(vpc));
            }

            return new ResolvedNetwork(new EquatableArray<ResolvedTable>(tables.ToArray()));
        }

        /// <summary>Routers grouped by CEN in CEN declaration order, each CEN's in the order they were first used.</summary>
        private static IEnumerable<int> RoutersInCenOrder(TopologyModel model)
        {
            var byCen = new List<int>[model.Cens.Count];
            for (int i = 0; i < byCen.Length; i++) byCen[i] = new List<int>();
            for (int router = 0; router < model.TransitRouters.Count; router++)
            {
                byCen[model.TransitRouters[router].Cen].Add(router);
            }
            foreach (var routers in byCen)
            {
                foreach (int router in routers) yield return router;
            }
        }
    }
}
