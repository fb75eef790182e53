using System;
using System.Linq;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Routing
{
    /// <summary>Custom transit-router route tables, static and blackhole routes, and VPC custom routes (SPEC sections 2 and 3).</summary>
    public class CustomRouteTableTests
    {
        private static string[] Rows(RouteTable table) =>
            table.Routes.Select(r => $"{r.Destination} {r.NextHop}{(r.IsActive ? "" : " (conflict)")} {r.Type}").ToArray();

        /// <summary>Two VPCs of one account in cn-hangzhou, each with two vSwitches, and a router to attach them to.</summary>
        private static void TwoVpcs(TopologyBuilder net, out Vpc vpc1, out Vpc vpc2, out TransitRouter tr)
        {
            var a = net.Account("A", "1000000000000001");
            vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16")
                .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24")
                .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24");
            vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24")
                .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24");
            tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
        }

        private static TopologyIndex Index(Action<TopologyBuilder> define)
        {
            var net = new TopologyBuilder();
            define(net);
            return new TopologyIndex(net.Model.Build());
        }

        [Fact]
        public void Manual_vpc_route_replaces_the_automatic_one_with_the_same_destination_whichever_is_declared_first()
        {
            foreach (bool routeFirst in new[] { true, false })
            {
                var tables = Topology.Build(net =>
                {
                    TwoVpcs(net, out var vpc1, out _, out var tr);
                    var other = tr.Attach(vpc1, "other", autoCreateVpcRoutes: false);
                    if (routeFirst) vpc1.Route("10.0.0.0/8", other);
                    tr.Attach(vpc1, "attach1");
                    if (!routeFirst) vpc1.Route("10.0.0.0/8", other);
                }).RouteTables;

                Assert.Equal(new[]
                {
                    "192.168.0.0/24 Local System",
                    "192.168.1.0/24 Local System",
                    "10.0.0.0/8 other Custom",
                    "172.16.0.0/12 attach1 Custom",
                    "192.168.0.0/16 attach1 Custom",
                }, Rows(tables.ForVpc("VPC1")));
            }
        }

        [Fact]
        public void Vpc_route_is_custom_sorted_ipv4_before_ipv6_and_never_propagated_to_the_router()
        {
            var tables = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                var attach1 = tr.Attach(vpc1, "attach1", autoCreateVpcRoutes: false);
                vpc1.Route("2408:4000::/32", attach1).Route("172.16.0.0/12", attach1).Route("0.0.0.0/0", attach1);
            }).RouteTables;

            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "0.0.0.0/0 attach1 Custom",
                "172.16.0.0/12 attach1 Custom",
                "2408:4000::/32 attach1 Custom",
            }, Rows(tables.ForVpc("VPC1")));
            Assert.Equal(new[] { "192.168.0.0/24 attach1 Propagated", "192.168.1.0/24 attach1 Propagated" },
                Rows(tables.ForTransitRouter("cn-hangzhou")));
        }

        [Fact]
        public void Vpc_routes_the_cloud_refuses_or_that_do_not_parse_are_left_out_without_throwing()
        {
            var topology = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                var attach1 = tr.Attach(vpc1, "attach1", autoCreateVpcRoutes: false);
                vpc1.Route("192.168.0.0/24", attach1)     // equal to a system route
                    .Route("192.168.1.128/25", attach1)   // more specific than a system route
                    .Route("not a block", attach1)
                    .Route("", attach1)
                    .Route("10.0.0.0/8", attach1)
                    .Route("10.0.0.0/8", attach1);       // equal to an earlier custom route
            });

            Assert.Equal(new[] { "192.168.0.0/24 Local System", "192.168.1.0/24 Local System", "10.0.0.0/8 attach1 Custom" },
                Rows(topology.RouteTables.ForVpc("VPC1")));
        }

        [Fact]
        public void Blackhole_route_is_a_static_route_whose_next_hop_reads_blackhole()
        {
            var topology = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                tr.Attach(vpc1, "attach1");
                tr.RouteTable("default").Blackhole("172.16.0.0/12").Blackhole("bad");
            });
            var table = topology.RouteTables.ForTransitRouter("cn-hangzhou");

            Assert.Equal(new[]
            {
                "172.16.0.0/12 Blackhole Static",
                "192.168.0.0/24 attach1 Propagated",
                "192.168.1.0/24 attach1 Propagated",
            }, Rows(table));
            Assert.Equal("Blackhole", table.Lookup("172.16.5.5")!.NextHop);
            Assert.Contains("| 172.16.0.0/12 | Blackhole | Static |\n", topology.RouteTables.ToMarkdown());

            var resolved = RouteResolver.Resolve(Index(net =>
            {
                TwoVpcs(net, out _, out _, out var tr);
                tr.RouteTable("default").Blackhole("172.16.0.0/12");
            }));
            Assert.True(resolved.Tables[0].Routes.Single().Blackhole);
        }

        [Fact]
        public void Static_route_points_to_the_attachment_and_beats_a_propagated_route_with_the_same_destination()
        {
            var tables = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out var vpc2, out var tr);
                tr.Attach(vpc1, "attach1");
                var attach2 = tr.Attach(vpc2, "attach2", propagateSystemRoutes: false);
                tr.RouteTable("default").Route("192.168.0.0/24", attach2);
            }).RouteTables;

            var table = tables.ForTransitRouter("cn-hangzhou");
            Assert.Equal(new[]
            {
                "192.168.0.0/24 attach2 Static",
                "192.168.0.0/24 attach1 (conflict) Propagated",
                "192.168.1.0/24 attach1 Propagated",
            }, Rows(table));
            Assert.Equal("attach2", table.Lookup("192.168.0.9")!.NextHop);
        }

        [Fact]
        public void Attachment_propagating_to_two_custom_tables_puts_its_vswitch_blocks_in_both_and_in_default()
        {
            var tables = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                var blue = tr.RouteTable("blue");
                var green = tr.RouteTable("green");
                tr.Attach(vpc1, "attach1").PropagateTo(green).PropagateTo(blue).PropagateTo(blue);
            }).RouteTables;

            var expected = new[] { "192.168.0.0/24 attach1 Propagated", "192.168.1.0/24 attach1 Propagated" };
            Assert.Equal(new[] { "TR (cn-hangzhou)", "TR (cn-hangzhou) blue", "TR (cn-hangzhou) green", "VPC1", "VPC2" }, tables.Select(t => t.Title));
            Assert.Equal(expected, Rows(tables.ForTransitRouter("cn-hangzhou")));
            Assert.Equal(expected, Rows(tables.ForTransitRouter("cn-hangzhou", "blue")));
            Assert.Equal(expected, Rows(tables.ForTransitRouter("cn-hangzhou", "green")));
        }

        [Fact]
        public void Explicit_propagation_to_default_works_without_the_switch_and_is_not_doubled_with_it()
        {
            var tables = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out var vpc2, out var tr);
                tr.Attach(vpc1, "attach1").PropagateTo(tr.RouteTable("default"));
                tr.Attach(vpc2, "attach2", propagateSystemRoutes: false).PropagateTo(tr.RouteTable("default"));
            }).RouteTables;

            Assert.Equal(new[] { "TR (cn-hangzhou)", "VPC1", "VPC2" }, tables.Select(t => t.Title));
            Assert.Equal(new[]
            {
                "172.16.0.0/24 attach2 Propagated",
                "172.16.1.0/24 attach2 Propagated",
                "192.168.0.0/24 attach1 Propagated",
                "192.168.1.0/24 attach1 Propagated",
            }, Rows(tables.ForTransitRouter("cn-hangzhou")));
        }

        [Fact]
        public void Same_destination_from_two_attachments_into_a_custom_table_keeps_the_first_declared_attachment_active()
        {
            var tables = Topology.Build(net =>
            {
                var a = net.Account("A", "1");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16").VSwitch("vsw1", "cn-hangzhou-j", "10.0.0.0/24");
                var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.0.0.0/16").VSwitch("vsw2", "cn-hangzhou-j", "10.0.0.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                var shared = tr.RouteTable("shared");
                var attach1 = tr.Attach(vpc1, "attach1", propagateSystemRoutes: false);
                tr.Attach(vpc2, "attach2", propagateSystemRoutes: false).PropagateTo(shared);
                attach1.PropagateTo(shared);
            }).RouteTables;

            var table = tables.ForTransitRouter("cn-hangzhou", "shared");
            Assert.Equal(new[] { "10.0.0.0/24 attach1 Propagated", "10.0.0.0/24 attach2 (conflict) Propagated" }, Rows(table));
            Assert.Equal("attach1", table.Lookup("10.0.0.1")!.NextHop);
        }

        [Fact]
        public void Asking_twice_for_a_table_name_gives_one_table_and_tables_follow_cen_router_default_then_declaration_order()
        {
            var tables = Topology.Build(net =>
            {
                var a = net.Account("A", "1");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16").VSwitch("vsw1", "cn-hangzhou-j", "10.0.0.0/24");
                var vpc2 = a.Vpc("VPC2", "cn-shanghai", "10.1.0.0/16").VSwitch("vsw2", "cn-shanghai-b", "10.1.0.0/24");
                var cen1 = a.Cen("CEN1");
                var cen2 = a.Cen("CEN2");
                var hz2 = cen2.TransitRouter("cn-hangzhou");
                hz2.RouteTable("z");
                var sh1 = cen1.TransitRouter("cn-shanghai");
                sh1.RouteTable("b");
                var hz1 = cen1.TransitRouter("cn-hangzhou");
                var first = hz1.RouteTable("y");
                hz1.RouteTable("x");
                hz1.RouteTable("default");
                var again = hz1.RouteTable("y");
                Assert.Equal("y", again.Name);
                hz1.Attach(vpc1, "attach1", propagateSystemRoutes: false).PropagateTo(first);
                sh1.Attach(vpc2, "attach2", propagateSystemRoutes: false).PropagateTo(sh1.RouteTable("b"));
            }).RouteTables;

            Assert.Equal(new[]
            {
                "CEN1 TR (cn-shanghai)", "CEN1 TR (cn-shanghai) b",
                "CEN1 TR (cn-hangzhou)", "CEN1 TR (cn-hangzhou) y", "CEN1 TR (cn-hangzhou) x",
                "CEN2 TR (cn-hangzhou)", "CEN2 TR (cn-hangzhou) z",
                " VPC1", " VPC2",
            }, tables.Select(t => t.Cen + " " + t.Title));
            Assert.Equal(new[] { "10.0.0.0/24 attach1 Propagated" }, Rows(tables.ForTransitRouter("cn-hangzhou", "y", "CEN1")));
            Assert.Equal(new[] { "10.1.0.0/24 attach2 Propagated" }, Rows(tables.ForTransitRouter("cn-shanghai", "b")));
        }

        [Fact]
        public void Associate_with_replaces_the_default_association_and_a_later_one_replaces_an_earlier_one()
        {
            int blue = -1, green = -1;
            var index = Index(net =>
            {
                TwoVpcs(net, out var vpc1, out var vpc2, out var tr);
                var blueTable = tr.RouteTable("blue");
                var greenTable = tr.RouteTable("green");
                tr.Attach(vpc1, "attach1").AssociateWith(blueTable);
                tr.Attach(vpc2, "attach2").AssociateWith(blueTable).AssociateWith(greenTable);
                tr.Attach(vpc1, "attach3");
                tr.Attach(vpc2, "attach4", associateWithDefaultRouteTable: false);
                tr.Attach(vpc2, "attach5", associateWithDefaultRouteTable: false).AssociateWith(tr.RouteTable("default"));
            });
            for (int i = 0; i < index.Model.RouteTables.Count; i++)
            {
                if (index.Model.RouteTables[i].Name == "blue") blue = i;
                if (index.Model.RouteTables[i].Name == "green") green = i;
            }

            Assert.Equal(blue, index.AssociationOf(0));
            Assert.Equal(green, index.AssociationOf(1));
            Assert.Equal(TopologyIndex.DefaultTable, index.AssociationOf(2));
            Assert.Equal(TopologyIndex.NoTable, index.AssociationOf(3));
            Assert.Equal(TopologyIndex.DefaultTable, index.AssociationOf(4));
        }

        [Fact]
        public void Association_does_not_change_what_any_table_shows()
        {
            static string[] All(RouteTableSet tables) => tables.SelectMany(t => Rows(t).Select(r => t.Title + ": " + r)).ToArray();

            var plain = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                tr.RouteTable("blue");
                tr.Attach(vpc1, "attach1");
            }).RouteTables;
            var associated = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                tr.Attach(vpc1, "attach1").AssociateWith(tr.RouteTable("blue"));
            }).RouteTables;

            Assert.Equal(All(plain), All(associated));
            Assert.Empty(associated.ForTransitRouter("cn-hangzhou", "blue").Routes);
        }

        [Fact]
        public void Bindings_and_static_routes_across_routers_are_ignored_as_the_cloud_offers_only_the_routers_own_tables()
        {
            var tables = Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                var other = net.Account("B", "2").Cen("CEN2").TransitRouter("cn-hangzhou");
                var foreign = other.RouteTable("foreign");
                var attach1 = tr.Attach(vpc1, "attach1", propagateSystemRoutes: false).PropagateTo(foreign).AssociateWith(foreign);
                foreign.Route("10.0.0.0/8", attach1);
                other.RouteTable("default").Route("10.0.0.0/8", attach1);
            });

            Assert.All(tables.RouteTables.Where(t => t.Kind == RouteTableKind.TransitRouter), t => Assert.Empty(t.Routes));
        }

        [Fact]
        public void Route_table_objects_of_another_topology_are_refused()
        {
            TransitRouterRouteTable? elsewhere = null;
            Topology.Build(net =>
            {
                TwoVpcs(net, out _, out _, out var tr);
                elsewhere = tr.RouteTable("blue");
            });

            var error = Assert.Throws<ArgumentException>(() => Topology.Build(net =>
            {
                TwoVpcs(net, out var vpc1, out _, out var tr);
                tr.Attach(vpc1, "attach1").AssociateWith(elsewhere!);
            }));
            Assert.Equal("routeTable", error.ParamName);
        }
    }
}
