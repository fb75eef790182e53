using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO027: one VPC attached twice to one transit router, reported on the later Attach call and pointing at the
    /// first, instead of the two TOPO016 conflicts its propagated blocks would otherwise raise.
    /// </summary>
    public class VpcAttachedTwiceTests
    {
        private const string Header = """
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
                    var cen = a.Cen("CEN1");
                    var tr = cen.TransitRouter("cn-hangzhou");

            """;

        private const string Footer = """

                }
            }
            """;

        private const string Router = "the transit router of CEN 'CEN1' in 'cn-hangzhou'";

        private static DiagnosticResult AttachedTwice(int location, int first, string again, string original) =>
            new DiagnosticResult("TOPO027", DiagnosticSeverity.Error).WithLocation(location).WithLocation(first)
                .WithArguments("VPC1", Router, again, original);

        [Fact]
        public async Task A_second_attachment_of_a_vpc_to_one_router_is_reported_alone_on_its_attach_call()
        {
            // Without TOPO027 its two vSwitch blocks would each be a TOPO016 conflict; now the cause is reported once.
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.{|#1:Attach(vpc1, "attach1")|};
                        tr.{|#0:Attach(vpc1, "attach1-again")|};
                """ + Footer,
                AttachedTwice(0, 1, "attach1-again", "attach1"));
        }

        [Fact]
        public async Task Each_later_attachment_points_at_the_first_even_through_another_local_for_the_router()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.{|#1:Attach(vpc1, "attach1")|};
                        tr.{|#0:Attach(vpc1, "attach2", propagateSystemRoutes: false)|};
                        cen.TransitRouter("cn-hangzhou").{|#2:Attach(vpc1, "attach3")|};
                """ + Footer,
                AttachedTwice(0, 1, "attach2", "attach1"),
                AttachedTwice(2, 1, "attach3", "attach1"));
        }

        [Fact]
        public async Task Attachments_to_the_routers_of_two_cens_or_of_two_regions_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.Attach(vpc1, "attach1");
                        a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach(vpc1, "attach2");
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void The_tables_still_show_the_second_attachments_blocks_as_conflicts()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                    .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc1, "attach1");
                tr.Attach(vpc1, "attach1-again");
            });

            Assert.Equal(new[] { "10.0.0.0/24", "10.0.1.0/24" },
                topology.RouteTables.ForTransitRouter("cn-hangzhou").Routes.Where(r => !r.IsActive).Select(r => r.Destination));
            Assert.Equal(new[] { "TOPO027" }, topology.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(Header + """
                        tr.Attach(vpc1, "attach1");
                        tr.Attach(vpc1, "attach1-again");
                """ + Footer);

            Assert.Equal(new[]
            {
                "VPC 'VPC1' is attached to " + Router + " twice: attachment 'attach1-again' repeats attachment 'attach1', "
                    + "and the cloud connects a VPC to a transit router once",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO027", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
