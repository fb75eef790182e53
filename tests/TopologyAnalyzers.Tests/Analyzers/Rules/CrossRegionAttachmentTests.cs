using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO009: a VPC attached to its CEN's transit router of another region, reported on the Attach call and pointing
    /// at the VPC's region argument.
    /// </summary>
    public class CrossRegionAttachmentTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var hz = a.Vpc("VPC-HZ", {|#1:"cn-hangzhou"|}, "10.0.0.0/16")
                        .VSwitch("vsw-hz-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw-hz-k", "cn-hangzhou-k", "10.0.1.0/24");
                    var sh = a.Vpc("VPC-SH", {|#3:"cn-shanghai"|}, "10.1.0.0/16")
                        .VSwitch("vsw-sh-e", "cn-shanghai-e", "10.1.0.0/24")
                        .VSwitch("vsw-sh-f", "cn-shanghai-f", "10.1.1.0/24");
                    var cen = a.Cen("CEN1");

            """;

        private const string Footer = """

                }
            }
            """;

        private static DiagnosticResult CrossRegion(int attach, int region, params object[] arguments) =>
            new DiagnosticResult("TOPO009", DiagnosticSeverity.Error).WithLocation(attach).WithLocation(region).WithArguments(arguments);

        [Fact]
        public async Task A_vpc_attached_to_the_transit_router_of_another_region_is_reported_on_the_attach_call()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        cen.TransitRouter("cn-shanghai").{|#0:Attach(hz, "attach-hz")|};
                        cen.TransitRouter("cn-shanghai").Attach(sh, "attach-sh");
                """ + Footer,
                CrossRegion(0, 1, "VPC-HZ", "cn-hangzhou", "attach-hz", "CEN1", "cn-shanghai", "attach it to the CEN's transit router in 'cn-hangzhou'"));
        }

        [Fact]
        public async Task Each_misplaced_attachment_is_reported_with_its_own_vpc_region()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var trHz = cen.TransitRouter("cn-hangzhou");
                        var trSh = cen.TransitRouter("cn-shanghai");
                        trSh.{|#0:Attach(hz, "attach-hz")|};
                        trHz.{|#2:Attach(sh, "attach-sh")|};
                """ + Footer,
                CrossRegion(0, 1, "VPC-HZ", "cn-hangzhou", "attach-hz", "CEN1", "cn-shanghai", "attach it to the CEN's transit router in 'cn-hangzhou'"),
                CrossRegion(2, 3, "VPC-SH", "cn-shanghai", "attach-sh", "CEN1", "cn-hangzhou", "attach it to the CEN's transit router in 'cn-shanghai'"));
        }

        [Fact]
        public async Task Vpcs_attached_to_the_transit_routers_of_their_own_regions_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header.Replace("{|#1:", "").Replace("{|#3:", "").Replace("\"|}", "\"") + """
                        cen.TransitRouter("cn-hangzhou").Attach(hz, "attach-hz");
                        cen.TransitRouter("cn-shanghai").Attach(sh, "attach-sh");
                """ + Footer);
        }

        [Fact]
        public void The_advice_never_names_a_region_the_region_rule_reports_as_unknown()
        {
            var messages = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var cen = a.Cen("CEN1");
                // A typo of the router's own region: correcting it is the whole fix.
                cen.TransitRouter("ap-southeast-1").Attach(a.Vpc("VPC1", "ap-southest-1", "10.0.0.0/16"), "attach1");
                // A typo of another region than the router's.
                cen.TransitRouter("ap-southeast-1").Attach(a.Vpc("VPC2", "cn-hangzou", "10.1.0.0/16"), "attach2");
                // No known region is close: nothing to name.
                cen.TransitRouter("ap-southeast-1").Attach(a.Vpc("VPC3", "moon-1", "10.2.0.0/16"), "attach3");
                // The router's region is the typo.
                cen.TransitRouter("cn-shangai").Attach(a.Vpc("VPC4", "cn-shanghai", "10.3.0.0/16"), "attach4");
            }).Diagnostics.Where(d => d.Id == "TOPO009").Select(d => d.Message.Substring(d.Message.IndexOf("; ") + 2));

            Assert.Equal(new[]
            {
                "'ap-southest-1' is no known region ID: correct the VPC's region to 'ap-southeast-1' (TOPO020)",
                "'cn-hangzou' is no known region ID: correct it (TOPO020; the closest known one is 'cn-hangzhou'), then attach the VPC to the CEN's transit router in that region",
                "'moon-1' is no known region ID (TOPO020): attach the VPC to the CEN's transit router in its own region",
                "the transit router's region 'cn-shangai' is no known region ID: correct it to 'cn-shanghai' (TOPO020)",
            }, messages);
        }

        [Fact]
        public async Task The_seed_scenario_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void A_transit_router_with_an_empty_region_is_left_to_the_empty_name_rule()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("vsw-j", "cn-hangzhou-j", "10.0.0.0/24")
                    .VSwitch("vsw-k", "cn-hangzhou-k", "10.0.1.0/24");
                a.Cen("CEN1").TransitRouter("").Attach(vpc, "attach1");
            });

            Assert.DoesNotContain(topology.Diagnostics, d => d.Id == "TOPO009");
            Assert.Contains(topology.Diagnostics, d => d.Id == "TOPO023" && d.Message.StartsWith("The region of the transit router of CEN 'CEN1' is empty", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var source = Header.Replace("{|#1:", "").Replace("{|#3:", "").Replace("\"|}", "\"") + """
                        cen.TransitRouter("cn-shanghai").Attach(hz, "attach-hz");
                        cen.TransitRouter("cn-hangzhou").Attach(sh, "attach-sh");
                """ + Footer;
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);

            Assert.Equal(new[]
            {
                "VPC 'VPC-HZ' in region 'cn-hangzhou' is attached as 'attach-hz' to the transit router of CEN 'CEN1' in region "
                    + "'cn-shanghai'; attach it to the CEN's transit router in 'cn-hangzhou'",
                "VPC 'VPC-SH' in region 'cn-shanghai' is attached as 'attach-sh' to the transit router of CEN 'CEN1' in region "
                    + "'cn-hangzhou'; attach it to the CEN's transit router in 'cn-shanghai'",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO009", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
