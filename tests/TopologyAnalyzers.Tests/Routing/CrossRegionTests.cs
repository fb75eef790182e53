using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Routing
{
    /// <summary>
    /// Inter-region connections (<c>tr.Connect</c>) with the console's defaults: each router's default table learns the
    /// other's routes as propagated routes through the connection, a local route beats a learned one, pings cross both
    /// ways; the FAQ's four steps are samples/CrossRegionAcrossAccounts.
    /// </summary>
    public class CrossRegionTests
    {
        private static readonly Topology Faq = Topology.Build(CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Define);

        private static string[] Rows(RouteTable table) => table.Routes.Select(r => r.Destination + " " + r.NextHop + " " + r.Type).ToArray();

        [Fact]
        public void Each_default_table_learns_the_peer_regions_vswitch_blocks_through_the_connection()
        {
            Assert.Equal(new[]
            {
                "10.0.0.0/24 attach1 Propagated",
                "10.0.1.0/24 attach1 Propagated",
                "172.16.0.0/24 sg-hz Propagated",
                "172.16.1.0/24 sg-hz Propagated",
            }, Rows(Faq.RouteTables.ForTransitRouter("ap-southeast-1")));
            Assert.Equal(new[]
            {
                "10.0.0.0/24 sg-hz Propagated",
                "10.0.1.0/24 sg-hz Propagated",
                "172.16.0.0/24 attach2 Propagated",
                "172.16.1.0/24 attach2 Propagated",
            }, Rows(Faq.RouteTables.ForTransitRouter("cn-hangzhou")));
        }

        [Fact]
        public void The_faq_topology_has_no_findings_and_pings_cross_regions_both_ways()
        {
            Assert.Empty(Faq.Diagnostics);
            var there = Faq.Trace("ECS1", "ECS2");
            Assert.True(there.Reached);
            Assert.Equal(new[]
            {
                "VPC1: 172.16.0.0/12 -> attach1",
                "TR (ap-southeast-1): 172.16.0.0/24 -> sg-hz",
                "TR (cn-hangzhou): 172.16.0.0/24 -> attach2",
                "VPC2: 172.16.0.0/24 -> Local",
                "VPC2: 10.0.0.0/8 -> attach2",
                "TR (cn-hangzhou): 10.0.0.0/24 -> sg-hz",
                "TR (ap-southeast-1): 10.0.0.0/24 -> attach1",
                "VPC1: 10.0.0.0/24 -> Local",
            }, there.Hops.Select(h => h.ToString()));
            Assert.True(Faq.Trace("ECS2", "ECS1").Reached);
        }

        [Fact]
        public void Without_the_connection_the_regions_do_not_reach_each_other()
        {
            var trace = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                    .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24").VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24").Ecs("ECS1", "10.0.0.1");
                var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                    .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24").VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24").Ecs("ECS2", "172.16.0.1");
                var cen = a.Cen("CEN1");
                cen.TransitRouter("ap-southeast-1").Attach(vpc1, "attach1");
                cen.TransitRouter("cn-hangzhou").Attach(vpc2, "attach2");
            }).Trace("ECS1", "ECS2");

            Assert.Equal(TraceOutcome.NoRoute, trace.Outcome);
            Assert.Equal("TR (ap-southeast-1) has no route to 172.16.0.1", trace.DropReason);
        }

        [Fact]
        public void A_route_from_the_local_region_beats_an_identical_one_learned_from_another_region()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                    .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24").VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                    .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24").VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24");
                var cen = a.Cen("CEN1");
                var sg = cen.TransitRouter("ap-southeast-1");
                var hz = cen.TransitRouter("cn-hangzhou");
                hz.Connect(sg, "hz-sg");
                sg.Attach(vpc1, "attach1");
                var attach2 = hz.Attach(vpc2, "attach2");
                // Hangzhou's own static route for 10.0.0.0/24 (say, an appliance in VPC2) wins over Singapore's.
                hz.RouteTable("default").Route("10.0.0.0/24", attach2);
            });

            Assert.Equal(new[]
            {
                "10.0.0.0/24 attach2 Static",
                "10.0.1.0/24 hz-sg Propagated",
                "172.16.0.0/24 attach2 Propagated",
                "172.16.1.0/24 attach2 Propagated",
            }, Rows(topology.RouteTables.ForTransitRouter("cn-hangzhou")));
            // Singapore learns Hangzhou's static route too, but its own propagated 10.0.0.0/24 stays.
            Assert.Equal(new[]
            {
                "10.0.0.0/24 attach1 Propagated",
                "10.0.1.0/24 attach1 Propagated",
                "172.16.0.0/24 hz-sg Propagated",
                "172.16.1.0/24 hz-sg Propagated",
            }, Rows(topology.RouteTables.ForTransitRouter("ap-southeast-1")));
        }

        [Fact]
        public void Learned_routes_are_not_passed_on_to_a_third_region_and_custom_tables_learn_nothing()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                    .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24").VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                var cen = a.Cen("CEN1");
                var sg = cen.TransitRouter("ap-southeast-1");
                var hz = cen.TransitRouter("cn-hangzhou");
                var sh = cen.TransitRouter("cn-shanghai");
                sg.Attach(vpc1, "attach1");
                sg.Connect(hz, "sg-hz");
                hz.Connect(sh, "hz-sh").RouteTable("custom");
            });

            Assert.Equal(2, topology.RouteTables.ForTransitRouter("cn-hangzhou").Routes.Count);
            Assert.Empty(topology.RouteTables.ForTransitRouter("cn-shanghai").Routes);
            Assert.Empty(topology.RouteTables.ForTransitRouter("cn-hangzhou", "custom").Routes);
        }

        [Fact]
        public void The_sample_compiled_by_the_generator_has_the_run_time_tables_diagram_and_traces()
        {
            var sample = typeof(CrossRegionAcrossAccounts.CrossRegionAcrossAccounts);
            Assert.Equal(Faq.RouteTables.ToMarkdown(), CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.RouteTables.ToMarkdown());
            Assert.Equal(Faq.Mermaid, CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Mermaid);
            Assert.Contains("    tr0 <-->|\"sg-hz\"| tr1\n", Faq.Mermaid);
            Assert.Equal(Faq.Trace("ECS2", "ECS1").ToString(), CrossRegionAcrossAccounts.CrossRegionAcrossAccounts.Trace("ECS2", "ECS1").ToString());
            Assert.NotNull(sample.GetMethod("Trace"));
        }

        [Fact]
        public async Task A_connection_to_the_same_router_or_to_another_cens_router_is_TOPO024_on_the_peer_argument()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var cen1 = a.Cen("CEN1");
                        var cen2 = a.Cen("CEN2");
                        var hz = cen1.TransitRouter("cn-hangzhou");
                        hz.Connect({|#0:cen1.TransitRouter("cn-hangzhou")|}, "self");
                        hz.Connect({|#1:cen2.TransitRouter("ap-southeast-1")|}, "across");
                        hz.Connect(cen1.TransitRouter("ap-southeast-1"), "hz-sg");
                    }
                }
                """,
                new DiagnosticResult("TOPO024", DiagnosticSeverity.Error).WithLocation(0).WithArguments("self",
                    "connects the transit router of CEN 'CEN1' in 'cn-hangzhou' to itself; connect it to the CEN's transit router in another region"),
                new DiagnosticResult("TOPO024", DiagnosticSeverity.Error).WithLocation(1).WithArguments("across",
                    "connects the transit router of CEN 'CEN1' in 'cn-hangzhou' to the transit router of CEN 'CEN2' in 'ap-southeast-1'; "
                    + "an inter-region connection joins two transit routers of one CEN"));
        }

        [Fact]
        public void A_refused_connection_carries_no_routes_and_run_time_reports_it_too()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                    .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24").VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                var sg = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                sg.Attach(vpc1, "attach1");
                a.Cen("CEN2").TransitRouter("cn-hangzhou").Connect(sg, "across");
            });

            Assert.Equal(new[] { "TOPO024" }, topology.Diagnostics.Select(d => d.Id));
            Assert.Empty(topology.RouteTables.ForTransitRouter("cn-hangzhou").Routes);
        }
    }
}
