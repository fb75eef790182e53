using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO012: the routes created on attach are IPv4 only and route synchronization is off by default, so a VPC
    /// with an IPv6 block sends no IPv6 traffic to the transit router until an IPv6 route points at the attachment.
    /// Checked per attachment against the VPC's resolved route table (the same one <c>RouteTables</c> shows): an
    /// active IPv6 route, custom or Transit Router, whose next hop is the attachment. Reported on the VPC argument of
    /// the Attach call, pointing at the VPC's IPv6 block.
    /// </summary>
    internal static class MissingIpv6RouteRule
    {
        /// <summary>The route the fix adds: a default route, which reaches every IPv6 block behind the router.</summary>
        private const string DefaultRoute = "::/0";

        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            // The fix is offered once per VPC: a second ::/0 through another attachment would be refused (TOPO026).
            var fixOffered = new HashSet<int>();
            foreach (var attachment in model.Attachments)
            {
                if ((uint)attachment.Vpc >= (uint)model.Vpcs.Count) continue;
                var vpc = model.Vpcs[attachment.Vpc];
                // A block with host bits set counts as its network, as TOPO005's fix will write it: the finding then
                // does not wait for that fix (dotnet format applies each ID's fixes once).
                if (!(Cidr.NetworkOf(vpc.Ipv6Cidr) is Cidr ipv6Block) || !ipv6Block.IsIPv6) continue;

                var table = index.Tables.Vpc(attachment.Vpc);
                if (HasIpv6RouteTo(table, attachment.Name ?? "")) continue;

                var finding = Finding.WithRelated(RuleCatalog.MissingIpv6Route, attachment.VpcSpan, vpc.Ipv6CidrSpan,
                    vpc.Name ?? "", ipv6Block.ToString(), attachment.Name ?? "");
                bool fixable = !HasRouteTo(table, DefaultRoute) && fixOffered.Add(attachment.Vpc);
                findings.Add(fixable ? finding.With(FindingProperties.Ipv6Route, DefaultRoute) : finding);
            }
        }

        /// <summary>Whether the table already routes <paramref name="destination"/> some way (a custom route, or one the router advertises).</summary>
        private static bool HasRouteTo(ResolvedTable table, string destination)
        {
            foreach (var route in table.Routes)
            {
                if (route.Kind != RouteKind.System && route.Destination.ToString() == destination) return true;
            }
            return false;
        }

        /// <summary>Next hops are attachment names in resolved tables; duplicate names are TOPO008's business.</summary>
        private static bool HasIpv6RouteTo(ResolvedTable table, string attachment)
        {
            foreach (var route in table.Routes)
            {
                if (route.Active && route.Destination.IsIPv6 && route.NextHop == attachment
                    && (route.Kind == RouteKind.Custom || route.Kind == RouteKind.TransitRouter)) return true;
            }
            return false;
        }
    }
}
