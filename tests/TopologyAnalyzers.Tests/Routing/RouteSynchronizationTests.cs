using System;
using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Routing
{
    /// <summary>
    /// Route synchronization (SPEC section 3): the routes of the transit-router table associated with the attachment
    /// are advertised into the VPC's route table as type Transit Router, next hop the attachment.
    /// </summary>
    public class RouteSynchronizationTests
    {
        private static string[] Rows(RouteTable table) =>
            table.Routes.Select(r => $"{r.Destination} {r.NextHop}{(r.IsActive ? "" : " (conflict)")} {r.Type}").ToArray();

        /// <summary>
        /// VPC1 (192.168/16), VPC2 (172.16/16) and VPC3 (10.1/16) of one account in cn-hangzhou, with two vSwitches
        /// each (VPC2's with IPv6 blocks), and a router; VPC2 and VPC3 are attached with the console's defaults.
        /// </summary>
        private static void ThreeVpcs(TopologyBuilder net, out Vpc vpc1, out TransitRouter tr, out Attachment attach2, out Attachment attach3)
        {
            var a = net.Account("A", "1000000000000001");
            vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16")
                .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24")
                .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24");
            var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16", ipv6Cidr: "2408:4005:3ff::/56")
                .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24", ipv6Cidr: "2408:4005:3ff::/64")
                .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24", ipv6Cidr: "2408:4005:3ff:1::/64");
            var vpc3 = a.Vpc("VPC3", "cn-hangzhou", "10.1.0.0/16")
                .VSwitch("vsw3-j", "cn-hangzhou-j", "10.1.0.0/24")
                .VSwitch("vsw3-k", "cn-hangzhou-k", "10.1.1.0/24");
            tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
            attach2 = tr.Attach(vpc2, "attach2");
            attach3 = tr.Attach(vpc3, "attach3");
        }

        [Fact]
        public void Without_route_synchronization_the_router_advertises_nothing_into_the_vpc()
        {
            var tables = Topology.Build(net =>
            {
                ThreeVpcs(net, out var vpc1, out var tr, out _, out _);
                tr.Attach(vpc1, "attach1");
            }).RouteTables;

            Assert.DoesNotContain(tables.ForVpc("VPC1").Routes, r => r.Type == RouteType.TransitRouter);
        }

        [Fact]
        public void The_associated_table_is_advertised_ipv4_and_ipv6_after_the_custom_routes_but_not_the_vpcs_own_blocks()
        {
            var tables = Topology.Build(net =>
            {
                ThreeVpcs(net, out var vpc1, out var tr, out _, out _);
                tr.Attach(vpc1, "attach1", routeSynchronization: true);
            }).RouteTables;

            // The default table holds VPC1's own vSwitch blocks too; they equal system routes and stay out.
            Assert.Contains("192.168.0.0/24 attach1 Propagated", Rows(tables.ForTransitRouter("cn-hangzhou")));
            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "10.0.0.0/8 attach1 Custom",
                "172.16.0.0/12 attach1 Custom",
                "192.168.0.0/16 attach1 Custom",
                "10.1.0.0/24 attach1 TransitRouter",
                "10.1.1.0/24 attach1 TransitRouter",
                "172.16.0.0/24 attach1 TransitRouter",
                "172.16.1.0/24 attach1 TransitRouter",
                "2408:4005:3ff::/64 attach1 TransitRouter",
                "2408:4005:3ff:1::/64 attach1 TransitRouter",
            }, Rows(tables.ForVpc("VPC1")));
            Assert.Equal("2408:4005:3ff:1::/64", tables.ForVpc("VPC1").Lookup("2408:4005:3ff:1::10")?.Destination);
            Assert.Equal("172.16.1.0/24", tables.ForVpc("VPC1").Lookup("172.16.1.7")?.Destination);
        }

        [Fact]
        public void A_route_equal_to_a_custom_route_or_within_a_system_route_is_not_advertised()
        {
            var tables = Topology.Build(net =>
            {
                ThreeVpcs(net, out var vpc1, out var tr, out var attach2, out var attach3);
                var attach1 = tr.Attach(vpc1, "attach1", propagateSystemRoutes: false, routeSynchronization: true);
                vpc1.Route("10.1.0.0/24", attach1);
                tr.RouteTable("default")
                    .Route("172.16.0.0/12", attach2)      // equals VPC1's automatic custom route
                    .Route("192.168.1.128/25", attach3)   // more specific than VPC1's system route 192.168.1.0/24
                    .Route("192.168.2.0/24", attach3);    // inside the VPC block, outside every vSwitch: advertised
            }).RouteTables;

            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "10.0.0.0/8 attach1 Custom",
                "10.1.0.0/24 attach1 Custom",
                "172.16.0.0/12 attach1 Custom",
                "192.168.0.0/16 attach1 Custom",
                "10.1.1.0/24 attach1 TransitRouter",
                "172.16.0.0/24 attach1 TransitRouter",
                "172.16.1.0/24 attach1 TransitRouter",
                "192.168.2.0/24 attach1 TransitRouter",
                "2408:4005:3ff::/64 attach1 TransitRouter",
                "2408:4005:3ff:1::/64 attach1 TransitRouter",
            }, Rows(tables.ForVpc("VPC1")));
        }

        [Fact]
        public void Blackholes_and_routes_that_lost_a_conflict_are_not_advertised()
        {
            var tables = Topology.Build(net =>
            {
                ThreeVpcs(net, out var vpc1, out var tr, out _, out var attach3);
                tr.RouteTable("default")
                    .Blackhole("100.64.0.0/10")
                    .Route("172.16.0.0/24", attach3);     // beats attach2's propagated 172.16.0.0/24
                tr.Attach(vpc1, "attach1", autoCreateVpcRoutes: false, routeSynchronization: true);
            }).RouteTables;

            var router = Rows(tables.ForTransitRouter("cn-hangzhou"));
            Assert.Contains("100.64.0.0/10 Blackhole Static", router);
            Assert.Contains("172.16.0.0/24 attach2 (conflict) Propagated", router);
            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "10.1.0.0/24 attach1 TransitRouter",
                "10.1.1.0/24 attach1 TransitRouter",
                "172.16.0.0/24 attach1 TransitRouter",
                "172.16.1.0/24 attach1 TransitRouter",
                "2408:4005:3ff::/64 attach1 TransitRouter",
                "2408:4005:3ff:1::/64 attach1 TransitRouter",
            }, Rows(tables.ForVpc("VPC1")));
        }

        [Fact]
        public void The_table_advertised_is_the_one_the_attachment_is_associated_with()
        {
            var tables = Topology.Build(net =>
            {
                ThreeVpcs(net, out var vpc1, out var tr, out _, out var attach3);
                var blue = tr.RouteTable("blue");
                attach3.PropagateTo(blue);
                tr.Attach(vpc1, "attach1", autoCreateVpcRoutes: false, routeSynchronization: true).AssociateWith(blue);
            }).RouteTables;

            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "10.1.0.0/24 attach1 TransitRouter",
                "10.1.1.0/24 attach1 TransitRouter",
            }, Rows(tables.ForVpc("VPC1")));
        }

        [Fact]
        public void An_attachment_associated_with_no_table_advertises_nothing()
        {
            var tables = Topology.Build(net =>
            {
                ThreeVpcs(net, out var vpc1, out var tr, out _, out _);
                tr.Attach(vpc1, "attach1", associateWithDefaultRouteTable: false, routeSynchronization: true);
            }).RouteTables;

            Assert.DoesNotContain(tables.ForVpc("VPC1").Routes, r => r.Type == RouteType.TransitRouter);
        }

        [Fact]
        public void With_route_synchronization_on_at_two_routers_only_the_first_attachment_declared_advertises()
        {
            foreach (bool blueFirst in new[] { true, false })
            {
                var tables = Topology.Build(net =>
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24");
                    var vpc3 = a.Vpc("VPC3", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw3-j", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw3-k", "cn-hangzhou-k", "10.1.1.0/24");
                    var blue = a.Cen("BLUE").TransitRouter("cn-hangzhou");
                    var green = a.Cen("GREEN").TransitRouter("cn-hangzhou");
                    blue.Attach(vpc2, "blue-vpc2");
                    green.Attach(vpc3, "green-vpc3");
                    Action toBlue = () => blue.Attach(vpc1, "blue-vpc1", autoCreateVpcRoutes: false, routeSynchronization: true);
                    Action toGreen = () => green.Attach(vpc1, "green-vpc1", autoCreateVpcRoutes: false, routeSynchronization: true);
                    (blueFirst ? toBlue : toGreen)();
                    (blueFirst ? toGreen : toBlue)();
                }).RouteTables;

                var advertised = Rows(tables.ForVpc("VPC1")).Where(r => r.EndsWith(" TransitRouter", StringComparison.Ordinal));
                Assert.Equal(blueFirst
                    ? new[] { "172.16.0.0/24 blue-vpc1 TransitRouter", "172.16.1.0/24 blue-vpc1 TransitRouter" }
                    : new[] { "10.1.0.0/24 green-vpc1 TransitRouter", "10.1.1.0/24 green-vpc1 TransitRouter" },
                    advertised);
            }
        }
    }
}
