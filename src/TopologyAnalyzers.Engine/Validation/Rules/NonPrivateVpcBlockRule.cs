using System.Collections.Generic;
using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO013: the routes an attachment creates in its VPC's table cover only 10.0.0.0/8, 172.16.0.0/12 and
    /// 192.168.0.0/16. A VPC whose IPv4 block lies outside all three is reached from another VPC of its CEN only
    /// through a route written by hand (a default route, or one covering the block). Reported once per such VPC, on
    /// its block, naming the VPCs of its CENs whose resolved tables have no route covering it. Malformed blocks are
    /// TOPO005's; IPv6 blocks are not concerned (the automatic routes are IPv4 only).
    /// </summary>
    internal static class NonPrivateVpcBlockRule
    {
        /// <summary>How many VPCs the message names before it only counts the rest.</summary>
        private const int NamedVpcs = 3;


        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            List<int>[]? membersOfCen = null;
            // Per VPC, its active IPv4 routes outside the private ranges: only those can cover a block outside them.
            var wideRoutes = new List<Cidr>?[model.Vpcs.Count];

            for (int vpc = 0; vpc < model.Vpcs.Count; vpc++)
            {
                if (!(index.VpcCidrs[vpc] is Cidr block) || block.IsIPv6 || IsPrivate(block)) continue;
                var cens = CensOf(index, vpc);
                if (cens.Count == 0) continue;

                membersOfCen ??= VpcsOfEachCen(model);
                var unreached = new List<int>();
                var compared = new HashSet<int> { vpc };
                foreach (int cen in cens)
                {
                    foreach (int other in membersOfCen[cen])
                    {
                        // A VPC sharing two CENs with this one is named once.
                        if (!compared.Add(other)) continue;
                        wideRoutes[other] ??= WideRoutes(index, other);
                        if (!Covers(wideRoutes[other]!, block)) unreached.Add(other);
                    }
                }
                if (unreached.Count == 0) continue;

                unreached.Sort();
                var definition = model.Vpcs[vpc];
                findings.Add(Finding.Create(RuleCatalog.NonPrivateVpcBlock, definition.CidrSpan,
                    definition.Name ?? "", block.ToString(), Describe(model, unreached)));
            }
        }

        private static bool IsPrivate(Cidr block)
        {
            foreach (var range in VpcRouteTable.AutoCreatedBlocks)
            {
                if (range.Contains(block)) return true;
            }
            return false;
        }

        private static bool Covers(List<Cidr> routes, Cidr block)
        {
            foreach (var destination in routes)
            {
                if (destination.Contains(block)) return true;
            }
            return false;
        }

        /// <summary>The CENs the VPC is attached to (through any of their transit routers), each once.</summary>
        private static List<int> CensOf(TopologyIndex index, int vpc)
        {
            var model = index.Model;
            var cens = new List<int>();
            foreach (int attachment in index.AttachmentsOf(vpc))
            {
                int router = model.Attachments[attachment].TransitRouter;
                if ((uint)router >= (uint)model.TransitRouters.Count) continue;
                int cen = model.TransitRouters[router].Cen;
                if ((uint)cen < (uint)model.Cens.Count && !cens.Contains(cen)) cens.Add(cen);
            }
            return cens;
        }

        /// <summary>The VPCs attached to each CEN, each once, in declaration order.</summary>
        private static List<int>[] VpcsOfEachCen(TopologyModel model)
        {
            var members = new List<int>[model.Cens.Count];
            var seen = new HashSet<int>[model.Cens.Count];
            for (int i = 0; i < members.Length; i++)
            {
                members[i] = new List<int>();
                seen[i] = new HashSet<int>();
            }
            foreach (var attachment in model.Attachments)
            {
                if ((uint)attachment.TransitRouter >= (uint)model.TransitRouters.Count) continue;
                if ((uint)attachment.Vpc >= (uint)model.Vpcs.Count) continue;
                int cen = model.TransitRouters[attachment.TransitRouter].Cen;
                if ((uint)cen >= (uint)model.Cens.Count) continue;
                if (seen[cen].Add(attachment.Vpc)) members[cen].Add(attachment.Vpc);
            }
            foreach (var list in members) list.Sort();
            return members;
        }

        /// <summary>The VPC's resolved table, as the cloud builds it, cut down to the routes that can matter here.</summary>
        private static List<Cidr> WideRoutes(TopologyIndex index, int vpc)
        {
            var routes = new List<Cidr>();
            foreach (var route in index.Tables.Vpc(vpc).Routes)
            {
                if (route.Active && !route.Destination.IsIPv6 && !IsPrivate(route.Destination)) routes.Add(route.Destination);
            }
            return routes;
        }

        /// <summary><c>VPC 'VPC2' has</c>, <c>VPCs 'VPC2' and 'VPC3' have</c>, <c>VPCs 'VPC2', 'VPC3', 'VPC4' and 5 more have</c>.</summary>
        private static string Describe(TopologyModel model, List<int> vpcs)
        {
            var text = new StringBuilder(vpcs.Count == 1 ? "VPC " : "VPCs ");
            int named = vpcs.Count > NamedVpcs ? NamedVpcs : vpcs.Count;
            for (int i = 0; i < named; i++)
            {
                if (i > 0) text.Append(i == named - 1 && named == vpcs.Count ? " and " : ", ");
                text.Append('\'').Append(model.Vpcs[vpcs[i]].Name ?? "").Append('\'');
            }
            if (named < vpcs.Count)
            {
                text.Append(" and ").Append((vpcs.Count - named).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" more");
            }
            return text.Append(vpcs.Count == 1 ? " has" : " have").ToString();
        }
    }
}
