namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>vpc.Ecs</c>: <c>alicloud_instance</c> in the vSwitch whose block holds its address, with that fixed address
    /// (<c>private_ip</c>, or <c>ipv6_addresses</c> for an IPv6 one) and its security group. The DSL has no image or
    /// instance type: they are the variables <c>image_id</c> and <c>instance_type</c>, which the user supplies.
    /// </summary>
    internal static class InstanceResources
    {
        /// <summary>The cloud's bounds on <c>instance_name</c>, in UTF-8 bytes (the provider's StringLenBetween).</summary>
        private const int MinNameBytes = 2;
        private const int MaxNameBytes = 128;

        public static void Write(TerraformContext context, int vpc, string? openGroup)
        {
            var model = context.Model;
            foreach (int instance in context.Index.InstancesOf(vpc))
            {
                var definition = model.Instances[instance];
                string address = context.Address("alicloud_instance", definition.Name, "ecs");
                int vSwitch = VSwitchOf(context.Index, instance);
                var ip = context.Index.InstanceAddresses[instance];
                if (vSwitch < 0)
                {
                    context.Resources.Comment(TerraformContext.Named("ECS instance", definition.Name) + " (" + definition.Ip + ") left out: no vSwitch of "
                        + TerraformContext.Named("VPC", model.Vpcs[vpc].Name) + " holds its address, and an instance needs one (TOPO007).");
                    continue;
                }

                context.HasInstances = true;
                var block = context.Resource(address).Set("provider", context.VpcProvider(vpc));
                int bytes = System.Text.Encoding.UTF8.GetByteCount(definition.Name);
                if (bytes >= MinNameBytes && bytes <= MaxNameBytes) block.String("instance_name", definition.Name);
                else block.Above(TerraformContext.Named("ECS instance", definition.Name) + ": the name is outside the 2-128 bytes the cloud takes for instance_name, so the cloud names the instance.");
                block.Set("image_id", "var.image_id").Set("instance_type", "var.instance_type").Set("vswitch_id", context.VSwitches[vSwitch] + ".id");
                string text = ip!.Value.ToString();
                if (ip.Value.IsIPv6) block.List("ipv6_addresses", new[] { HclText.Quote(text) });
                else block.String("private_ip", text);

                int group = definition.SecurityGroup;
                if (TerraformContext.Has(group, model.SecurityGroups.Count))
                {
                    if (model.SecurityGroups[group].Vpc != vpc)
                    {
                        block.Above(TerraformContext.Named("ECS instance", definition.Name) + ": " + TerraformContext.Named("security group", model.SecurityGroups[group].Name)
                            + " belongs to another VPC, and the cloud takes only a group of the instance's own VPC.");
                    }
                    block.List("security_groups", new[] { context.SecurityGroups[group] + ".id" });
                }
                else if (openGroup != null)
                {
                    block.List("security_groups", new[] { openGroup + ".id" });
                }
            }
        }

        /// <summary>The vSwitch an instance is placed in: the first of its VPC whose block of the address's family holds it, or -1.</summary>
        public static int VSwitchOf(TopologyIndex index, int instance)
        {
            if (!(index.InstanceAddresses[instance] is IpAddress address)) return -1;
            int vpc = index.Model.Instances[instance].Vpc;
            foreach (int vSwitch in index.VSwitchesOf(vpc))
            {
                var block = address.IsIPv6 ? index.VSwitchIpv6Cidrs[vSwitch] : index.VSwitchCidrs[vSwitch];
                if (block is Cidr cidr && cidr.Contains(address)) return vSwitch;
            }
            return -1;
        }
    }
}
