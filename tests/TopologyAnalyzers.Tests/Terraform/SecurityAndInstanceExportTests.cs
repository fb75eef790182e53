using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>Security groups, their rules and ECS instances as the provider takes them.</summary>
    public class SecurityAndInstanceExportTests
    {
        private static ExportedConfiguration Export() => ExportedConfiguration.Of(net =>
        {
            var a = net.Account("A", "1000000000000001");
            var vpc = a.Vpc("WEB", "cn-hangzhou", "10.1.0.0/16", "2408:4005:300::/56")
                .VSwitch("web-j", "cn-hangzhou-j", "10.1.0.0/24", "2408:4005:300:1::/64").VSwitch("web-k", "cn-hangzhou-k", "10.1.1.0/24");
            var open = vpc.SecurityGroup("sg-open").AllowInbound(Protocol.Icmp, "10.0.0.0/8").AllowInbound(Protocol.Icmp, "2408:4005::/32");
            var shut = vpc.SecurityGroup("sg-shut", SecurityGroupKind.Enterprise)
                .AllowInbound(Protocol.Tcp, "0.0.0.0/0", 443, 443).AllowInbound(Protocol.Udp, "10.0.0.0/8").AllowInbound(Protocol.Tcp, "10.0.0.0/8", 22)
                .AllowInbound(Protocol.All, "192.168.0.0/16", 80, 90);
            vpc.Ecs("WEB1", "10.1.0.1", open).Ecs("WEB2", "10.1.1.1", shut).Ecs("WEB3", "2408:4005:300:1::9", open).Ecs("X", "10.9.0.1");
        });

        [Fact]
        public void A_basic_group_is_normal_with_internal_access_and_an_enterprise_group_is_enterprise()
        {
            var export = Export();
            export.AssertValid();
            var open = export.Resource("alicloud_security_group", "sg_open");
            Assert.Equal(("sg-open", "normal", "Accept", "alicloud_vpc.web.id"),
                (open.Value("security_group_name"), open.Value("security_group_type"), open.Value("inner_access_policy"), open.Value("vpc_id")));
            var shut = export.Resource("alicloud_security_group", "sg_shut");
            Assert.Equal(("enterprise", null), (shut.Value("security_group_type"), shut.Value("inner_access_policy")));
        }

        [Fact]
        public void Each_rule_is_an_ingress_accept_rule_with_the_port_range_the_cloud_takes_for_its_protocol()
        {
            var export = Export();
            var rules = export.Resources("alicloud_security_group_rule").ToDictionary(r => r.Labels[1]);
            Assert.Equal(new[] { "sg_open_1", "sg_open_2", "sg_shut_1", "sg_shut_2", "sg_shut_3", "sg_shut_4" }, rules.Keys);
            Assert.All(rules.Values, r => Assert.Equal(("ingress", "accept", "intranet"), (r.Value("type"), r.Value("policy"), r.Value("nic_type"))));
            Assert.Equal(("icmp", "-1/-1", "10.0.0.0/8"), (rules["sg_open_1"].Value("ip_protocol"), rules["sg_open_1"].Value("port_range"), rules["sg_open_1"].Value("cidr_ip")));
            // An ICMP rule from an IPv6 block admits ICMPv6 (ping6) and names the block as ipv6_cidr_ip.
            Assert.Equal(("icmpv6", "2408:4005::/32", null), (rules["sg_open_2"].Value("ip_protocol"), rules["sg_open_2"].Value("ipv6_cidr_ip"), rules["sg_open_2"].Value("cidr_ip")));
            Assert.Equal(("tcp", "443/443"), (rules["sg_shut_1"].Value("ip_protocol"), rules["sg_shut_1"].Value("port_range")));
            Assert.Equal(("udp", "1/65535"), (rules["sg_shut_2"].Value("ip_protocol"), rules["sg_shut_2"].Value("port_range")));
            Assert.Equal("22/22", rules["sg_shut_3"].Value("port_range"));
            Assert.Equal(("all", "-1/-1"), (rules["sg_shut_4"].Value("ip_protocol"), rules["sg_shut_4"].Value("port_range")));
            Assert.Contains("A rule of security group \"sg-shut\": ports 80 to 90 do not apply to all, for which the cloud takes -1/-1.", export.Comments);
        }

        [Fact]
        public void An_instance_sits_in_the_vswitch_holding_its_address_with_its_group_image_and_type()
        {
            var export = Export();
            var web1 = export.Resource("alicloud_instance", "web1");
            Assert.Equal(("WEB1", "alicloud_vswitch.web_j.id", "10.1.0.1", "[alicloud_security_group.sg_open.id]"),
                (web1.Value("instance_name"), web1.Value("vswitch_id"), web1.Value("private_ip"), web1.Value("security_groups")));
            Assert.Equal(("var.image_id", "var.instance_type"), (web1.Value("image_id"), web1.Value("instance_type")));
            Assert.Equal("alicloud_vswitch.web_k.id", export.Resource("alicloud_instance", "web2").Value("vswitch_id"));
            var web3 = export.Resource("alicloud_instance", "web3");
            Assert.Equal(("[2408:4005:300:1::9]", null, "alicloud_vswitch.web_j.id"), (web3.Value("ipv6_addresses"), web3.Value("private_ip"), web3.Value("vswitch_id")));
            Assert.Equal(new[] { "image_id", "instance_type" }, export.Variables.Where(v => !v.StartsWith("a_")));
        }

        [Fact]
        public void An_instance_in_no_vswitch_is_a_comment_naming_it()
        {
            var export = Export();
            Assert.DoesNotContain(export.Resources("alicloud_instance"), i => i.Value("instance_name") == "X");
            Assert.Contains("ECS instance \"X\" (10.9.0.1) left out: no vSwitch of VPC \"WEB\" holds its address, and an instance needs one (TOPO007).", export.Comments);
        }

        [Fact]
        public void Instances_declared_without_a_group_get_one_that_admits_everything_as_the_topology_reads_them()
        {
            var export = ExportedConfiguration.Parse(global::CrossAccountVpcs.CrossAccountVpcs.Terraform);
            var group = export.Resource("alicloud_security_group", "vpc1_allow_all");
            Assert.Equal(("VPC1-allow-all", "normal"), (group.Value("security_group_name"), group.Value("security_group_type")));
            var rule = export.Resource("alicloud_security_group_rule", "vpc1_allow_all_ipv4");
            Assert.Equal(("all", "-1/-1", "0.0.0.0/0"), (rule.Value("ip_protocol"), rule.Value("port_range"), rule.Value("cidr_ip")));
            Assert.Equal("[alicloud_security_group.vpc1_allow_all.id]", export.Resource("alicloud_instance", "ecs1").Value("security_groups"));
            // A VPC whose every instance has a group gets none.
            // A VPC whose every instance written has a group gets none.
            Assert.DoesNotContain(Export().Resources("alicloud_security_group"), g => g.Labels[1].EndsWith("allow_all"));
        }

        [Fact]
        public void An_instance_name_the_cloud_does_not_take_is_left_to_the_cloud_with_a_comment()
        {
            var export = ExportedConfiguration.Of(net =>
                net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24").Ecs("E", "10.1.0.1"));
            export.AssertValid();
            Assert.Null(export.Resource("alicloud_instance", "e").Value("instance_name"));
            Assert.Contains("ECS instance \"E\": the name is outside the 2-128 bytes the cloud takes for instance_name, so the cloud names the instance.", export.Comments);
        }
    }
}
