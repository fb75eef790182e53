using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO005: every CIDR block and IP address must parse, and a block must have no host bits set.</summary>
    internal static class MalformedAddressRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var vpc in model.Vpcs)
            {
                CheckBlock(findings, vpc.Cidr, "the CIDR block", "VPC '" + vpc.Name + "'", vpc.CidrSpan);
                if (vpc.Ipv6Cidr != null) CheckBlock(findings, vpc.Ipv6Cidr, "the IPv6 CIDR block", "VPC '" + vpc.Name + "'", vpc.Ipv6CidrSpan);
            }

            foreach (var vSwitch in model.VSwitches)
            {
                CheckBlock(findings, vSwitch.Cidr, "the CIDR block", "vSwitch '" + vSwitch.Name + "'", vSwitch.CidrSpan);
                if (vSwitch.Ipv6Cidr != null) CheckBlock(findings, vSwitch.Ipv6Cidr, "the IPv6 CIDR block", "vSwitch '" + vSwitch.Name + "'", vSwitch.Ipv6CidrSpan);
            }

            foreach (var instance in model.Instances)
            {
                var parsed = IpAddress.Parse(instance.Ip);
                if (!parsed.Success)
                {
                    findings.Add(Finding.Create(RuleCatalog.MalformedAddress, instance.IpSpan, "The IP address", "ECS instance '" + instance.Name + "'", parsed.Error ?? ""));
                }
            }
        }

        private static void CheckBlock(List<Finding> findings, string text, string what, string owner, SourceSpan span)
        {
            var parsed = Cidr.Parse(text);
            if (!parsed.Success)
            {
                var finding = Finding.Create(RuleCatalog.MalformedAddress, span, Capitalize(what), owner, parsed.Message ?? "");
                findings.Add(parsed.Error == CidrError.HostBitsSet ? finding.With(FindingProperties.Network, parsed.Value.ToString()) : finding);
            }
        }

        private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
