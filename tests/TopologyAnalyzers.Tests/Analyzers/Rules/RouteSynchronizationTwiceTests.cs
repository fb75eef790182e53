using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO025: route synchronization on for one VPC at more than one attachment; each later one is ignored by the
    /// tables, reported on its Attach call and pointing at the Attach call of the one whose routes are synchronized.
    /// </summary>
    public class RouteSynchronizationTwiceTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24");
                    var blue = a.Cen("BLUE").TransitRouter("cn-hangzhou");
                    var green = a.Cen("GREEN").TransitRouter("cn-hangzhou");
                    blue.Attach(vpc2, "blue-vpc2");

            """;

        private const string Footer = """

                }
            }
            """;

        private const string Blue = "the transit router of CEN 'BLUE' in 'cn-hangzhou'";
        private const string Green = "the transit router of CEN 'GREEN' in 'cn-hangzhou'";

        private static DiagnosticResult Twice(int ignored, int synchronizing, params object[] arguments) =>
            new DiagnosticResult("TOPO025", DiagnosticSeverity.Error).WithLocation(ignored).WithLocation(synchronizing).WithArguments(arguments);

        [Fact]
        public async Task A_second_transit_router_with_route_synchronization_is_reported_on_its_attach_call()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        blue.{|#1:Attach(vpc1, "blue-vpc1", routeSynchronization: true)|};
                        green.{|#0:Attach(vpc1, "green-vpc1", routeSynchronization: true)|};
                """ + Footer,
                Twice(0, 1, "green-vpc1", Green, "VPC1", "blue-vpc1", Blue));
        }

        [Fact]
        public async Task The_first_attachment_declared_is_the_synchronized_one_whatever_the_router()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        green.{|#1:Attach(vpc1, "green-vpc1", routeSynchronization: true)|};
                        blue.{|#0:Attach(vpc1, "blue-vpc1", routeSynchronization: true)|};
                """ + Footer,
                Twice(0, 1, "blue-vpc1", Blue, "VPC1", "green-vpc1", Green));
        }

        [Fact]
        public async Task Each_later_attachment_with_the_switch_on_is_reported_and_one_with_it_off_is_not()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var red = a.Cen("RED").TransitRouter("cn-hangzhou");
                        blue.{|#1:Attach(vpc1, "blue-vpc1", routeSynchronization: true)|};
                        red.Attach(vpc1, "red-vpc1");
                        green.{|#0:Attach(vpc1, "green-vpc1", routeSynchronization: true)|};
                        red.{|#2:Attach(vpc2, "red-vpc2", routeSynchronization: true)|};
                        green.{|#3:Attach(vpc2, "green-vpc2", routeSynchronization: true)|};
                """ + Footer,
                Twice(0, 1, "green-vpc1", Green, "VPC1", "blue-vpc1", Blue),
                Twice(3, 2, "green-vpc2", Green, "VPC2", "red-vpc2", "the transit router of CEN 'RED' in 'cn-hangzhou'"));
        }

        [Fact]
        public async Task Two_attachments_of_one_vpc_to_one_router_with_the_switch_on_are_reported_too()
        {
            // The second attachment does not propagate, so the router learns VPC1's blocks once (no TOPO016).
            await AnalyzerTest.VerifyAsync(Header + """
                        blue.{|#1:Attach(vpc1, "blue-vpc1", routeSynchronization: true)|};
                        blue.{|#0:Attach(vpc1, "blue-vpc1b", propagateSystemRoutes: false, routeSynchronization: true)|};
                """ + Footer,
                Twice(0, 1, "blue-vpc1b", Blue, "VPC1", "blue-vpc1", Blue),
                // The second attachment itself is refused too.
                new DiagnosticResult("TOPO027", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1)
                    .WithArguments("VPC1", Blue, "blue-vpc1b", "blue-vpc1"));
        }

        [Fact]
        public async Task One_synchronizing_attachment_per_vpc_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        blue.Attach(vpc1, "blue-vpc1", routeSynchronization: true);
                        green.Attach(vpc1, "green-vpc1");
                        green.Attach(vpc2, "green-vpc2", routeSynchronization: true);
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void The_reported_attachment_is_the_one_whose_routes_the_vpc_table_leaves_out()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16")
                    .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24")
                    .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24");
                var vpc3 = a.Vpc("VPC3", "cn-hangzhou", "10.1.0.0/16")
                    .VSwitch("vsw3-j", "cn-hangzhou-j", "10.1.0.0/24")
                    .VSwitch("vsw3-k", "cn-hangzhou-k", "10.1.1.0/24");
                var blue = a.Cen("BLUE").TransitRouter("cn-hangzhou");
                var green = a.Cen("GREEN").TransitRouter("cn-hangzhou");
                green.Attach(vpc3, "green-vpc3");
                blue.Attach(vpc1, "blue-vpc1", autoCreateVpcRoutes: false, routeSynchronization: true);
                green.Attach(vpc1, "green-vpc1", autoCreateVpcRoutes: false, routeSynchronization: true);
            });

            var only = Assert.Single(topology.Diagnostics);
            Assert.Equal(("TOPO025", TopologySeverity.Error), (only.Id, only.Severity));
            Assert.Equal("Route synchronization of attachment 'green-vpc1' (" + Green + ") is ignored: VPC 'VPC1' already has it on at "
                + "attachment 'blue-vpc1' (" + Blue + "), and only one transit router per VPC may have it on; the VPC's route table "
                + "holds the routes advertised through 'blue-vpc1' only", only.Message);
            // GREEN's table holds VPC3's blocks, which would have been advertised through green-vpc1.
            Assert.DoesNotContain(topology.RouteTables.ForVpc("VPC1").Routes, r => r.NextHop == "green-vpc1");
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var source = Header + """
                        blue.Attach(vpc1, "blue-vpc1", routeSynchronization: true);
                        green.Attach(vpc1, "green-vpc1", routeSynchronization: true);
                        a.Cen("RED").TransitRouter("cn-hangzhou").Attach(vpc2, "red-vpc2", routeSynchronization: true);
                        green.Attach(vpc2, "green-vpc2", routeSynchronization: true);
                """ + Footer;
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);

            Assert.Equal(new[] { "green-vpc1", "green-vpc2" },
                runTime.Select(d => d.Message.Split('\'')[1]));
            Assert.All(runTime, d => Assert.Equal(("TOPO025", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
