using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A VPC's system route table: a <c>Local</c> system route per vSwitch block (IPv4 and IPv6), and for
    /// each attachment created with "Automatically Create Route That Points to Transit Router" the three
    /// private-range custom routes, unless a custom route with that destination is already there.
    /// </summary>
    internal static class VpcRouteTable
    {
        public const string LocalNextHop = "Local";

        /// <summary>The routes the console adds, whatever the VPC's own block: IPv4 only.</summary>
        public static readonly string[] AutoCreatedDestinations = { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" };

        private static readonly Cidr[] AutoCreatedBlocks = ParseAutoCreated();

        public static ResolvedTable Resolve(TopologyIndex index, int vpc)
        {
            var model = index.Model;
            var routes = new List<ResolvedRoute>();
            foreach (int vSwitch in index.VSwitchesOf(vpc))
            {
                AddSystemRoute(routes, index.VSwitchCidrs[vSwitch]);
                AddSystemRoute(routes, index.VSwitchIpv6Cidrs[vSwitch]);
            }

            var customDestinations = new HashSet<Cidr>();
            foreach (int attachment in index.AttachmentsOf(vpc))
            {
                var definition = model.Attachments[attachment];
                if (!definition.AutoCreateVpcRoutes) continue;
                foreach (var block in AutoCreatedBlocks)
                {
                    if (customDestinations.Add(block))
                    {
                        routes.Add(new ResolvedRoute(block, definition.Name, RouteKind.Custom, Active: true));
                    }
                }
            }

            var vpcDefinition = model.Vpcs[vpc];
            return new ResolvedTable(TableKind.Vpc, "", vpcDefinition.Region, vpcDefinition.Name,
                new EquatableArray<ResolvedRoute>(RouteOrder.Sort(routes)));
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
            for (int i = 0; i < blocks.Length; i++) Cidr.TryParse(AutoCreatedDestinations[i], out blocks[i]);
            return blocks;
        }
    }
}
