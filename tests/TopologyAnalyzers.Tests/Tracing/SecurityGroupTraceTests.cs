using System;
using Xunit;

namespace TopologyAnalyzers.Tests.Tracing
{
    /// <summary>
    /// Security groups per SPEC section 3: inbound traffic to an instance in a group needs an allowing rule (ICMP or all
    /// protocols, for a ping); a basic group lets its own instances in, an enterprise group lets nothing in by default.
    /// The trace names the group that blocks.
    /// </summary>
    public class SecurityGroupTraceTests
    {
        /// <summary>Two attached VPCs; ECS2 of VPC2 sits in a group that <paramref name="configure"/> sets up.</summary>
        private static Topology TwoVpcs(SecurityGroupKind kind, Action<SecurityGroup> configure)
        {
            return Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = TraceTests.TwoZoneVpc(a, "VPC1", "10.0.0.0/16").Ecs("ECS1", "10.0.0.1");
                var vpc2 = TraceTests.TwoZoneVpc(a, "VPC2", "10.1.0.0/16");
                var web = vpc2.SecurityGroup("sg-web", kind);
                configure(web);
                vpc2.Ecs("ECS2", "10.1.0.1", web).Ecs("ECS3", "10.1.1.1", web).Ecs("ECS4", "10.1.1.2");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc1, "attach1");
                tr.Attach(vpc2, "attach2");
            });
        }

        [Fact]
        public void A_group_without_an_allowing_rule_blocks_the_ping_and_the_trace_names_it()
        {
            var trace = TwoVpcs(SecurityGroupKind.Basic, _ => { }).Trace("ECS1", "ECS2");

            Assert.Equal(TraceOutcome.SecurityGroup, trace.Outcome);
            Assert.Equal("security group 'sg-web' (basic) of ECS2 has no inbound rule allowing ICMP from 10.0.0.1", trace.DropReason);
            // The request arrived: its three lookups are there; no reply was sent.
            Assert.Equal(3, trace.Hops.Count);
            Assert.DoesNotContain(trace.Hops, h => h.IsReply);
        }

        [Theory]
        [InlineData(Protocol.Icmp, "10.0.0.0/16")]
        [InlineData(Protocol.All, "0.0.0.0/0")]
        [InlineData(Protocol.Icmp, "10.0.0.1/32")]
        public void An_icmp_or_all_protocols_rule_whose_source_holds_the_sender_lets_the_ping_in(Protocol protocol, string source)
        {
            var trace = TwoVpcs(SecurityGroupKind.Basic, sg => sg.AllowInbound(protocol, source)).Trace("ECS1", "ECS2");

            Assert.True(trace.Reached, trace.ToString());
        }

        [Theory]
        [InlineData(Protocol.Tcp, "10.0.0.0/16")]
        [InlineData(Protocol.Udp, "0.0.0.0/0")]
        [InlineData(Protocol.Icmp, "10.0.1.0/24")]
        [InlineData(Protocol.Icmp, "not a block")]
        public void A_rule_for_another_protocol_or_another_source_does_not(Protocol protocol, string source)
        {
            var trace = TwoVpcs(SecurityGroupKind.Basic, sg => sg.AllowInbound(protocol, source, 22, 22)).Trace("ECS1", "ECS2");

            Assert.Equal(TraceOutcome.SecurityGroup, trace.Outcome);
        }

        [Fact]
        public void A_basic_group_lets_its_own_instances_in_but_not_others_of_the_vpc()
        {
            var topology = TwoVpcs(SecurityGroupKind.Basic, _ => { });

            Assert.True(topology.Trace("ECS3", "ECS2").Reached);
            Assert.Equal(TraceOutcome.SecurityGroup, topology.Trace("ECS4", "ECS2").Outcome);
            // ECS4 is in no group: anything routed reaches it.
            Assert.True(topology.Trace("ECS2", "ECS4").Reached);
        }

        [Fact]
        public void An_enterprise_group_lets_nothing_in_by_default_not_even_its_own_instances()
        {
            var closed = TwoVpcs(SecurityGroupKind.Enterprise, _ => { });
            Assert.Equal("security group 'sg-web' (enterprise) of ECS2 has no inbound rule allowing ICMP from 10.1.1.1",
                closed.Trace("ECS3", "ECS2").DropReason);

            var open = TwoVpcs(SecurityGroupKind.Enterprise, sg => sg.AllowInbound(Protocol.Icmp, "10.1.0.0/16"));
            Assert.True(open.Trace("ECS3", "ECS2").Reached);
            Assert.Equal(TraceOutcome.SecurityGroup, open.Trace("ECS1", "ECS2").Outcome);
        }

        [Fact]
        public void Only_the_destination_group_is_checked_the_reply_of_an_admitted_ping_is_not()
        {
            // ECS1 is in a closed enterprise group of its own; it can still ping out and get its reply.
            var trace = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = TraceTests.TwoZoneVpc(a, "VPC1", "10.0.0.0/16");
                vpc1.Ecs("ECS1", "10.0.0.1", vpc1.SecurityGroup("sg-closed", SecurityGroupKind.Enterprise));
                var vpc2 = TraceTests.TwoZoneVpc(a, "VPC2", "10.1.0.0/16").Ecs("ECS2", "10.1.0.1");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc1, "attach1");
                tr.Attach(vpc2, "attach2");
            });

            Assert.True(trace.Trace("ECS1", "ECS2").Reached);
            Assert.Equal(TraceOutcome.SecurityGroup, trace.Trace("ECS2", "ECS1").Outcome);
        }

        [Fact]
        public void Security_group_names_are_readable_and_a_group_of_another_topology_is_refused()
        {
            SecurityGroup? foreign = null;
            Topology.Build(net => foreign = net.Account("A", "1").Vpc("V", "cn-hangzhou", "10.0.0.0/16").SecurityGroup("sg-x"));
            Assert.Equal("sg-x", foreign!.Name);
            Assert.Throws<ArgumentException>(() => Topology.Build(net =>
                net.Account("B", "2").Vpc("W", "cn-hangzhou", "10.0.0.0/16").Ecs("E", "10.0.0.5", foreign)));
        }
    }
}
