using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Routing
{
    /// <summary>
    /// IPv6 end to end (SPEC section 3): IPv6 vSwitch blocks are system routes and propagate to the router, the
    /// automatic routes stay IPv4 only, a manual IPv6 route is custom, and lookups match IPv6 by longest prefix.
    /// </summary>
    public class Ipv6RoutingTests
    {
        private static string[] Rows(RouteTable table) =>
            table.Routes.Select(r => $"{r.Destination} {r.NextHop}{(r.IsActive ? "" : " (conflict)")} {r.Type}").ToArray();

        /// <summary>VPC1 dual stack (2408:4005:3ff::/56, a /64 per vSwitch) and VPC2 IPv4 only, both attached.</summary>
        private static Topology DualStack(bool defaultRoute) => Topology.Build(net =>
        {
            var a = net.Account("A", "1000000000000001");
            var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16", ipv6Cidr: "2408:4005:3ff::/56")
                .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24", ipv6Cidr: "2408:4005:3ff::/64")
                .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24", ipv6Cidr: "2408:4005:3ff:1::/64");
            var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24")
                .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24");
            var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
            var attach1 = tr.Attach(vpc1, "attach1");
            tr.Attach(vpc2, "attach2");
            if (defaultRoute) vpc1.Route("::/0", attach1);
        });

        [Fact]
        public void Ipv6_vswitch_blocks_are_system_routes_after_the_ipv4_ones_and_the_automatic_routes_stay_ipv4()
        {
            var tables = DualStack(defaultRoute: false).RouteTables;

            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "2408:4005:3ff::/64 Local System",
                "2408:4005:3ff:1::/64 Local System",
                "10.0.0.0/8 attach1 Custom",
                "172.16.0.0/12 attach1 Custom",
                "192.168.0.0/16 attach1 Custom",
            }, Rows(tables.ForVpc("VPC1")));
        }

        [Fact]
        public void The_router_learns_the_ipv6_vswitch_blocks_but_not_the_vpcs_ipv6_block()
        {
            var tables = DualStack(defaultRoute: false).RouteTables;

            Assert.Equal(new[]
            {
                "172.16.0.0/24 attach2 Propagated",
                "172.16.1.0/24 attach2 Propagated",
                "192.168.0.0/24 attach1 Propagated",
                "192.168.1.0/24 attach1 Propagated",
                "2408:4005:3ff::/64 attach1 Propagated",
                "2408:4005:3ff:1::/64 attach1 Propagated",
            }, Rows(tables.ForTransitRouter("cn-hangzhou")));
        }

        [Fact]
        public void A_manual_ipv6_default_route_is_a_custom_route_listed_after_the_ipv4_custom_routes()
        {
            var tables = DualStack(defaultRoute: true).RouteTables;

            Assert.Equal(new[]
            {
                "10.0.0.0/8 attach1 Custom",
                "172.16.0.0/12 attach1 Custom",
                "192.168.0.0/16 attach1 Custom",
                "::/0 attach1 Custom",
            }, Rows(tables.ForVpc("VPC1")).Where(r => r.EndsWith(" Custom", System.StringComparison.Ordinal)));
            // A VPC route is never propagated to the router.
            Assert.DoesNotContain(tables.ForTransitRouter("cn-hangzhou").Routes, r => r.Destination == "::/0");
        }

        [Fact]
        public void Ipv6_lookup_picks_the_longest_prefix_and_never_an_ipv4_route()
        {
            var vpc1 = DualStack(defaultRoute: true).RouteTables.ForVpc("VPC1");

            Assert.Equal(("2408:4005:3ff:1::/64", "Local"), Hop(vpc1.Lookup("2408:4005:3ff:1::8")));
            Assert.Equal(("2408:4005:3ff::/64", "Local"), Hop(vpc1.Lookup("2408:4005:3ff::8")));
            // In the VPC's /56 but in no vSwitch: only the default route matches.
            Assert.Equal(("::/0", "attach1"), Hop(vpc1.Lookup("2408:4005:3ff:2::8")));
            Assert.Equal(("192.168.0.0/24", "Local"), Hop(vpc1.Lookup("192.168.0.8")));

            var withoutDefault = DualStack(defaultRoute: false).RouteTables.ForVpc("VPC1");
            Assert.Null(withoutDefault.Lookup("2408:4006::1"));
        }

        private static (string Destination, string NextHop) Hop(Route? route)
        {
            Assert.NotNull(route);
            return (route!.Destination, route.NextHop);
        }
    }
}
