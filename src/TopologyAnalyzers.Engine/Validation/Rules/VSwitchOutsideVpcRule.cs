using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO006: a vSwitch's block must lie inside its VPC's block, and its IPv6 block inside the VPC's IPv6 block:
    /// the cloud carves vSwitches out of the VPC's address space and refuses anything else.
    /// </summary>
    internal static class VSwitchOutsideVpcRule
    {
        private const string NoIpv6Block = "no IPv6 block";

        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            for (int i = 0; i < model.VSwitches.Count; i++)
            {
                var vSwitch = model.VSwitches[i];
                if ((uint)vSwitch.Vpc >= (uint)model.Vpcs.Count) continue;
                var vpc = model.Vpcs[vSwitch.Vpc];

                // Malformed blocks on either side are null here and left to TOPO005.
                if (index.VSwitchCidrs[i] is Cidr block && index.VpcCidrs[vSwitch.Vpc] is Cidr vpcBlock && !vpcBlock.Contains(block))
                {
                    findings.Add(Finding.Create(RuleCatalog.VSwitchOutsideVpc, vSwitch.CidrSpan,
                        vSwitch.Name, block.ToString(), vpc.Name, vpcBlock.ToString()));
                }

                if (index.VSwitchIpv6Cidrs[i] is Cidr ipv6Block)
                {
                    if (vpc.Ipv6Cidr == null)
                    {
                        // An IPv6 vSwitch needs IPv6 enabled on its VPC first.
                        findings.Add(Finding.Create(RuleCatalog.VSwitchOutsideVpc, vSwitch.Ipv6CidrSpan,
                            vSwitch.Name, ipv6Block.ToString(), vpc.Name, NoIpv6Block));
                    }
                    else if (index.VpcIpv6Cidrs[vSwitch.Vpc] is Cidr vpcIpv6Block && !vpcIpv6Block.Contains(ipv6Block))
                    {
                        findings.Add(Finding.Create(RuleCatalog.VSwitchOutsideVpc, vSwitch.Ipv6CidrSpan,
                            vSwitch.Name, ipv6Block.ToString(), vpc.Name, vpcIpv6Block.ToString()));
                    }
                }
            }
        }
    }
}
