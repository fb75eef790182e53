using System;
using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Tracing
{
    /// <summary>
    /// <c>Topology.Trace</c>: a ping followed hop by hop through the VPC and transit-router tables (request, then the
    /// destination's security group, then the reply), and how each way of being dropped is reported.
    /// </summary>
    public class TraceTests
    {
        private static string[] Hops(TraceResult trace) => trace.Hops.Select(h => (h.IsReply ? "reply " : "") + h).ToArray();

        [Fact]
        public void The_seed_ping_from_ECS3_to_ECS1_goes_through_the_transit_router_and_back()
        {
            var trace = Topology.Build(CrossAccountVpcs.CrossAccountVpcs.Define).Trace("ECS3", "ECS1");

            Assert.True(trace.Reached);
            Assert.Equal(TraceOutcome.Reached, trace.Outcome);
            Assert.Null(trace.DropReason);
            Assert.Equal(new[]
            {
                "VPC3: 10.0.0.0/8 -> attach3",
                "TR (ap-southeast-1): 10.0.0.0/24 -> attach1",
                "VPC1: 10.0.0.0/24 -> Local",
                "reply VPC1: 192.168.0.0/16 -> attach1",
                "reply TR (ap-southeast-1): 192.168.0.0/24 -> attach3",
                "reply VPC3: 192.168.0.0/24 -> Local",
            }, Hops(trace));
            Assert.Equal(RouteType.Custom, trace.Hops[0].RouteType);
            Assert.Equal(RouteType.Propagated, trace.Hops[1].RouteType);
            Assert.Equal(RouteType.System, trace.Hops[2].RouteType);
            Assert.Equal("ECS3 (192.168.0.1) -> ECS1 (10.0.0.1): VPC3: 10.0.0.0/8 -> attach3; TR (ap-southeast-1): 10.0.0.0/24 -> attach1; "
                + "VPC1: 10.0.0.0/24 -> Local; reply: VPC1: 192.168.0.0/16 -> attach1; TR (ap-southeast-1): 192.168.0.0/24 -> attach3; "
                + "VPC3: 192.168.0.0/24 -> Local; reached", trace.ToString());
        }

        [Fact]
        public void Endpoints_may_be_given_by_address_and_a_ping_inside_one_vpc_stays_local()
        {
            var topology = Topology.Build(CrossAccountVpcs.CrossAccountVpcs.Define);

            Assert.Equal(Hops(topology.Trace("ECS3", "ECS1")), Hops(topology.Trace("192.168.0.1", "10.0.0.1")));
            var local = Topology.Build(net =>
            {
                net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("vsw-j", "cn-hangzhou-j", "10.0.0.0/24").VSwitch("vsw-k", "cn-hangzhou-k", "10.0.1.0/24")
                    .Ecs("ECS1", "10.0.0.1").Ecs("ECS2", "10.0.1.1");
            }).Trace("ECS1", "ECS2");
            Assert.True(local.Reached);
            Assert.Equal(new[] { "VPC1: 10.0.1.0/24 -> Local", "reply VPC1: 10.0.0.0/24 -> Local" }, Hops(local));
        }

        [Fact]
        public void A_vpc_without_a_route_to_the_destination_drops_the_request_there()
        {
            var trace = TwoVpcs((tr, vpc1, vpc2) =>
            {
                tr.Attach(vpc1, "attach1", autoCreateVpcRoutes: false);
                tr.Attach(vpc2, "attach2");
            }).Trace("ECS1", "ECS2");

            Assert.False(trace.Reached);
            Assert.Equal(TraceOutcome.NoRoute, trace.Outcome);
            Assert.Equal("VPC1 has no route to 10.1.0.1", trace.DropReason);
            var hop = Assert.Single(trace.Hops);
            Assert.Null(hop.Destination);
            Assert.Null(hop.RouteType);
            Assert.Equal("ECS1 (10.0.0.1) -> ECS2 (10.1.0.1): VPC1: no route; dropped: VPC1 has no route to 10.1.0.1", trace.ToString());
        }

        [Fact]
        public void A_missing_reply_route_fails_the_ping_after_the_request_got_through()
        {
            var trace = TwoVpcs((tr, vpc1, vpc2) =>
            {
                tr.Attach(vpc1, "attach1");
                tr.Attach(vpc2, "attach2", autoCreateVpcRoutes: false);
            }).Trace("ECS1", "ECS2");

            Assert.Equal(TraceOutcome.NoRoute, trace.Outcome);
            Assert.Equal(new[]
            {
                "VPC1: 10.0.0.0/8 -> attach1",
                "TR (cn-hangzhou): 10.1.0.0/24 -> attach2",
                "VPC2: 10.1.0.0/24 -> Local",
                "reply VPC2: no route",
            }, Hops(trace));
            Assert.Equal("VPC2 has no route to 10.0.0.1", trace.DropReason);
        }

        [Fact]
        public void An_attachment_with_no_association_drops_what_enters_the_transit_router_through_it()
        {
            var trace = TwoVpcs((tr, vpc1, vpc2) =>
            {
                tr.Attach(vpc1, "attach1", associateWithDefaultRouteTable: false);
                tr.Attach(vpc2, "attach2");
            }).Trace("ECS1", "ECS2");

            Assert.Equal(TraceOutcome.NoAssociation, trace.Outcome);
            Assert.Equal(new[] { "VPC1: 10.0.0.0/8 -> attach1" }, Hops(trace));
            Assert.Equal("attachment 'attach1' is associated with no route table of its transit router", trace.DropReason);
        }

        [Fact]
        public void A_blackhole_route_drops_and_is_named()
        {
            var trace = TwoVpcs((tr, vpc1, vpc2) =>
            {
                tr.Attach(vpc1, "attach1");
                tr.Attach(vpc2, "attach2");
                tr.RouteTable("default").Blackhole("10.1.0.0/24");
            }).Trace("ECS1", "ECS2");

            Assert.Equal(TraceOutcome.Blackhole, trace.Outcome);
            Assert.Equal(new[] { "VPC1: 10.0.0.0/8 -> attach1", "TR (cn-hangzhou): 10.1.0.0/24 -> Blackhole" }, Hops(trace));
            Assert.Equal("blackhole route 10.1.0.0/24 in TR (cn-hangzhou)", trace.DropReason);
        }

        [Fact]
        public void A_packet_sent_back_to_a_table_it_already_went_through_is_a_loop()
        {
            // The TR sends 10.9.0.0/16 to VPC2, which has no such block and sends everything back to the TR.
            var trace = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = TwoZoneVpc(a, "VPC1", "10.0.0.0/16").Ecs("ECS1", "10.0.0.1");
                var vpc2 = TwoZoneVpc(a, "VPC2", "10.1.0.0/16");
                TwoZoneVpc(a, "VPC9", "10.9.0.0/16").Ecs("ECS9", "10.9.0.1");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc1, "attach1");
                var attach2 = tr.Attach(vpc2, "attach2");
                tr.RouteTable("default").Route("10.9.0.0/16", attach2);
            }).Trace("ECS1", "ECS9");

            Assert.Equal(TraceOutcome.Loop, trace.Outcome);
            Assert.Equal(new[]
            {
                "VPC1: 10.0.0.0/8 -> attach1",
                "TR (cn-hangzhou): 10.9.0.0/16 -> attach2",
                "VPC2: 10.0.0.0/8 -> attach2",
            }, Hops(trace));
            Assert.Equal("the packet comes back to TR (cn-hangzhou) (a routing loop)", trace.DropReason);
        }

        [Fact]
        public void Names_that_are_no_instance_give_an_unknown_endpoint_without_hops()
        {
            var topology = Topology.Build(CrossAccountVpcs.CrossAccountVpcs.Define);

            var trace = topology.Trace("ECS3", "ECS9");
            Assert.Equal(TraceOutcome.UnknownEndpoint, trace.Outcome);
            Assert.Empty(trace.Hops);
            Assert.Equal("'ECS9' names no ECS instance of the topology; the closest declared is 'ECS1'", trace.DropReason);
            var nowhere = topology.Trace("10.9.9.9", "ECS1");
            Assert.Equal(TraceOutcome.UnknownEndpoint, nowhere.Outcome);
            Assert.Equal("'10.9.9.9' is the address of no ECS instance and in no vSwitch of the topology", nowhere.DropReason);
            Assert.Throws<ArgumentNullException>(() => topology.Trace(null!, "ECS1"));
        }

        /// <summary>VPC1 (ECS1, 10.0.0.1) and VPC2 (ECS2, 10.1.0.1) of one account; <paramref name="connect"/> attaches them to the router.</summary>
        private static Topology TwoVpcs(System.Action<TransitRouter, Vpc, Vpc> connect) => Topology.Build(net =>
        {
            var a = net.Account("A", "1000000000000001");
            var vpc1 = TwoZoneVpc(a, "VPC1", "10.0.0.0/16").Ecs("ECS1", "10.0.0.1");
            var vpc2 = TwoZoneVpc(a, "VPC2", "10.1.0.0/16").Ecs("ECS2", "10.1.0.1");
            connect(a.Cen("CEN1").TransitRouter("cn-hangzhou"), vpc1, vpc2);
        });

        [Fact]
        public void An_address_of_a_vswitch_with_no_declared_instance_is_traced_as_a_host_there()
        {
            var topology = Topology.Build(CrossAccountVpcs.CrossAccountVpcs.Define);

            var trace = topology.Trace("ECS3", "10.0.1.77");
            Assert.True(trace.Reached, trace.ToString());
            Assert.Equal("10.0.1.77", trace.To);
            Assert.Equal("TR (ap-southeast-1): 10.0.1.0/24 -> attach1", trace.Hops[1].ToString());
            Assert.True(topology.Trace("10.0.1.77", "192.168.1.5").Reached);
        }

        [Fact]
        public void Ipv6_instances_are_traced_over_ipv6_routes_and_a_ping_never_mixes_families()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", "2408:4005:300::/56")
                    .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24", "2408:4005:300::/64")
                    .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24", "2408:4005:300:1::/64")
                    .Ecs("V6-1", "2408:4005:300::10");
                var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16", "2408:4005:400::/56")
                    .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24", "2408:4005:400::/64")
                    .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24", "2408:4005:400:1::/64")
                    .Ecs("V6-2", "2408:4005:400::10").Ecs("V4-2", "10.1.0.10");
                vpc1.Route("::/0", tr.Attach(vpc1, "attach1"));
                vpc2.Route("::/0", tr.Attach(vpc2, "attach2"));
            });

            var trace = topology.Trace("V6-1", "V6-2");
            Assert.True(trace.Reached, trace.ToString());
            Assert.Equal(new[]
            {
                "VPC1: ::/0 -> attach1",
                "TR (cn-hangzhou): 2408:4005:400::/64 -> attach2",
                "VPC2: 2408:4005:400::/64 -> Local",
                "reply VPC2: ::/0 -> attach2",
                "reply TR (cn-hangzhou): 2408:4005:300::/64 -> attach1",
                "reply VPC1: 2408:4005:300::/64 -> Local",
            }, Hops(trace));

            var mixed = topology.Trace("V6-1", "V4-2");
            Assert.Equal(TraceOutcome.NoRoute, mixed.Outcome);
            Assert.Empty(mixed.Hops);
            Assert.Equal("'V6-1' has an IPv6 address and 'V4-2' an IPv4 one; a ping stays within one address family", mixed.DropReason);
        }

        internal static Vpc TwoZoneVpc(Account account, string name, string cidr)
        {
            string prefix = cidr.Substring(0, cidr.LastIndexOf('.', cidr.IndexOf('/')));
            string twoOctets = prefix.Substring(0, prefix.LastIndexOf('.'));
            return account.Vpc(name, "cn-hangzhou", cidr)
                .VSwitch(name + "-j", "cn-hangzhou-j", twoOctets + ".0.0/24")
                .VSwitch(name + "-k", "cn-hangzhou-k", twoOctets + ".1.0/24");
        }
    }
}
