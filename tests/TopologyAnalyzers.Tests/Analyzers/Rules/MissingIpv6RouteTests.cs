using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO012: a VPC with an IPv6 block is attached, but no IPv6 route of its route table points at the attachment.
    /// Reported on the VPC argument of the Attach call, pointing at the VPC's IPv6 block.
    /// </summary>
    public class MissingIpv6RouteTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16", ipv6Cidr: {|#1:"2408:4005:3ff::/56"|})
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24", ipv6Cidr: "2408:4005:3ff::/64")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24", ipv6Cidr: "2408:4005:3ff:1::/64");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16", ipv6Cidr: {|#3:"2408:4005:400::/56"|})
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24", ipv6Cidr: "2408:4005:400::/64")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24", ipv6Cidr: "2408:4005:400:1::/64");
                    var vpc3 = a.Vpc("VPC3", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw3-j", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw3-k", "cn-hangzhou-k", "10.1.1.0/24");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

            """;

        private const string Footer = """

                }
            }
            """;

        /// <summary>The header with the IPv6-block markers removed, for sources where no finding points at them.</summary>
        private static string Quiet(string header) =>
            header.Replace("{|#1:", "").Replace("{|#3:", "").Replace("\"|}", "\"");

        /// <summary>The header with only VPC2's IPv6-block marker removed.</summary>
        private static readonly string WithoutVpc2Marker =
            Header.Replace("{|#3:\"2408:4005:400::/56\"|}", "\"2408:4005:400::/56\"");

        private static DiagnosticResult MissingRoute(int vpc, int block, params object[] arguments) =>
            new DiagnosticResult("TOPO012", DiagnosticSeverity.Warning).WithLocation(vpc).WithLocation(block).WithArguments(arguments);

        [Fact]
        public async Task Attached_ipv6_vpcs_without_an_ipv6_route_are_reported_on_the_vpc_argument_and_ipv4_only_vpcs_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.Attach({|#0:vpc1|}, "attach1");
                        tr.Attach({|#2:vpc2|}, "attach2");
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                MissingRoute(0, 1, "VPC1", "2408:4005:3ff::/56", "attach1"),
                MissingRoute(2, 3, "VPC2", "2408:4005:400::/56", "attach2"));
        }

        [Fact]
        public async Task A_manual_ipv6_route_to_the_attachment_silences_it_but_one_to_another_attachment_does_not()
        {
            await AnalyzerTest.VerifyAsync(WithoutVpc2Marker + """
                        var attach1 = tr.Attach(vpc1, "attach1");
                        vpc1.Route("::/0", attach1);
                        var other = a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach({|#0:vpc1|}, "other", propagateSystemRoutes: false, autoCreateVpcRoutes: false);
                        var attach2 = tr.Attach(vpc2, "attach2");
                        vpc2.Route("2408:4005::/32", attach2);
                """ + Footer,
                MissingRoute(0, 1, "VPC1", "2408:4005:3ff::/56", "other"));
        }

        [Fact]
        public async Task An_ipv6_route_brought_in_by_route_synchronization_silences_it()
        {
            // attach2 advertises VPC1's propagated IPv6 vSwitch blocks into VPC2, next hop attach2.
            await AnalyzerTest.VerifyAsync(WithoutVpc2Marker + """
                        tr.Attach({|#0:vpc1|}, "attach1");
                        tr.Attach(vpc2, "attach2", routeSynchronization: true);
                """ + Footer,
                MissingRoute(0, 1, "VPC1", "2408:4005:3ff::/56", "attach1"));
        }

        [Fact]
        public void Route_synchronization_with_no_ipv6_route_in_the_associated_table_does_not_silence_it()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16", ipv6Cidr: "2408:4005:3ff::/56")
                    .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24", ipv6Cidr: "2408:4005:3ff::/64")
                    .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24", ipv6Cidr: "2408:4005:3ff:1::/64");
                var vpc3 = a.Vpc("VPC3", "cn-hangzhou", "10.1.0.0/16")
                    .VSwitch("vsw3-j", "cn-hangzhou-j", "10.1.0.0/24")
                    .VSwitch("vsw3-k", "cn-hangzhou-k", "10.1.1.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc3, "attach3");
                tr.Attach(vpc1, "attach1", routeSynchronization: true);
            });

            Assert.Contains(topology.RouteTables.ForVpc("VPC1").Routes, r => r.Type == RouteType.TransitRouter);
            Assert.Equal(new[] { "TOPO012" }, topology.Diagnostics.Select(d => d.Id));
        }

        [Fact]
        public async Task The_seed_scenario_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var source = Quiet(Header) + """
                        tr.Attach(vpc1, "attach1");
                        var attach2 = tr.Attach(vpc2, "attach2");
                        a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach(vpc2, "attach2-b", propagateSystemRoutes: false, autoCreateVpcRoutes: false);
                        vpc2.Route("::/0", attach2);
                """ + Footer;
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);

            Assert.Equal(new[]
            {
                "VPC 'VPC1' has the IPv6 block 2408:4005:3ff::/56 and is attached as 'attach1', but no IPv6 route in its route "
                    + "table points at 'attach1'; add one, for example vpc.Route(\"::/0\", attachment)",
                "VPC 'VPC2' has the IPv6 block 2408:4005:400::/56 and is attached as 'attach2-b', but no IPv6 route in its route "
                    + "table points at 'attach2-b'; add one, for example vpc.Route(\"::/0\", attachment)",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO012", TopologySeverity.Warning), (d.Id, d.Severity)));
        }
    }
}
