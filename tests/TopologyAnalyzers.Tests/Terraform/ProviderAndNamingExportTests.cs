using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>Provider configurations, names derived from the DSL's, escaping, and the comment listing errors.</summary>
    public class ProviderAndNamingExportTests
    {
        [Fact]
        public void A_china_site_account_is_domestic_and_an_account_that_owns_nothing_gets_no_provider()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("Prod", "1000000000000001", Site.ChinaMainland);
                net.Account("Idle", "2000000000000002");
                a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24");
                a.Vpc("VPC2", "cn-shanghai", "10.2.0.0/16");
            });
            export.AssertValid();
            Assert.Equal(new[] { "prod_cn_hangzhou", "prod_cn_shanghai" }, export.Providers.Select(p => p.Value("alias")));
            Assert.All(export.Providers, p => Assert.Equal("Domestic", p.Value("account_type")));
            Assert.DoesNotContain(export.Variables, v => v.StartsWith("idle"));
            Assert.Equal("alicloud.prod_cn_shanghai", export.Resource("alicloud_vpc", "vpc2").Value("provider"));
        }

        [Fact]
        public void A_cen_without_regional_resources_is_made_in_its_owners_first_region()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                net.Account("B", "2000000000000002").Cen("CEN-B");
                a.Vpc("VPC1", "cn-beijing", "10.1.0.0/16");
                a.Cen("CEN-A");
            });
            export.AssertValid();
            Assert.Equal("alicloud.a_cn_beijing", export.Resource("alicloud_cen_instance", "cen_a").Value("provider"));
            // Account B has no region of its own: the topology's first region.
            Assert.Equal("alicloud.b_cn_beijing", export.Resource("alicloud_cen_instance", "cen_b").Value("provider"));
        }

        [Fact]
        public void Names_become_terraform_identifiers_and_collisions_are_numbered_in_declaration_order()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                foreach (var name in new[] { "VPC-1", "vpc_1", "7up", "", "生产", "vpc_1_2" }) a.Vpc(name, "cn-hangzhou", "10.1.0.0/16");
            });
            Assert.Equal(new[] { "vpc_1", "vpc_1_2", "vpc_7up", "vpc", "vpc_2", "vpc_1_2_2" }, export.Resources("alicloud_vpc").Select(v => v.Labels[1]));
            Assert.Equal(new[] { "VPC-1", "vpc_1", "7up", null, "生产", "vpc_1_2" }, export.Resources("alicloud_vpc").Select(v => v.Value("vpc_name")));
        }

        [Theory]
        [InlineData("${var.secret}")]
        [InlineData("%{ if true }x%{ endif }")]
        [InlineData("$${already}")]
        [InlineData("quote \" back \\ slash")]
        [InlineData("line\nbreak\r\ttab")]
        [InlineData("sep\u2028ara\u2029tor\u0085")]
        [InlineData("rtl\u200Fmark soft\u00ADhyphen")]
        [InlineData("trailing $ and %")]
        public void Every_name_is_data_in_a_literal_that_reads_back_as_the_name(string name)
        {
            var export = ExportedConfiguration.Of(net =>
                net.Account(name, "1000000000000001").Vpc(name, "cn-hangzhou", "10.1.0.0/16").VSwitch(name, "cn-hangzhou-j", "10.1.0.0/24").Ecs("ECS " + name, "10.1.0.1"));
            export.AssertValid();
            Assert.Equal(name, export.Resources("alicloud_vpc").Single().Value("vpc_name"));
            Assert.Equal(name, export.Resources("alicloud_vswitch").Single().Value("vswitch_name"));
            Assert.Equal("ECS " + name, export.Resources("alicloud_instance").Single().Value("instance_name"));
            // One line per line: no name breaks a line or a comment.
            Assert.Empty(FmtLayout.Problems(export.Text));
            Assert.DoesNotContain('\u2028', export.Text);
            Assert.DoesNotContain('\u200F', export.Text);
        }

        [Fact]
        public void A_lone_surrogate_which_utf8_cannot_hold_becomes_the_replacement_character()
        {
            var export = ExportedConfiguration.Of(net => net.Account("A", "1000000000000001").Vpc("x\uD800y", "cn-hangzhou", "10.1.0.0/16"));
            Assert.Equal("x\uFFFDy", export.Resources("alicloud_vpc").Single().Value("vpc_name"));
        }

        [Fact]
        public void A_topology_with_errors_still_exports_starting_with_a_comment_listing_them()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j1", "cn-hangzhou-j", "10.1.0.0/24").VSwitch("k1", "cn-hangzhou-k", "10.1.1.0/24");
                var vpc2 = b.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16").VSwitch("j2", "cn-hangzhou-j", "10.1.0.0/24").VSwitch("k2", "cn-hangzhou-k", "10.1.1.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc1, "attach1");
                tr.Attach(vpc2, "attach2");
            });
            var errors = topology.Diagnostics.Where(d => d.Severity == TopologySeverity.Error).ToList();
            Assert.Contains(errors, d => d.Id == "TOPO001");
            Assert.Contains(errors, d => d.Id == "TOPO002");
            var export = ExportedConfiguration.Of(topology);
            export.AssertValid();

            var lines = export.Text.Split('\n');
            Assert.StartsWith("# TopologyAnalyzers found " + errors.Count + " errors in this topology.", lines[0]);
            Assert.Equal(errors.Select(e => "# " + e.Id + ": " + e.Message), lines.Skip(2).Take(errors.Count));
            Assert.Equal("", lines[2 + errors.Count]);
            Assert.Equal(2, export.Resources("alicloud_cen_transit_router_vpc_attachment").Count());
            Assert.Contains(export.Comments, c => c.StartsWith("Attachment \"attach2\": no grant of VPC \"VPC2\" names CEN \"CEN1\""));
            Assert.Null(export.Resource("alicloud_cen_transit_router_vpc_attachment", "attach2").Value("depends_on"));
        }

        [Fact]
        public void Warnings_alone_add_no_comment()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24");
                a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "attach1");
            });
            Assert.Contains(topology.Diagnostics, d => d.Id == "TOPO003");
            Assert.StartsWith("terraform {", topology.ToTerraform());
        }

        [Fact]
        public void A_raw_grant_naming_a_cen_of_the_topology_refers_to_it_and_one_naming_another_keeps_the_values_typed()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                var vpc = b.Vpc("VPC3", "cn-hangzhou", "10.3.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.3.0.0/24").VSwitch("k", "cn-hangzhou-k", "10.3.1.0/24");
                a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "attach3");
                vpc.Grant("1000000000000001", "CEN1", Payer.VpcOwner).Grant("9000000000000009", "cen-elsewhere", Payer.CenOwner);
            });
            export.AssertValid();
            var grants = export.Resources("alicloud_cen_transit_router_grant_attachment").ToList();
            Assert.Equal(new[] { "alicloud_cen_instance.cen1.id", "cen-elsewhere" }, grants.Select(g => g.Value("cen_id")));
            Assert.Equal(new[] { "1000000000000001", "9000000000000009" }, grants.Select(g => g.Value("cen_owner_id")));
            var attachment = export.Resource("alicloud_cen_transit_router_vpc_attachment", "attach3");
            Assert.Equal(("PayByResourceOwner", "[alicloud_cen_transit_router_grant_attachment.vpc3_cen1]"), (attachment.Value("order_type"), attachment.Value("depends_on")));
        }

        [Fact]
        public void The_export_is_laid_out_as_terraform_fmt_and_the_same_every_time()
        {
            foreach (var define in new System.Action<TopologyBuilder>[]
            {
                global::CrossAccountVpcs.CrossAccountVpcs.Define, global::PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts.Define,
                global::SharedServiceIsolation.SharedServiceIsolation.Define, global::CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Define,
            })
            {
                string text = Topology.Build(define).ToTerraform();
                Assert.Empty(FmtLayout.Problems(text));
                Assert.Equal(text, Topology.Build(define).ToTerraform());
            }
        }

        [Fact]
        public void The_layout_check_catches_misaligned_and_misindented_text()
        {
            Assert.Empty(FmtLayout.Problems("resource \"a\" \"b\" {\n  x   = 1\n  abc = 2\n  n {\n    y = 3\n  }\n}\n"));
            Assert.Equal(new[] { "line 2: '=' at column 7, expected 6" }, FmtLayout.Problems("resource \"a\" \"b\" {\n  x    = 1\n  abc = 2\n}\n"));
            Assert.Equal(new[] { "line 2: indented 4, expected 2" }, FmtLayout.Problems("resource \"a\" \"b\" {\n    x = 1\n}\n"));
            Assert.Contains("line 4: no blank line before a top-level entry", FmtLayout.Problems("resource \"a\" \"b\" {\n  x = 1\n}\nresource \"a\" \"c\" {\n  x = 1\n}\n"));
        }
    }
}
