using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>vpc.SecurityGroup</c> and <c>sg.AllowInbound</c>: <c>alicloud_security_group</c> (<c>normal</c> for Basic, with
    /// internal access accepted as the engine assumes; <c>enterprise</c>) and one <c>alicloud_security_group_rule</c> per
    /// rule. The cloud puts every instance in a group, while the topology reads an instance declared without one as
    /// letting everything in; so a VPC with such instances gets a group that admits all inbound traffic, and the
    /// deployed network is the one that was checked.
    /// </summary>
    internal static class SecurityGroupResources
    {
        /// <summary>
        /// Writes the VPC's groups with their rules (<paramref name="rulesOfGroup"/>, per group in declaration order);
        /// returns the address of the all-admitting group, when the VPC needs one.
        /// </summary>
        public static string? Write(TerraformContext context, int vpc, List<int> groups, List<int>[] rulesOfGroup)
        {
            var model = context.Model;
            foreach (int group in groups)
            {
                var definition = model.SecurityGroups[group];
                var block = context.Resource(context.SecurityGroups[group]).Set("provider", context.VpcProvider(vpc));
                WriteGroup(context, block, vpc, definition.Name, definition.Kind);
                string groupName = TerraformContext.NameOf(context.SecurityGroups[group]);
                var rules = rulesOfGroup[group];
                for (int r = 0; r < rules.Count; r++) WriteRule(context, vpc, group, groupName + "_" + HclText.Number(r + 1), model.SecurityGroupRules[rules[r]]);
            }

            return WriteOpenGroup(context, vpc);
        }

        private static void WriteGroup(TerraformContext context, HclBlock block, int vpc, string name, SecurityGroupType kind)
        {
            if (name.Length > 0) block.String("security_group_name", name);
            block.Set("vpc_id", context.Vpcs[vpc] + ".id");
            block.String("security_group_type", kind == SecurityGroupType.Enterprise ? "enterprise" : "normal");
            // A basic group lets its own instances reach each other in the engine; the cloud's switch for it says so explicitly.
            if (kind != SecurityGroupType.Enterprise) block.String("inner_access_policy", "Accept");
        }

        private static void WriteRule(TerraformContext context, int vpc, int group, string name, SecurityGroupRuleDefinition rule)
        {
            string groupName = context.Model.SecurityGroups[group].Name;
            string? protocol = Protocol(rule.Protocol);
            bool ipv6 = rule.SourceCidr.IndexOf(':') >= 0;
            var block = context.Resource("alicloud_security_group_rule", name, "rule");
            block.Set("provider", context.VpcProvider(vpc)).Set("security_group_id", context.SecurityGroups[group] + ".id").String("type", "ingress");
            if (protocol == null)
            {
                // Only an enum value outside the DSL's gets here; "all" is the closest safe reading, said aloud.
                block.Above("A rule of " + TerraformContext.Named("security group", groupName) + ": protocol value " + HclText.Number((int)rule.Protocol) + " is none of the DSL's; written as \"all\".");
                protocol = "all";
            }
            bool ports = protocol == "tcp" || protocol == "udp";
            if (ipv6 && protocol == "icmp") protocol = "icmpv6";
            if (!ports && (rule.FromPort != -1 || rule.ToPort != -1))
            {
                block.Above("A rule of " + TerraformContext.Named("security group", groupName) + ": ports " + HclText.Number(rule.FromPort) + " to " + HclText.Number(rule.ToPort)
                    + " do not apply to " + protocol + ", for which the cloud takes -1/-1.");
            }
            block.String("ip_protocol", protocol).String("port_range", ports ? PortRange(rule.FromPort, rule.ToPort) : "-1/-1");
            block.String(ipv6 ? "ipv6_cidr_ip" : "cidr_ip", rule.SourceCidr);
            block.String("policy", "accept").String("nic_type", "intranet");
        }

        /// <summary>
        /// Where the topology has instances without a group: a group admitting all inbound traffic (IPv4, and IPv6 when
        /// the VPC has an IPv6 block), so they behave as checked. Null when every instance has a group.
        /// </summary>
        private static string? WriteOpenGroup(TerraformContext context, int vpc)
        {
            var model = context.Model;
            var ungrouped = new List<string>();
            foreach (int instance in context.Index.InstancesOf(vpc))
            {
                // Only instances that are written (placed in a vSwitch) need the group.
                if (model.Instances[instance].SecurityGroup < 0 && InstanceResources.VSwitchOf(context.Index, instance) >= 0) ungrouped.Add(HclText.Quote(model.Instances[instance].Name));
            }
            if (ungrouped.Count == 0) return null;

            var definition = model.Vpcs[vpc];
            string group = context.Address("alicloud_security_group", definition.Name + "_allow_all", "sg");
            var block = context.Resource(group)
                .Above(TerraformContext.Named("VPC", definition.Name) + ": " + string.Join(", ", ungrouped) + (ungrouped.Count == 1 ? " has" : " have")
                    + " no security group, which the topology reads as admitting all inbound traffic. The cloud puts every")
                .Above("instance in a group, so this one admits all inbound traffic.")
                .Set("provider", context.VpcProvider(vpc));
            WriteGroup(context, block, vpc, definition.Name + "-allow-all", SecurityGroupType.Basic);
            WriteOpenRule(context, vpc, group, definition.Name + "_allow_all_ipv4", "cidr_ip", "0.0.0.0/0");
            if (definition.Ipv6Cidr != null) WriteOpenRule(context, vpc, group, definition.Name + "_allow_all_ipv6", "ipv6_cidr_ip", "::/0");
            return group;
        }

        private static void WriteOpenRule(TerraformContext context, int vpc, string group, string name, string sourceArgument, string source)
        {
            context.Resource("alicloud_security_group_rule", name, "rule")
                .Set("provider", context.VpcProvider(vpc)).Set("security_group_id", group + ".id").String("type", "ingress")
                .String("ip_protocol", "all").String("port_range", "-1/-1").String(sourceArgument, source)
                .String("policy", "accept").String("nic_type", "intranet");
        }

        private static string? Protocol(ProtocolKind protocol) => protocol switch
        {
            ProtocolKind.Icmp => "icmp",
            ProtocolKind.Tcp => "tcp",
            ProtocolKind.Udp => "udp",
            ProtocolKind.All => "all",
            _ => null,
        };

        /// <summary>
        /// The cloud's <c>from/to</c> for TCP and UDP, which rejects <c>-1/-1</c>: -1 on both ends (all ports) is
        /// <c>1/65535</c>; -1 on one end only means the single port given on the other.
        /// </summary>
        private static string PortRange(int from, int to)
        {
            int low = from != -1 ? from : to != -1 ? to : 1;
            int high = to != -1 ? to : from != -1 ? from : 65535;
            return HclText.Number(low) + "/" + HclText.Number(high);
        }
    }
}
