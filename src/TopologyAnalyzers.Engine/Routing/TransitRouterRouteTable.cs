using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A transit router's route table, the default one or a custom one. Static routes come first, in declaration
    /// order, then the propagated routes: each attachment propagating into the table (for the default table, those
    /// created with "Propagate System Routes to Default Route Table" and those that <c>PropagateTo</c> it) puts its
    /// VPC's vSwitch blocks there (not the VPC block, never custom routes), next hop the attachment, in attachment
    /// declaration order. When a destination is already in the table, the later route is kept, inactive, to be shown
    /// as a conflict: so a static route beats a propagated one, and the first attachment declared beats the others.
    /// </summary>
    internal static class TransitRouterRouteTable
    {
        /// <summary>The next hop a blackhole route shows, as the console's "Blackhole Route" column does.</summary>
        public const string BlackholeNextHop = "Blackhole";

        public static ResolvedTable ResolveDefault(TopologyIndex index, int transitRouter) =>
            Resolve(index, transitRouter, TopologyIndex.DefaultTable);

        /// <summary>
        /// One table of <c>transitRouter</c>: <c>table</c> is <see cref="TopologyIndex.DefaultTable"/> or the index of one
        /// of the router's custom tables.
        /// </summary>
        public static ResolvedTable Resolve(TopologyIndex index, int transitRouter, int table)
        {
            var model = index.Model;
            var routes = new List<ResolvedRoute>();
            var owners = new HashSet<Cidr>();
            AddLocalRoutes(index, transitRouter, table, routes, owners);
            if (table == TopologyIndex.DefaultTable) AddLearnedRoutes(index, transitRouter, routes, owners);

            var router = model.TransitRouters[transitRouter];
            string name = table == TopologyIndex.DefaultTable ? ResolvedTable.DefaultTableName : model.RouteTables[table].Name;
            return new ResolvedTable(TableKind.TransitRouter, model.Cens[router.Cen].Name, router.Region,
                name, new EquatableArray<ResolvedRoute>(RouteOrder.Sort(routes)));
        }

        /// <summary>The routes that come from the router's own region: static routes, then the attachments' propagated blocks.</summary>
        private static void AddLocalRoutes(TopologyIndex index, int transitRouter, int table, List<ResolvedRoute> routes, HashSet<Cidr> owners)
        {
            var model = index.Model;
            foreach (int staticRoute in index.StaticRoutesOf(transitRouter, table))
            {
                if (!(index.StaticRouteDestinations[staticRoute] is Cidr destination)) continue;
                var definition = model.StaticRoutes[staticRoute];
                bool blackhole = definition.IsBlackhole;
                string nextHop = blackhole ? BlackholeNextHop : model.Attachments[definition.Attachment].Name;
                routes.Add(new ResolvedRoute(destination, nextHop, RouteKind.Static, Active: owners.Add(destination), Blackhole: blackhole));
            }

            foreach (int attachment in index.PropagatorsOf(transitRouter, table))
            {
                var definition = model.Attachments[attachment];
                foreach (int vSwitch in index.VSwitchesOf(definition.Vpc))
                {
                    Propagate(routes, owners, index.VSwitchCidrs[vSwitch], definition.Name);
                    Propagate(routes, owners, index.VSwitchIpv6Cidrs[vSwitch], definition.Name);
                }
            }
        }

        /// <summary>
        /// The routes learned over inter-region connections, which with the console's defaults are associated with and
        /// propagate to the default tables of both routers: each active, non-blackhole route the peer's default table holds
        /// from its own region, as a propagated route whose next hop is the connection. A destination the table already
        /// holds is not learned: a route from the local region beats one from another region, and the first connection
        /// declared beats later ones. Routes a peer itself learned over a connection are not passed on.
        /// </summary>
        private static void AddLearnedRoutes(TopologyIndex index, int transitRouter, List<ResolvedRoute> routes, HashSet<Cidr> owners)
        {
            foreach (int connection in index.ConnectionsOf(transitRouter))
            {
                int peer = index.PeerOf(connection, transitRouter);
                var peerRoutes = new List<ResolvedRoute>();
                AddLocalRoutes(index, peer, TopologyIndex.DefaultTable, peerRoutes, new HashSet<Cidr>());
                string name = index.Model.Connections[connection].Name;
                foreach (var route in peerRoutes)
                {
                    if (!route.Active || route.Blackhole || !owners.Add(route.Destination)) continue;
                    routes.Add(new ResolvedRoute(route.Destination, name, RouteKind.Propagated, Active: true));
                }
            }
        }

        private static void Propagate(List<ResolvedRoute> routes, HashSet<Cidr> owners, Cidr? block, string attachment)
        {
            if (!(block is Cidr destination)) return;
            routes.Add(new ResolvedRoute(destination, attachment, RouteKind.Propagated, Active: owners.Add(destination)));
        }
    }
}
