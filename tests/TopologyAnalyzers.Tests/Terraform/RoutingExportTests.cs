using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// What the routing calls become: custom transit-router tables with their associations and propagations, static and
    /// blackhole routes, inter-region connections, route synchronization, the automatic VPC routes and <c>vpc.Route</c>.
    /// </summary>
    public class RoutingExportTests
    {
        private const string DefaultTable = "data.alicloud_cen_transit_router_route_tables.cen1_cn_hangzhou.tables[0].transit_router_route_table_id";

        [Fact]
        public void Custom_tables_are_resources_of_their_router_and_bind_their_attachments_as_resolved()
        {
            var export = ExportedConfiguration.Parse(global::SharedServiceIsolation.SharedServiceIsolation.Terraform);
            export.AssertValid();

            var table = export.Resources("alicloud_cen_transit_router_route_table").Single();
            Assert.Equal("isolated", table.Value("transit_router_route_table_name"));
            Assert.Equal("alicloud_cen_transit_router.cen1_cn_hangzhou.transit_router_id", table.Value("transit_router_id"));
            const string isolated = "alicloud_cen_transit_router_route_table.cen1_cn_hangzhou_isolated.transit_router_route_table_id";

            // attach1 and attach2 were made without the default association and then associated with "isolated";
            // attach3 with "default" by name: one association each, the one in effect.
            var associations = export.Resources("alicloud_cen_transit_router_route_table_association").ToList();
            Assert.Equal(new[] { isolated, isolated, DefaultTable }, associations.Select(a => a.Value("transit_router_route_table_id")));
            // Propagation stayed on: each propagates to the default table only.
            Assert.Equal(new[] { "attach1_default", "attach2_default", "attach3_default" },
                export.Resources("alicloud_cen_transit_router_route_table_propagation").Select(p => p.Labels[1]));
        }

        [Fact]
        public void Static_routes_name_their_attachment_and_blackholes_name_no_next_hop()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24").VSwitch("k", "cn-hangzhou-k", "10.1.1.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                var attach = tr.Attach(vpc, "attach1");
                tr.RouteTable("default").Route("0.0.0.0/0", attach).Blackhole("10.9.0.0/16");
                tr.RouteTable("quiet").Blackhole("10.8.0.0/16");
            });
            export.AssertValid();

            var routes = export.Resources("alicloud_cen_transit_router_route_entry").ToList();
            Assert.Equal(new[] { "0.0.0.0/0", "10.9.0.0/16", "10.8.0.0/16" }, routes.Select(r => r.Value("transit_router_route_entry_destination_cidr_block")));
            Assert.Equal(new[] { "Attachment", "BlackHole", "BlackHole" }, routes.Select(r => r.Value("transit_router_route_entry_next_hop_type")));
            Assert.Equal("alicloud_cen_transit_router_vpc_attachment.attach1.transit_router_attachment_id", routes[0].Value("transit_router_route_entry_next_hop_id"));
            Assert.Null(routes[1].Value("transit_router_route_entry_next_hop_id"));
            Assert.Equal(DefaultTable, routes[0].Value("transit_router_route_table_id"));
            Assert.Equal("alicloud_cen_transit_router_route_table.cen1_cn_hangzhou_quiet.transit_router_route_table_id", routes[2].Value("transit_router_route_table_id"));
        }

        [Fact]
        public void An_inter_region_connection_joins_both_routers_and_binds_both_default_tables_with_each_regions_provider()
        {
            var export = ExportedConfiguration.Parse(global::CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Terraform);
            export.AssertValid();

            var connection = export.Resources("alicloud_cen_transit_router_peer_attachment").Single();
            Assert.Equal("sg-hz", connection.Value("transit_router_peer_attachment_name"));
            Assert.Equal("alicloud.a_ap_southeast_1", connection.Value("provider"));
            Assert.Equal("alicloud_cen_transit_router.cen1_ap_southeast_1.transit_router_id", connection.Value("transit_router_id"));
            Assert.Equal("alicloud_cen_transit_router.cen1_cn_hangzhou.transit_router_id", connection.Value("peer_transit_router_id"));
            Assert.Equal("cn-hangzhou", connection.Value("peer_transit_router_region_id"));
            Assert.Equal("true", connection.Value("auto_publish_route_enabled"));
            Assert.Equal("var.inter_region_bandwidth", connection.Value("bandwidth"));
            Assert.Contains("inter_region_bandwidth", export.Variables);

            const string id = "alicloud_cen_transit_router_peer_attachment.sg_hz.transit_router_attachment_id";
            foreach (var type in new[] { "alicloud_cen_transit_router_route_table_association", "alicloud_cen_transit_router_route_table_propagation" })
            {
                var sides = export.Resources(type).Where(b => b.Value("transit_router_attachment_id") == id).ToList();
                Assert.Equal(new[] { "alicloud.a_ap_southeast_1", "alicloud.a_cn_hangzhou" }, sides.Select(s => s.Value("provider")));
                Assert.Equal(
                    new[] { "data.alicloud_cen_transit_router_route_tables.cen1_ap_southeast_1", "data.alicloud_cen_transit_router_route_tables.cen1_cn_hangzhou" }
                        .Select(t => t + ".tables[0].transit_router_route_table_id"),
                    sides.Select(s => s.Value("transit_router_route_table_id")));
            }
        }

        [Fact]
        public void Route_synchronization_is_on_for_the_first_attachment_of_a_vpc_only_and_a_comment_says_why()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24").VSwitch("k", "cn-hangzhou-k", "10.1.1.0/24");
                a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "first", routeSynchronization: true);
                a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach(vpc, "second", routeSynchronization: true);
            });
            export.AssertValid();

            Assert.Equal("true", export.Resource("alicloud_cen_transit_router_vpc_attachment", "first").Value("auto_publish_route_enabled"));
            Assert.Equal("false", export.Resource("alicloud_cen_transit_router_vpc_attachment", "second").Value("auto_publish_route_enabled"));
            Assert.Contains(export.Comments, c => c.StartsWith("Attachment \"second\": route synchronization left off") && c.EndsWith("(TOPO025)."));
        }

        [Fact]
        public void Without_automatic_routes_an_attachment_writes_no_route_entry_and_a_vpc_route_replaces_an_automatic_one()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j1", "cn-hangzhou-j", "10.1.0.0/24").VSwitch("k1", "cn-hangzhou-k", "10.1.1.0/24");
                var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.2.0.0/16").VSwitch("j2", "cn-hangzhou-j", "10.2.0.0/24").VSwitch("k2", "cn-hangzhou-k", "10.2.1.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc1, "attach1", autoCreateVpcRoutes: false);
                var attach2 = tr.Attach(vpc2, "attach2");
                vpc2.Route("10.0.0.0/8", attach2).Route("0.0.0.0/0", attach2);
            });
            export.AssertValid();

            var routes = export.Resources("alicloud_route_entry").ToList();
            Assert.DoesNotContain(routes, r => r.Value("route_table_id") == "alicloud_vpc.vpc1.route_table_id");
            // Automatic ones first (with their attachment), then the vpc.Route ones in declaration order: 10/8 once.
            Assert.Equal(new[] { "attach2_172_16_0_0_12", "attach2_192_168_0_0_16", "vpc2_10_0_0_0_8", "vpc2_0_0_0_0_0" }, routes.Select(r => r.Labels[1]));
            Assert.All(routes, r => Assert.Equal("alicloud_cen_transit_router_vpc_attachment.attach2.transit_router_attachment_id", r.Value("nexthop_id")));
        }

        [Fact]
        public void Routes_and_bindings_the_cloud_refuses_are_comments_naming_them()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24").VSwitch("k", "cn-hangzhou-k", "10.1.1.0/24");
                var cen = a.Cen("CEN1");
                var hz = cen.TransitRouter("cn-hangzhou");
                var sh = cen.TransitRouter("cn-shanghai");
                var attach = hz.Attach(vpc, "attach1");
                vpc.Route("10.1.0.0/24", attach);                       // equal to a vSwitch block
                attach.AssociateWith(sh.RouteTable("other"));          // a table of another router
                sh.RouteTable("other").Route("10.0.0.0/8", attach);    // a next hop at another router
                hz.Connect(hz, "self");                                 // a router to itself
            });
            var export = ExportedConfiguration.Of(topology);
            export.AssertValid();

            Assert.Contains("# VPC \"VPC1\": route \"10.1.0.0/24\" -> \"attach1\" left out: it equals or is inside a vSwitch block, which the cloud refuses (TOPO026).", export.Text);
            Assert.Contains("# Attachment \"attach1\": association with route table \"other\" left out: the table belongs to another transit router, which the cloud refuses (TOPO026).", export.Text);
            Assert.Contains("# Route table \"other\": route \"10.0.0.0/8\" -> \"attach1\" left out: the next hop is not an attachment of the table's transit router, which the cloud refuses (TOPO026).", export.Text);
            Assert.Contains("# Inter-region connection \"self\" left out: it must join two transit routers of one CEN, which the cloud checks (TOPO024).", export.Text);
            Assert.Empty(export.Resources("alicloud_cen_transit_router_route_entry"));
            Assert.Empty(export.Resources("alicloud_cen_transit_router_peer_attachment"));
            // The association in effect is still the default one.
            Assert.Equal(DefaultTable, export.Resources("alicloud_cen_transit_router_route_table_association").Single().Value("transit_router_route_table_id"));
        }

        [Fact]
        public void An_attachment_without_association_or_propagation_writes_neither_and_says_so()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24").VSwitch("k", "cn-hangzhou-k", "10.1.1.0/24");
                a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "attach1", associateWithDefaultRouteTable: false, propagateSystemRoutes: false);
            });
            export.AssertValid();
            Assert.Empty(export.Resources("alicloud_cen_transit_router_route_table_association"));
            Assert.Empty(export.Resources("alicloud_cen_transit_router_route_table_propagation"));
            Assert.Contains("Attachment \"attach1\" is associated with no route table: the transit router drops the traffic that comes in from it.", export.Comments);
        }

        [Fact]
        public void An_attachment_of_a_vpc_without_vswitches_is_a_comment_and_nothing_refers_to_it()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16");
                var attach = a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "attach1");
                vpc.Route("0.0.0.0/0", attach);
            });
            export.AssertValid();
            Assert.Empty(export.Resources("alicloud_cen_transit_router_vpc_attachment"));
            Assert.Empty(export.Resources("alicloud_route_entry"));
            Assert.Contains("Attachment \"attach1\" left out: VPC \"VPC1\" has no vSwitch, and an attachment needs one per zone (zone_mappings).", export.Comments);
            Assert.Contains("VPC \"VPC1\": route \"0.0.0.0/0\" -> \"attach1\" left out: its attachment is left out above.", export.Comments);
        }

        [Fact]
        public void An_ipv6_vpc_asks_for_a_block_and_its_vswitch_for_the_same_64_and_the_attachment_carries_ipv6()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16", "2408:4005:300::/56")
                    .VSwitch("j", "cn-hangzhou-j", "10.1.0.0/24", "2408:4005:300:2a::/64").VSwitch("k", "cn-hangzhou-k", "10.1.1.0/24");
                var attach = a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "attach1");
                vpc.Route("::/0", attach);
            });
            export.AssertValid();
            Assert.Equal("true", export.Resource("alicloud_vpc", "vpc1").Value("enable_ipv6"));
            Assert.Contains("VPC \"VPC1\": the cloud assigns the IPv6 block on apply; the topology was checked with 2408:4005:300::/56.", export.Comments);
            Assert.Equal("42", export.Resource("alicloud_vswitch", "j").Value("ipv6_cidr_block_mask"));
            Assert.Null(export.Resource("alicloud_vswitch", "k").Value("enable_ipv6"));
            Assert.Equal("enable", export.Resource("alicloud_cen_transit_router_vpc_attachment", "attach1").Blocks("options").Single().Value("ipv6_support"));
            Assert.Equal("::/0", export.Resource("alicloud_route_entry", "vpc1_0").Value("destination_cidrblock"));
        }
    }
}
