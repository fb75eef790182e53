using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO016: two attachments put one destination into a transit-router route table; reported once per losing
    /// route, on the call that put it there, pointing at the call that put the winner there.
    /// </summary>
    public class RouteConflictTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", {|#8:"10.0.0.0/16"|})
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", {|#9:"10.0.0.0/16"|})
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "10.0.2.0/24");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

            """;

        private const string Footer = """

                }
            }
            """;

        private const string DistinctVpcs = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

            """;

        /// <summary>TOPO001 on VPC2's block, which equals VPC1's: the overlap behind the conflict.</summary>
        private static readonly DiagnosticResult VpcOverlap =
            new DiagnosticResult("TOPO001", DiagnosticSeverity.Error).WithLocation(9).WithLocation(8)
                .WithArguments("VPC", "VPC2", "10.0.0.0/16", "VPC", "VPC1", "10.0.0.0/16");

        private static DiagnosticResult Conflict(int loser, int winner, params object[] arguments) =>
            new DiagnosticResult("TOPO016", DiagnosticSeverity.Warning).WithLocation(loser).WithLocation(winner).WithArguments(arguments);

        private static string[] Messages(Action<TopologyBuilder> define) =>
            Topology.Build(define).Diagnostics.Where(d => d.Id == "TOPO016").Select(d => d.Message).ToArray();

        [Fact]
        public async Task Two_vpcs_propagating_one_vswitch_block_into_the_default_table_are_reported_on_the_later_attach_call()
        {
            var source = Header + """
                        tr.{|#1:Attach(vpc1, "attach1")|};
                        tr.{|#0:Attach(vpc2, "attach2")|};
                """ + Footer;

            await AnalyzerTest.VerifyAsync(source,
                VpcOverlap,
                Conflict(0, 1, "TR (cn-hangzhou)", "CEN1", "10.0.0.0/24", "attach1", "attach2"));
        }

        [Fact]
        public async Task A_conflict_in_a_custom_table_is_reported_on_the_losing_propagate_to_call()
        {
            // attach2's PropagateTo is written first, but propagated routes go in in attachment order: attach1 wins.
            var source = Header + """
                        var shared = tr.RouteTable("shared");
                        var attach1 = tr.Attach(vpc1, "attach1", propagateSystemRoutes: false);
                        var attach2 = tr.Attach(vpc2, "attach2", propagateSystemRoutes: false);
                        attach2.{|#0:PropagateTo(shared)|};
                        attach1.{|#1:PropagateTo(shared)|};
                """ + Footer;

            await AnalyzerTest.VerifyAsync(source,
                VpcOverlap,
                Conflict(0, 1, "TR (cn-hangzhou) shared", "CEN1", "10.0.0.0/24", "attach1", "attach2"));
        }

        [Fact]
        public async Task Explicit_propagation_to_the_default_table_is_reported_on_the_propagate_to_call()
        {
            var source = Header + """
                        tr.{|#1:Attach(vpc1, "attach1")|};
                        tr.Attach(vpc2, "attach2", propagateSystemRoutes: false).{|#0:PropagateTo(tr.RouteTable("default"))|};
                """ + Footer;

            await AnalyzerTest.VerifyAsync(source,
                VpcOverlap,
                Conflict(0, 1, "TR (cn-hangzhou)", "CEN1", "10.0.0.0/24", "attach1", "attach2"));
        }

        [Fact]
        public async Task Two_static_routes_for_one_destination_through_different_attachments_are_reported_on_the_later_route_call()
        {
            await AnalyzerTest.VerifyAsync(DistinctVpcs + """
                        var attach1 = tr.Attach(vpc1, "attach1");
                        var attach2 = tr.Attach(vpc2, "attach2");
                        tr.RouteTable("default").{|#1:Route("10.9.0.0/16", attach1)|}.{|#0:Route("10.9.0.0/16", attach2)|};
                """ + Footer,
                Conflict(0, 1, "TR (cn-hangzhou)", "CEN1", "10.9.0.0/16", "attach1", "attach2"));
        }

        [Fact]
        public async Task A_static_route_overriding_a_propagated_route_or_a_blackhole_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(DistinctVpcs + """
                        tr.Attach(vpc1, "attach1");
                        var attach2 = tr.Attach(vpc2, "attach2");
                        tr.RouteTable("default").Route("10.0.0.0/24", attach2).Blackhole("10.0.1.0/24").Blackhole("10.9.0.0/16");
                        tr.RouteTable("default").Route("10.9.0.0/16", attach2);
                """ + Footer);
        }

        [Fact]
        public async Task Distinct_blocks_and_one_attachment_in_several_tables_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(DistinctVpcs + """
                        tr.Attach(vpc1, "attach1").PropagateTo(tr.RouteTable("blue")).PropagateTo(tr.RouteTable("blue"));
                        tr.Attach(vpc2, "attach2").PropagateTo(tr.RouteTable("default"));
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void A_vpc_attached_twice_to_one_router_is_left_to_the_rule_that_reports_the_second_attachment()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("vsw-j", "cn-hangzhou-j", "10.0.0.0/24")
                    .VSwitch("vsw-k", "cn-hangzhou-k", "10.0.1.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc, "attach1");
                tr.Attach(vpc, "attach1b").PropagateTo(tr.RouteTable("default"));
            });

            // The blocks lose to attach1's in the table, but the conflicts are the consequence TOPO027 explains.
            Assert.Equal(2, topology.RouteTables.ForTransitRouter("cn-hangzhou").Routes.Count(r => !r.IsActive));
            Assert.Equal(new[] { "TOPO027" }, topology.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public void Each_losing_attachment_is_reported_and_a_winner_through_the_same_attachment_is_not()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                for (int i = 1; i <= 3; i++)
                {
                    var vpc = a.Vpc("VPC" + i, "cn-hangzhou", "10.0.0.0/16")
                        .VSwitch("vsw" + i + "-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw" + i + "-k", "cn-hangzhou-k", i == 1 ? "10.0.0.0/24" : "10.0.1.0/24");
                    tr.Attach(vpc, "attach" + i);
                }
                var extra = tr.Attach(a.Vpc("VPC4", "cn-hangzhou", "10.4.0.0/16"), "attach4");
                tr.RouteTable("default").Route("10.9.0.0/16", extra).Route("10.9.0.0/16", extra);
            });
            var conflicts = topology.Diagnostics.Where(d => d.Id == "TOPO016").Select(d => d.Message).ToArray();

            // VPC1 propagates 10.0.0.0/24 twice (TOPO001's business); the same static route twice is one next hop.
            Assert.Equal(new[]
            {
                "10.0.0.0/24 attach1 attach2", "10.0.0.0/24 attach1 attach3", "10.0.1.0/24 attach2 attach3",
            }, conflicts.Select(m =>
            {
                var parts = Regex.Match(m, "for (\\S+): through attachment '([^']*)', which is active, and through attachment '([^']*)'").Groups;
                return parts[1].Value + " " + parts[2].Value + " " + parts[3].Value;
            }));
            Assert.Equal(5, topology.RouteTables.ForTransitRouter("cn-hangzhou").Routes.Count(r => !r.IsActive));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var source = Header.Replace("{|#8:", "").Replace("{|#9:", "").Replace("\"|}", "\"") + """
                        var attach1 = tr.Attach(vpc1, "attach1");
                        tr.Attach(vpc2, "attach2");
                        var blue = tr.RouteTable("blue");
                        tr.Attach(vpc2, "attach3", propagateSystemRoutes: false).PropagateTo(blue);
                        attach1.PropagateTo(blue);
                """ + Footer;
            var run = GeneratorRun.Run(source);
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Net").Diagnostics.Where(d => d.Id == "TOPO016").ToArray();

            Assert.Equal(new[]
            {
                "Route table 'TR (cn-hangzhou)' of CEN 'CEN1' has two routes for 10.0.0.0/24: through attachment 'attach1', "
                    + "which is active, and through attachment 'attach2', which is inactive (conflict) and never used",
                "Route table 'TR (cn-hangzhou) blue' of CEN 'CEN1' has two routes for 10.0.0.0/24: through attachment "
                    + "'attach1', which is active, and through attachment 'attach3', which is inactive (conflict) and never used",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO016", TopologySeverity.Warning), (d.Id, d.Severity)));
            Assert.Equal(
                runTime.Select(d => (d.Id, d.Severity.ToString(), d.Message)),
                compileTime.Where(d => d.Id == "TOPO016").Select(d => (d.Id, d.Severity.ToString(), d.GetMessage())));
        }
    }
}
