using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO013: a VPC outside 10/8, 172.16/12 and 192.168/16, attached, while another VPC of its CEN has no route
    /// covering it in its resolved table; reported on the VPC's block, once, naming the VPCs that cannot reach it.
    /// </summary>
    public class NonPrivateVpcBlockTests
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
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", {|#0:"100.64.0.0/16"|})
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "100.64.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "100.64.1.0/24");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

            """;

        private const string Footer = """

                }
            }
            """;

        private static string Quiet(string source) => source.Replace("{|#0:", "").Replace("\"|}", "\"");

        private static DiagnosticResult NonPrivate(params object[] arguments) =>
            new DiagnosticResult("TOPO013", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(arguments);

        private static string[] Messages(Action<TopologyBuilder> define) =>
            Topology.Build(define).Diagnostics.Where(d => d.Id == "TOPO013").Select(d => d.Message).ToArray();

        /// <summary>Two zones' vSwitches inside <paramref name="cidr"/> (a /16), so that no other rule speaks up.</summary>
        private static Vpc TwoZoneVpc(Account account, string name, string cidr)
        {
            string stem = cidr.Substring(0, cidr.LastIndexOf('.', cidr.LastIndexOf('.') - 1));
            return account.Vpc(name, "cn-hangzhou", cidr)
                .VSwitch(name + "-j", "cn-hangzhou-j", stem + ".0.0/24")
                .VSwitch(name + "-k", "cn-hangzhou-k", stem + ".1.0/24");
        }

        [Fact]
        public async Task A_vpc_outside_the_private_ranges_is_reported_on_its_block_naming_the_vpc_that_cannot_reach_it()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.Attach(vpc1, "attach1");
                        tr.Attach(vpc2, "attach2");
                """ + Footer,
                NonPrivate("VPC2", "100.64.0.0/16", "VPC 'VPC1' has"));
        }

        [Fact]
        public async Task A_default_route_or_a_route_covering_the_block_in_the_other_vpc_reaches_it()
        {
            await AnalyzerTest.VerifyAsync(Quiet(Header) + """
                        vpc1.Route("0.0.0.0/0", tr.Attach(vpc1, "attach1"));
                        tr.Attach(vpc2, "attach2");
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Quiet(Header) + """
                        vpc1.Route("100.64.0.0/12", tr.Attach(vpc1, "attach1"));
                        tr.Attach(vpc2, "attach2");
                """ + Footer);
        }

        [Fact]
        public async Task A_route_equal_to_the_cloud_service_route_is_refused_so_it_does_not_reach_the_block()
        {
            // 100.64.0.0/10 itself is the route the cloud keeps for its services: the custom one is left out (TOPO026).
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc1.Route({|TOPO026:"100.64.0.0/10"|}, tr.Attach(vpc1, "attach1"));
                        tr.Attach(vpc2, "attach2");
                """ + Footer,
                NonPrivate("VPC2", "100.64.0.0/16", "VPC 'VPC1' has"));
        }

        [Fact]
        public async Task A_route_to_only_part_of_the_block_does_not_reach_it()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc1.Route("100.64.0.0/24", tr.Attach(vpc1, "attach1"));
                        tr.Attach(vpc2, "attach2");
                """ + Footer,
                NonPrivate("VPC2", "100.64.0.0/16", "VPC 'VPC1' has"));
        }

        [Fact]
        public async Task A_vpc_outside_the_private_ranges_that_is_not_attached_or_alone_on_its_cen_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Quiet(Header) + """
                        tr.Attach(vpc1, "attach1");
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Quiet(Header) + """
                        tr.Attach(vpc1, "attach1");
                        a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach(vpc2, "attach2");
                """ + Footer);
        }

        [Fact]
        public async Task The_seed_scenario_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void Each_vpc_is_reported_once_naming_three_vpcs_and_counting_the_rest()
        {
            var messages = Messages(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var outside = TwoZoneVpc(a, "VPC0", "100.64.0.0/16");
                var cen1 = a.Cen("CEN1");
                var cen2 = a.Cen("CEN2");
                // Attached to two CENs, one of them twice: still one report.
                cen1.TransitRouter("cn-hangzhou").Attach(outside, "attach0");
                cen1.TransitRouter("cn-hangzhou").Attach(outside, "attach0b");
                cen2.TransitRouter("cn-hangzhou").Attach(outside, "attach0c");
                for (int i = 1; i <= 5; i++)
                {
                    var vpc = TwoZoneVpc(a, "VPC" + i, "10." + i + ".0.0/16");
                    // VPC3 is on both CENs: named once.
                    (i <= 3 ? cen1 : cen2).TransitRouter("cn-hangzhou").Attach(vpc, "attach" + i);
                    if (i == 3) cen2.TransitRouter("cn-hangzhou").Attach(vpc, "attach3b");
                }
            });

            Assert.Equal(new[]
            {
                "VPC 'VPC0' (100.64.0.0/16) is outside 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16, the only blocks the "
                    + "automatically created routes cover; VPCs 'VPC1', 'VPC2', 'VPC3' and 2 more have no route covering "
                    + "100.64.0.0/16, so traffic from there does not reach it",
            }, messages);
        }

        [Fact]
        public void Only_the_vpcs_without_a_covering_route_are_named()
        {
            var messages = Messages(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(TwoZoneVpc(a, "VPC0", "172.0.0.0/16"), "attach0");
                var vpc1 = TwoZoneVpc(a, "VPC1", "10.1.0.0/16");
                vpc1.Route("172.0.0.0/8", tr.Attach(vpc1, "attach1"));
                tr.Attach(TwoZoneVpc(a, "VPC2", "10.2.0.0/16"), "attach2");
                tr.Attach(TwoZoneVpc(a, "VPC3", "10.3.0.0/16"), "attach3");
            });

            // 172.0.0.0/16 is outside 172.16.0.0/12 although its first octet is 172.
            Assert.Equal(new[]
            {
                "VPC 'VPC0' (172.0.0.0/16) is outside 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16, the only blocks the "
                    + "automatically created routes cover; VPCs 'VPC2' and 'VPC3' have no route covering 172.0.0.0/16, so "
                    + "traffic from there does not reach it",
            }, messages);
        }

        [Fact]
        public void Two_vpcs_outside_the_private_ranges_each_miss_the_other()
        {
            var messages = Messages(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(TwoZoneVpc(a, "VPC1", "100.64.0.0/16"), "attach1");
                tr.Attach(TwoZoneVpc(a, "VPC2", "100.65.0.0/16"), "attach2");
            });

            Assert.Equal(2, messages.Length);
            Assert.StartsWith("VPC 'VPC1' (100.64.0.0/16)", messages[0]);
            Assert.Contains("VPC 'VPC2' has no route covering 100.64.0.0/16", messages[0]);
            Assert.StartsWith("VPC 'VPC2' (100.65.0.0/16)", messages[1]);
            Assert.Contains("VPC 'VPC1' has no route covering 100.65.0.0/16", messages[1]);
        }

        [Fact]
        public void Malformed_and_ipv6_blocks_are_left_to_other_rules()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(TwoZoneVpc(a, "VPC1", "10.1.0.0/16"), "attach1");
                tr.Attach(a.Vpc("VPC2", "cn-hangzhou", "100.64.0.1/16"), "attach2");
                tr.Attach(a.Vpc("VPC3", "cn-hangzhou", "2408:4000::/56"), "attach3");
            });

            Assert.DoesNotContain(topology.Diagnostics, d => d.Id == "TOPO013");
            Assert.Contains(topology.Diagnostics, d => d.Id == "TOPO005");
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var source = Quiet(Header) + """
                        tr.Attach(vpc1, "attach1");
                        tr.Attach(vpc2, "attach2");
                """ + Footer;
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);

            Assert.Equal(new[]
            {
                "VPC 'VPC2' (100.64.0.0/16) is outside 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16, the only blocks the "
                    + "automatically created routes cover; VPC 'VPC1' has no route covering 100.64.0.0/16, so traffic from "
                    + "there does not reach it",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO013", TopologySeverity.Warning), (d.Id, d.Severity)));
        }
    }
}
