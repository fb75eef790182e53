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
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var attachment in model.Attachments)
            {
                if ((uint)attachment.Vpc >= (uint)model.Vpcs.Count) continue;
                if (!(index.VpcIpv6Cidrs[attachment.Vpc] is Cidr ipv6Block) || !ipv6Block.IsIPv6) continue;

                if (HasIpv6RouteTo(index.Tables.Vpc(attachment.Vpc), attachment.Name ?? "")) continue;

                var vpc = model.Vpcs[attachment.Vpc];
                findings.Add(Finding.WithRelated(RuleCatalog.MissingIpv6Route, attachment.VpcSpan, vpc.Ipv6CidrSpan,
                    vpc.Name ?? "", ipv6Block.ToString(), attachment.Name ?? ""));
            }
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
