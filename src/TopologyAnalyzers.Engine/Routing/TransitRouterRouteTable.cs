using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A transit router's default route table: every attachment created with "Propagate System Routes to
    /// Default Route Table" puts its VPC's vSwitch blocks there (not the VPC block, never custom routes),
    /// next hop the attachment. When two attachments bring the same destination, the first declared stays
    /// active and the other is kept, inactive, to be shown as a conflict.
    /// </summary>
    internal static class TransitRouterRouteTable
    {
        public static ResolvedTable ResolveDefault(TopologyIndex index, int transitRouter)
        {
            var model = index.Model;
            var routes = new List<ResolvedRoute>();
            var owners = new Dictionary<Cidr, string>();
            foreach (int attachment in index.AttachmentsOn(transitRouter))
            {
                var definition = model.Attachments[attachment];
                if (!definition.PropagateSystemRoutes) continue;
                foreach (int vSwitch in index.VSwitchesOf(definition.Vpc))
                {
                    Propagate(routes, owners, index.VSwitchCidrs[vSwitch], definition.Name);
                    Propagate(routes, owners, index.VSwitchIpv6Cidrs[vSwitch], definition.Name);
                }
            }

            var router = model.TransitRouters[transitRouter];
            return new ResolvedTable(TableKind.TransitRouter, model.Cens[router.Cen].Name, router.Region,
                ResolvedTable.DefaultTableName, new EquatableArray<ResolvedRoute>(RouteOrder.Sort(routes)));
        }

        private static void Propagate(List<ResolvedRoute> routes, Dictionary<Cidr, string> owners, Cidr? block, string attachment)
        {
            if (!(block is Cidr destination)) return;
            bool first = !owners.ContainsKey(destination);
            if (first) owners.Add(destination, attachment);
            routes.Add(new ResolvedRoute(destination, attachment, RouteKind.Propagated, Active: first));
        }
    }
}
