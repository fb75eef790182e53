using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>account.Vpc</c> and <c>vpc.VSwitch</c>: <c>alicloud_vpc</c> and <c>alicloud_vswitch</c>, managed by the VPC
    /// owner's provider of the VPC's region. Each VPC is followed by what lives in it: vSwitches, security groups,
    /// ECS instances, and the grants its owner makes.
    /// </summary>
    internal static class VpcResources
    {
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            var groups = Buckets(model.Vpcs.Count, model.SecurityGroups.Count, i => model.SecurityGroups[i].Vpc);
            var rules = Buckets(model.SecurityGroups.Count, model.SecurityGroupRules.Count, i => model.SecurityGroupRules[i].Group);
            var grants = Buckets(model.Vpcs.Count, model.Grants.Count, i => model.Grants[i].Vpc);
            for (int vpc = 0; vpc < model.Vpcs.Count; vpc++)
            {
                WriteVpc(context, vpc);
                foreach (int vSwitch in context.Index.VSwitchesOf(vpc)) WriteVSwitch(context, vSwitch);
                string? openGroup = SecurityGroupResources.Write(context, vpc, groups[vpc], rules);
                InstanceResources.Write(context, vpc, openGroup);
                foreach (int grant in grants[vpc]) GrantResources.Write(context, grant);
            }
        }

        /// <summary>Indexes 0..<paramref name="count"/>-1 grouped by owner, each group in declaration order.</summary>
        public static List<int>[] Buckets(int owners, int count, System.Func<int, int> owner)
        {
            var buckets = new List<int>[owners];
            for (int i = 0; i < owners; i++) buckets[i] = new List<int>();
            for (int i = 0; i < count; i++)
            {
                int o = owner(i);
                if (TerraformContext.Has(o, owners)) buckets[o].Add(i);
            }
            return buckets;
        }

        private static void WriteVpc(TerraformContext context, int vpc)
        {
            var definition = context.Model.Vpcs[vpc];
            var block = context.Resource(context.Vpcs[vpc]).Set("provider", context.VpcProvider(vpc));
            if (definition.Name.Length > 0) block.String("vpc_name", definition.Name);
            block.String("cidr_block", definition.Cidr);
            if (definition.Ipv6Cidr != null)
            {
                // The cloud hands out the block; the deprecated ipv6_cidr_block argument is the only way to ask for one.
                block.Above(TerraformContext.Named("VPC", definition.Name) + ": the cloud assigns the IPv6 block on apply; the topology was checked with " + definition.Ipv6Cidr + ".");
                block.Bool("enable_ipv6", true);
            }
        }

        private static void WriteVSwitch(TerraformContext context, int vSwitch)
        {
            var definition = context.Model.VSwitches[vSwitch];
            var block = context.Resource(context.VSwitches[vSwitch]).Set("provider", context.VpcProvider(definition.Vpc));
            if (definition.Name.Length > 0) block.String("vswitch_name", definition.Name);
            block.Set("vpc_id", context.Vpcs[definition.Vpc] + ".id").String("zone_id", definition.Zone).String("cidr_block", definition.Cidr);
            if (definition.Ipv6Cidr == null) return;
            int? mask = Ipv6Mask(context.Index.VpcIpv6Cidrs[definition.Vpc], context.Index.VSwitchIpv6Cidrs[vSwitch]);
            if (mask is int value)
            {
                block.Bool("enable_ipv6", true).Number("ipv6_cidr_block_mask", value);
            }
            else
            {
                block.Above(TerraformContext.Named("vSwitch", definition.Name) + ": IPv6 block " + definition.Ipv6Cidr + " left out: the cloud gives a vSwitch a /64 inside its VPC's IPv6 block, chosen by ipv6_cidr_block_mask.");
            }
        }

        /// <summary>
        /// Which /64 of the VPC's IPv6 block the vSwitch's block is (the bits between the two prefixes), or null when the
        /// vSwitch's block is not a /64 inside a parsed VPC block at most 16 bits shorter.
        /// </summary>
        private static int? Ipv6Mask(Cidr? vpcBlock, Cidr? vSwitchBlock)
        {
            if (!(vpcBlock is Cidr vpc) || !(vSwitchBlock is Cidr vSwitch)) return null;
            int bits = 64 - vpc.PrefixLength;
            if (!vpc.IsIPv6 || !vSwitch.IsIPv6 || vSwitch.PrefixLength != 64 || bits < 0 || bits > 16 || !vpc.Contains(vSwitch)) return null;
            return (int)(vSwitch.Network.High & ((1UL << bits) - 1));
        }
    }
}
