using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// The seed topology (the cloud's "Connect VPCs across accounts") as Terraform: what each of its DSL calls becomes,
    /// managed by whose provider, referring to what.
    /// </summary>
    public class SeedExportTests
    {
        private static readonly ExportedConfiguration Seed = ExportedConfiguration.Parse(global::CrossAccountVpcs.CrossAccountVpcs.Terraform);

        [Fact]
        public void The_seed_export_is_valid_for_the_provider_schema()
        {
            Seed.AssertValid();
        }

        [Fact]
        public void The_seed_needs_the_alicloud_provider_with_one_configuration_per_account_in_its_region()
        {
            Assert.StartsWith("terraform {\n  required_providers {\n    alicloud = {\n      source  = \"aliyun/alicloud\"\n", Seed.Text);
            Assert.Equal(new[] { "a_ap_southeast_1", "b_ap_southeast_1" }, Seed.Providers.Select(p => p.Value("alias")));
            Assert.All(Seed.Providers, p => Assert.Equal("ap-southeast-1", p.Value("region")));
            Assert.Equal(new[] { "1000000000000001", "2000000000000002" }, Seed.Providers.Select(p => p.Value("account_id")));
            Assert.Equal(new[] { "var.a_access_key", "var.b_access_key" }, Seed.Providers.Select(p => p.Value("access_key")));
            // Each account's role, when given, is assumed: the same configuration works with keys or with roles.
            Assert.All(Seed.Providers, p => Assert.Equal("assume_role", p.Blocks("dynamic").Single().Labels[0]));
            Assert.All(Seed.Providers, p => Assert.Equal("assume_role.value", p.Blocks("dynamic").Single().Blocks("content").Single().Value("role_arn")));
            Assert.Contains("for_each = var.b_role_arn == null ? [] : [var.b_role_arn]", Seed.Text);
            Assert.Equal(new[] { "a_access_key", "a_secret_key", "a_role_arn", "b_access_key", "b_secret_key", "b_role_arn", "image_id", "instance_type" }, Seed.Variables);
        }

        [Fact]
        public void The_seed_has_three_vpcs_and_six_vswitches_each_with_its_owners_provider()
        {
            var vpcs = Seed.Resources("alicloud_vpc").ToList();
            Assert.Equal(new[] { "VPC1", "VPC2", "VPC3" }, vpcs.Select(v => v.Value("vpc_name")));
            Assert.Equal(new[] { "10.0.0.0/16", "172.16.0.0/16", "192.168.0.0/16" }, vpcs.Select(v => v.Value("cidr_block")));
            Assert.Equal(new[] { "alicloud.a_ap_southeast_1", "alicloud.a_ap_southeast_1", "alicloud.b_ap_southeast_1" }, vpcs.Select(v => v.Value("provider")));

            var vSwitches = Seed.Resources("alicloud_vswitch").ToList();
            Assert.Equal(new[] { "vsw1-a", "vsw1-b", "vsw2-a", "vsw2-b", "vsw3-a", "vsw3-b" }, vSwitches.Select(v => v.Value("vswitch_name")));
            Assert.Equal(new[] { "alicloud_vpc.vpc1.id", "alicloud_vpc.vpc1.id", "alicloud_vpc.vpc2.id", "alicloud_vpc.vpc2.id", "alicloud_vpc.vpc3.id", "alicloud_vpc.vpc3.id" },
                vSwitches.Select(v => v.Value("vpc_id")));
            Assert.Equal(new[] { "ap-southeast-1a", "ap-southeast-1b" }, vSwitches.Select(v => v.Value("zone_id")).Distinct());
            Assert.Equal("192.168.1.0/24", Seed.Resource("alicloud_vswitch", "vsw3_b").Value("cidr_block"));
            Assert.Equal("alicloud.b_ap_southeast_1", Seed.Resource("alicloud_vswitch", "vsw3_b").Value("provider"));
        }

        [Fact]
        public void The_cen_and_its_transit_router_belong_to_account_a()
        {
            var cen = Seed.Resources("alicloud_cen_instance").Single();
            Assert.Equal("CEN1", cen.Value("cen_instance_name"));
            Assert.Equal("alicloud.a_ap_southeast_1", cen.Value("provider"));
            var router = Seed.Resources("alicloud_cen_transit_router").Single();
            Assert.Equal("alicloud_cen_instance.cen1.id", router.Value("cen_id"));
            Assert.Equal("alicloud.a_ap_southeast_1", router.Value("provider"));
            var table = Seed.Data("alicloud_cen_transit_router_route_tables").Single();
            Assert.Equal("alicloud_cen_transit_router.cen1_ap_southeast_1.transit_router_id", table.Value("transit_router_id"));
            Assert.Equal("System", table.Value("transit_router_route_table_type"));
        }

        [Fact]
        public void Each_of_the_three_attachments_maps_both_zones_to_its_vpcs_vswitches()
        {
            var attachments = Seed.Resources("alicloud_cen_transit_router_vpc_attachment").ToList();
            Assert.Equal(new[] { "attach1", "attach2", "attach3" }, attachments.Select(a => a.Value("transit_router_vpc_attachment_name")));
            Assert.All(attachments, a => Assert.Equal("alicloud.a_ap_southeast_1", a.Value("provider")));
            Assert.All(attachments, a => Assert.Equal("alicloud_cen_transit_router.cen1_ap_southeast_1.transit_router_id", a.Value("transit_router_id")));
            Assert.All(attachments, a => Assert.Equal("false", a.Value("auto_publish_route_enabled")));
            var mappings = attachments[2].Blocks("zone_mappings").ToList();
            Assert.Equal(new[] { "ap-southeast-1a", "ap-southeast-1b" }, mappings.Select(m => m.Value("zone_id")));
            Assert.Equal(new[] { "alicloud_vswitch.vsw3_a.id", "alicloud_vswitch.vsw3_b.id" }, mappings.Select(m => m.Value("vswitch_id")));
            Assert.All(attachments, a => Assert.Equal(2, a.Blocks("zone_mappings").Count()));
        }

        [Fact]
        public void Vpc3_is_granted_by_account_b_and_its_attachment_names_the_owner_and_waits_for_the_grant()
        {
            var grant = Seed.Resources("alicloud_cen_transit_router_grant_attachment").Single();
            Assert.Equal("alicloud.b_ap_southeast_1", grant.Value("provider"));
            Assert.Equal("VPC", grant.Value("instance_type"));
            Assert.Equal("alicloud_vpc.vpc3.id", grant.Value("instance_id"));
            Assert.Equal("1000000000000001", grant.Value("cen_owner_id"));
            Assert.Equal("alicloud_cen_instance.cen1.id", grant.Value("cen_id"));
            Assert.Equal("PayByCenOwner", grant.Value("order_type"));

            var attach3 = Seed.Resource("alicloud_cen_transit_router_vpc_attachment", "attach3");
            Assert.Equal("2000000000000002", attach3.Value("vpc_owner_id"));
            Assert.Equal("PayByCenOwner", attach3.Value("order_type"));
            Assert.Equal("[alicloud_cen_transit_router_grant_attachment.vpc3_cen1]", attach3.Value("depends_on"));
            // Same-account attachments need neither.
            Assert.Null(Seed.Resource("alicloud_cen_transit_router_vpc_attachment", "attach1").Value("vpc_owner_id"));
            Assert.Null(Seed.Resource("alicloud_cen_transit_router_vpc_attachment", "attach1").Value("depends_on"));
        }

        [Fact]
        public void The_nine_automatic_vpc_routes_point_at_their_attachment_in_the_vpc_owners_table()
        {
            var routes = Seed.Resources("alicloud_route_entry").ToList();
            Assert.Equal(9, routes.Count);
            Assert.Equal(new[] { "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16" }, routes.Take(3).Select(r => r.Value("destination_cidrblock")));
            Assert.All(routes, r => Assert.Equal("Attachment", r.Value("nexthop_type")));
            var vpc3 = routes.Skip(6).ToList();
            Assert.All(vpc3, r => Assert.Equal("alicloud_vpc.vpc3.route_table_id", r.Value("route_table_id")));
            Assert.All(vpc3, r => Assert.Equal("alicloud_cen_transit_router_vpc_attachment.attach3.transit_router_attachment_id", r.Value("nexthop_id")));
            // VPC3's route table is account B's, though the attachment is account A's.
            Assert.All(vpc3, r => Assert.Equal("alicloud.b_ap_southeast_1", r.Value("provider")));
        }

        [Fact]
        public void Each_attachment_is_associated_with_and_propagates_to_the_system_table()
        {
            const string systemTable = "data.alicloud_cen_transit_router_route_tables.cen1_ap_southeast_1.tables[0].transit_router_route_table_id";
            foreach (var type in new[] { "alicloud_cen_transit_router_route_table_association", "alicloud_cen_transit_router_route_table_propagation" })
            {
                var bindings = Seed.Resources(type).ToList();
                Assert.Equal(
                    new[] { "attach1", "attach2", "attach3" }.Select(a => "alicloud_cen_transit_router_vpc_attachment." + a + ".transit_router_attachment_id"),
                    bindings.Select(b => b.Value("transit_router_attachment_id")));
                Assert.All(bindings, b => Assert.Equal(systemTable, b.Value("transit_router_route_table_id")));
                Assert.All(bindings, b => Assert.Equal("alicloud.a_ap_southeast_1", b.Value("provider")));
            }
        }

        [Fact]
        public void The_seeds_instances_take_the_image_and_type_variables_and_their_addresses()
        {
            var instances = Seed.Resources("alicloud_instance").ToList();
            Assert.Equal(new[] { "10.0.0.1", "172.16.0.1", "192.168.0.1" }, instances.Select(i => i.Value("private_ip")));
            Assert.Equal(new[] { "alicloud_vswitch.vsw1_a.id", "alicloud_vswitch.vsw2_a.id", "alicloud_vswitch.vsw3_a.id" }, instances.Select(i => i.Value("vswitch_id")));
            Assert.All(instances, i => Assert.Equal("var.image_id", i.Value("image_id")));
            Assert.All(instances, i => Assert.Equal("var.instance_type", i.Value("instance_type")));
        }

        [Fact]
        public void Readme_shows_the_export_the_seed_sample_generates()
        {
            string readme = System.IO.File.ReadAllText(System.IO.Path.Combine(Support.Fixtures.RepositoryRoot(), "README.md")).Replace("\r\n", "\n");
            Assert.Contains("```hcl\n" + Seed.Text + "```\n", readme);
        }

        [Fact]
        public void The_seed_has_no_errors_so_the_export_starts_with_the_terraform_block()
        {
            Assert.StartsWith("terraform {", Seed.Text);
            Assert.Equal(Topology.Build(global::CrossAccountVpcs.CrossAccountVpcs.Define).ToTerraform(), Seed.Text);
        }
    }
}
