using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A VPC's system route table: a <c>Local</c> system route per vSwitch block (IPv4 and IPv6), and for
    /// each attachment created with "Automatically Create Route That Points to Transit Router" the three
    /// private-range custom routes, unless a custom route with that destination is already there. Custom routes
    /// declared with <c>vpc.Route</c> go in first, whatever the declaration order, so a manual route always beats
    /// an automatic one with the same destination. A manual route the cloud would refuse (equal to an earlier custom
    /// route, equal to or more specific than a system route, equal to the cloud-service route, or a malformed
    /// destination) is left out. Last come the routes a transit router advertises with route synchronization
    /// (<see cref="RouteSynchronization"/>).
    /// </summary>
    internal static class VpcRouteTable
    {
        public const string LocalNextHop = "Local";

        /// <summary>The routes the console adds, whatever the VPC's own block: IPv4 only.</summary>
        public static readonly string[] AutoCreatedDestinations = { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" };

        /// <summary><see cref="AutoCreatedDestinations"/>, parsed: the private ranges 10/8, 172.16/12 and 192.168/16.</summary>
        public static readonly Cidr[] AutoCreatedBlocks = ParseAutoCreated();

        /// <summary>
        /// The system route every VPC keeps for Alibaba Cloud services. The documentation's tables leave it out, and so
        /// do ours (SPEC section 3), but it counts for equality: a custom route equal to it is refused, a more specific
        /// one (<c>100.118.28.0/24</c> of the "access OSS across regions" use case) is allowed.
        /// </summary>
        public static readonly Cidr CloudServiceBlock = ParseBlock("100.64.0.0/10");

        /// <summary>
        /// Builds the VPC's table; the router table it synchronizes with comes from <see cref="TopologyIndex.Tables"/>.
        /// Readers ask <see cref="ResolvedTables.Vpc"/>, which builds each table once.
        /// </summary>
        public static ResolvedTable Resolve(TopologyIndex index, int vpc)
        {
            var routes = InBuildOrder(index, vpc, null);
            var vpcDefinition = index.Model.Vpcs[vpc];
            return new ResolvedTable(TableKind.Vpc, "", vpcDefinition.Region, vpcDefinition.Name,
                new EquatableArray<ResolvedRoute>(RouteOrder.Sort(routes)));
        }

        /// <summary>
        /// The table's routes in the order the table is built (system, manual custom, automatic, advertised), not yet in
        /// the console's order; with <paramref name="origins"/>, the call that put each route there, at the same position
        /// (for TOPO028, which reports the call that goes past the custom-route quota).
        /// </summary>
        public static List<ResolvedRoute> InBuildOrder(TopologyIndex index, int vpc, List<SourceSpan>? origins)
        {
            var model = index.Model;
            var routes = new List<ResolvedRoute>();
            foreach (int vSwitch in index.VSwitchesOf(vpc))
            {
                AddSystemRoute(routes, index.VSwitchCidrs[vSwitch]);
                AddSystemRoute(routes, index.VSwitchIpv6Cidrs[vSwitch]);
            }
            Record(origins, routes, model.Vpcs[vpc].Call);

            var customDestinations = new HashSet<Cidr>();
            foreach (var route in CustomRoutes(index, vpc, customDestinations))
            {
                routes.Add(new ResolvedRoute(route.Destination, model.Attachments[route.Attachment].Name, RouteKind.Custom, Active: true));
                Record(origins, routes, route.VpcRoute == VpcCustomRoute.Automatic ? model.Attachments[route.Attachment].Call : model.VpcRoutes[route.VpcRoute].Call);
            }

            RouteSynchronization.Advertise(index, vpc, customDestinations, routes);
            int synchronizing = RouteSynchronization.SynchronizingAttachment(index, vpc);
            Record(origins, routes, synchronizing == RouteSynchronization.NoAttachment ? SourceSpan.None : model.Attachments[synchronizing].Call);
            return routes;
        }

        /// <summary>Gives every route added since the last call the origin <paramref name="call"/>.</summary>
        private static void Record(List<SourceSpan>? origins, List<ResolvedRoute> routes, SourceSpan call)
        {
            if (origins is null) return;
            while (origins.Count < routes.Count) origins.Add(call);
        }

        /// <summary>
        /// The custom routes the VPC's table holds, in the order it takes them: the <c>vpc.Route</c> routes the cloud
        /// accepts, then each attachment's automatic routes whose destination is still free. <paramref name="destinations"/>
        /// collects their destinations. The table and the Terraform export (which writes each as a route entry) share this.
        /// </summary>
        public static List<VpcCustomRoute> CustomRoutes(TopologyIndex index, int vpc, HashSet<Cidr> destinations)
        {
            var model = index.Model;
            var custom = new List<VpcCustomRoute>();
            foreach (int route in index.VpcRoutesOf(vpc))
            {
                if (!(index.VpcRouteDestinations[route] is Cidr destination)) continue;
                if (CoveredBySystemRoute(index, vpc, destination) || destination == CloudServiceBlock || !destinations.Add(destination)) continue;
                custom.Add(new VpcCustomRoute(destination, model.VpcRoutes[route].Attachment, route));
            }

            foreach (int attachment in index.AttachmentsOf(vpc))
            {
                if (!model.Attachments[attachment].AutoCreateVpcRoutes) continue;
                foreach (var block in AutoCreatedBlocks)
                {
                    if (destinations.Add(block)) custom.Add(new VpcCustomRoute(block, attachment, VpcCustomRoute.Automatic));
                }
            }
            return custom;
        }

        /// <summary>Whether the destination equals or is more specific than a system route of the VPC: per VPC, over its own few vSwitches.</summary>
        public static bool CoveredBySystemRoute(TopologyIndex index, int vpc, Cidr destination) => SystemRouteCovering(index, vpc, destination) >= 0;

        /// <summary>The first vSwitch of the VPC whose block (of the destination's family) contains the destination, or -1.</summary>
        public static int SystemRouteCovering(TopologyIndex index, int vpc, Cidr destination)
        {
            foreach (int vSwitch in index.VSwitchesOf(vpc))
            {
                var block = destination.IsIPv6 ? index.VSwitchIpv6Cidrs[vSwitch] : index.VSwitchCidrs[vSwitch];
                if (block is Cidr system && system.Contains(destination)) return vSwitch;
            }
            return -1;
        }

        private static void AddSystemRoute(List<ResolvedRoute> routes, Cidr? block)
        {
            if (block is Cidr destination)
            {
                routes.Add(new ResolvedRoute(destination, LocalNextHop, RouteKind.System, Active: true));
            }
        }

        private static Cidr[] ParseAutoCreated()
        {
            var blocks = new Cidr[AutoCreatedDestinations.Length];
            for (int i = 0; i < blocks.Length; i++) blocks[i] = ParseBlock(AutoCreatedDestinations[i]);
            return blocks;
        }

        private static Cidr ParseBlock(string text)
        {
            Cidr.TryParse(text, out var block);
            return block;
        }
    }

    /// <summary>
    /// A custom route of a VPC's table: declared with <c>vpc.Route</c> (<see cref="VpcRoute"/> is its index into
    /// <see cref="TopologyModel.VpcRoutes"/>) or created with the attachment (<see cref="Automatic"/>).
    /// </summary>
    internal readonly record struct VpcCustomRoute(Cidr Destination, int Attachment, int VpcRoute)
    {
        public const int Automatic = -1;

        public bool IsAutomatic => VpcRoute == Automatic;
    }
}
