using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Runtime
{
    public class RouteTableSetTests
    {
        private static readonly RouteTableSet Seed = Topology.Build(global::CrossAccountVpcs.CrossAccountVpcs.Define).RouteTables;

        [Theory]
        [InlineData("10.0.0.1", "10.0.0.0/24", "Local")]      // the vSwitch route beats 10.0.0.0/8
        [InlineData("10.0.2.9", "10.0.0.0/8", "attach1")]
        [InlineData("172.16.1.1", "172.16.0.0/12", "attach1")]
        [InlineData("192.168.0.1", "192.168.0.0/16", "attach1")]
        public void Vpc_lookup_picks_the_longest_prefix(string ip, string destination, string nextHop)
        {
            var route = Seed.ForVpc("VPC1").Lookup(ip);

            Assert.NotNull(route);
            Assert.Equal(destination, route!.Destination);
            Assert.Equal(nextHop, route.NextHop);
        }

        [Fact]
        public void Lookup_without_a_matching_route_returns_null()
        {
            Assert.Null(Seed.ForVpc("VPC1").Lookup("8.8.8.8"));
            Assert.Null(Seed.ForVpc("VPC1").Lookup("2001:db8::1"));
            Assert.Null(Seed.ForTransitRouter("ap-southeast-1").Lookup("10.0.2.1"));
        }

        [Fact]
        public void Lookup_of_a_malformed_address_throws_an_argument_exception_that_says_why()
        {
            var error = Assert.Throws<ArgumentException>(() => Seed.ForVpc("VPC1").Lookup("10.0.0.256"));
            Assert.Contains("10.0.0.256", error.Message);
        }

        [Fact]
        public void Unknown_vpc_or_router_throws_key_not_found_naming_it()
        {
            Assert.Contains("VPC9", Assert.Throws<KeyNotFoundException>(() => Seed.ForVpc("VPC9")).Message);
            Assert.Contains("cn-hangzhou", Assert.Throws<KeyNotFoundException>(() => Seed.ForTransitRouter("cn-hangzhou")).Message);
            Assert.Throws<KeyNotFoundException>(() => Seed.ForTransitRouter("ap-southeast-1", "custom"));
            Assert.Throws<KeyNotFoundException>(() => Seed.ForTransitRouter("ap-southeast-1", cen: "CEN9"));
        }

        [Fact]
        public void Tables_enumerate_in_the_documented_order_with_their_kinds()
        {
            Assert.Equal(new[] { "TR (ap-southeast-1)", "VPC1", "VPC2", "VPC3" }, Seed.Select(t => t.Title));
            Assert.Equal(4, Seed.Count);
            Assert.Equal(RouteTableKind.TransitRouter, Seed[0].Kind);
            Assert.Equal("CEN1", Seed[0].Cen);
            Assert.Null(Seed[1].Cen);
            Assert.Equal("ap-southeast-1", Seed[1].Region);
        }

        [Fact]
        public void Conflicting_route_is_listed_marked_and_never_used_for_lookups()
        {
            var tables = Topology.Build(net =>
            {
                var a = net.Account("A", "1");
                var v1 = a.Vpc("V1", "cn-hangzhou", "10.0.0.0/16").VSwitch("s1", "cn-hangzhou-j", "10.0.0.0/24");
                var v2 = a.Vpc("V2", "cn-hangzhou", "10.0.0.0/16").VSwitch("s2", "cn-hangzhou-j", "10.0.0.0/24");
                var router = a.Cen("C").TransitRouter("cn-hangzhou");
                router.Attach(v1, "first");
                router.Attach(v2, "second");
            }).RouteTables;
            var table = tables.ForTransitRouter("cn-hangzhou");

            Assert.Equal(new[] { true, false }, table.Routes.Select(r => r.IsActive));
            Assert.Equal("second", table.Routes[1].NextHop);
            Assert.Equal("first", table.Lookup("10.0.0.5")!.NextHop);
            Assert.Contains("| 10.0.0.0/24 | second (conflict) | Propagated Routes |", tables.ToMarkdown());
        }

        [Fact]
        public void Route_types_print_as_the_console_names_them()
        {
            Assert.Equal("10.0.0.0/24 -> Local (System)", Seed.ForVpc("VPC1").Routes[0].ToString());
            Assert.Equal("10.0.0.0/24 -> attach1 (Propagated Routes)", Seed[0].Routes[0].ToString());
        }

        [Fact]
        public void Blackhole_route_is_flagged_so_it_cannot_be_mistaken_for_an_attachment_named_Blackhole()
        {
            var table = Topology.Build(net =>
            {
                var a = net.Account("A", "1");
                var vpc = a.Vpc("V", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("s1", "cn-hangzhou-j", "10.0.0.0/24").VSwitch("s2", "cn-hangzhou-k", "10.0.1.0/24");
                var router = a.Cen("C").TransitRouter("cn-hangzhou");
                var named = router.Attach(vpc, "Blackhole");
                router.RouteTable("default").Blackhole("172.16.0.0/12").Route("192.168.0.0/16", named);
            }).RouteTables.ForTransitRouter("cn-hangzhou");

            var dropped = table.Lookup("172.16.5.5")!;
            var forwarded = table.Lookup("192.168.5.5")!;
            Assert.Equal(("Blackhole", true), (dropped.NextHop, dropped.IsBlackhole));
            Assert.Equal(("Blackhole", false), (forwarded.NextHop, forwarded.IsBlackhole));
        }
    }
}
