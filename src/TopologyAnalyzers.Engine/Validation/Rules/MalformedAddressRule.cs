using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO005: every CIDR block and IP address must parse, and a block must have no host bits set: VPC, vSwitch and ECS
    /// addresses, route destinations (<c>vpc.Route</c>, <c>table.Route</c>, <c>table.Blackhole</c>), the source blocks
    /// of security-group rules and the addresses of private-zone records. A VPC's or vSwitch's <c>cidr</c> is an IPv4
    /// block and its <c>ipv6Cidr</c> an IPv6 one. Whatever does not parse is left out of the tables and never matches.
    /// </summary>
    internal static class MalformedAddressRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            // The index parsed every VPC and vSwitch block and instance address already: one it holds is sound, and only
            // the others are parsed again, for the error, and get their owner's name written out.
            for (int i = 0; i < model.Vpcs.Count; i++)
            {
                var vpc = model.Vpcs[i];
                if (index.VpcCidrs[i] is null) CheckBlock(findings, vpc.Cidr, "the CIDR block", "VPC '" + vpc.Name + "'", vpc.CidrSpan, ipv6: false);
                if (vpc.Ipv6Cidr != null && index.VpcIpv6Cidrs[i] is null)
                {
                    CheckBlock(findings, vpc.Ipv6Cidr, "the IPv6 CIDR block", "VPC '" + vpc.Name + "'", vpc.Ipv6CidrSpan, ipv6: true);
                }
            }

            for (int i = 0; i < model.VSwitches.Count; i++)
            {
                var vSwitch = model.VSwitches[i];
                if (index.VSwitchCidrs[i] is null) CheckBlock(findings, vSwitch.Cidr, "the CIDR block", "vSwitch '" + vSwitch.Name + "'", vSwitch.CidrSpan, ipv6: false);
                if (vSwitch.Ipv6Cidr != null && index.VSwitchIpv6Cidrs[i] is null)
                {
                    CheckBlock(findings, vSwitch.Ipv6Cidr, "the IPv6 CIDR block", "vSwitch '" + vSwitch.Name + "'", vSwitch.Ipv6CidrSpan, ipv6: true);
                }
            }

            for (int i = 0; i < model.Instances.Count; i++)
            {
                var instance = model.Instances[i];
                if (index.InstanceAddresses[i] is null) CheckAddress(findings, instance.Ip, "ECS instance '" + instance.Name + "'", instance.IpSpan);
            }

            foreach (var record in model.ZoneRecords)
            {
                string zone = (uint)record.Zone < (uint)model.PrivateZones.Count ? model.PrivateZones[record.Zone].Name : "";
                CheckAddress(findings, record.Ip, "record '" + record.Name + "' of private zone '" + zone + "'", record.IpSpan);
            }

            foreach (var route in model.VpcRoutes)
            {
                string vpc = (uint)route.Vpc < (uint)model.Vpcs.Count ? model.Vpcs[route.Vpc].Name : "";
                CheckBlock(findings, route.Destination, "the destination", "a route of VPC '" + vpc + "'", route.DestinationSpan);
            }

            foreach (var route in model.StaticRoutes)
            {
                CheckBlock(findings, route.Destination, "the destination",
                    (route.IsBlackhole ? "a blackhole route of " : "a static route of ") + TableTitle(model, route.RouteTable), route.DestinationSpan);
            }

            foreach (var rule in model.SecurityGroupRules)
            {
                string group = (uint)rule.Group < (uint)model.SecurityGroups.Count ? model.SecurityGroups[rule.Group].Name : "";
                CheckBlock(findings, rule.SourceCidr, "the source CIDR block", "an inbound rule of security group '" + group + "'", rule.SourceCidrSpan);
            }
        }

        /// <summary><c>TR (region)</c> or <c>TR (region) name</c>, as the table's heading reads.</summary>
        private static string TableTitle(TopologyModel model, int routeTable)
        {
            if ((uint)routeTable >= (uint)model.RouteTables.Count) return "a route table";
            var table = model.RouteTables[routeTable];
            string region = (uint)table.TransitRouter < (uint)model.TransitRouters.Count ? model.TransitRouters[table.TransitRouter].Region : "";
            return table.IsDefault ? "TR (" + region + ")" : "TR (" + region + ") " + table.Name;
        }

        private static void CheckAddress(List<Finding> findings, string text, string owner, SourceSpan span)
        {
            if (Unknown.Is(text)) return;
            var parsed = IpAddress.Parse(text);
            if (!parsed.Success) findings.Add(Finding.Create(RuleCatalog.MalformedAddress, span, "The IP address", owner, parsed.Error ?? ""));
        }

        // ipv6: the address family the argument takes (a VPC's or vSwitch's block), or null for either (a route, a rule).
        private static void CheckBlock(List<Finding> findings, string text, string what, string owner, SourceSpan span, bool? ipv6 = null)
        {
            if (Unknown.Is(text)) return;
            var parsed = Cidr.Parse(text);
            if (!parsed.Success)
            {
                var finding = Finding.Create(RuleCatalog.MalformedAddress, span, Capitalize(what), owner, parsed.Message ?? "");
                findings.Add(parsed.Error == CidrError.HostBitsSet ? finding.With(FindingProperties.Network, parsed.Value.ToString()) : finding);
            }
            else if (ipv6 is bool expected && parsed.Value.IsIPv6 != expected)
            {
                findings.Add(Finding.Create(RuleCatalog.MalformedAddress, span, Capitalize(what), owner, "'" + text + "' is an "
                    + (expected ? "IPv4 block, and this argument takes an IPv6 block (the IPv4 block goes in cidr)"
                                : "IPv6 block, and this argument takes an IPv4 block (the IPv6 block goes in ipv6Cidr)")));
            }
        }

        private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
