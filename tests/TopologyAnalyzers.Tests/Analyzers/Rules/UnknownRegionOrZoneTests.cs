using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO020: region IDs of VPCs and transit routers, and zone IDs of vSwitches, checked against the catalog and
    /// against the VPC's region; reported on the region or zone argument, as a warning.
    /// </summary>
    public class UnknownRegionOrZoneTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");

            """;

        private const string Footer = """

                }
            }
            """;

        private static DiagnosticResult Unknown(int location, string message) =>
            new DiagnosticResult("TOPO020", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(message);

        [Fact]
        public async Task A_vpc_region_that_is_a_typo_is_reported_with_the_closest_known_id_and_its_zones_judged_against_that()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Vpc("VPC1", {|#0:"ap-southeast-9"|}, "10.0.0.0/16")
                            .VSwitch("vsw1-a", {|#1:"ap-southeast-9a"|}, "10.0.0.0/24")
                            .VSwitch("vsw1-b", {|#2:"cn-hangzhou-j"|}, "10.0.1.0/24")
                            .VSwitch("vsw1-c", "ap-southeast-1c", "10.0.2.0/24");
                """ + Footer,
                Unknown(0, "Region 'ap-southeast-9' of VPC 'VPC1' is not a known Alibaba Cloud region ID; the closest known one is 'ap-southeast-1'"),
                Unknown(1, "Zone 'ap-southeast-9a' of vSwitch 'vsw1-a' is not a known zone ID of region 'ap-southeast-1' "
                    + "(VPC 'VPC1' has 'ap-southeast-9', which is no known ID); the closest known one is 'ap-southeast-1a'"),
                Unknown(2, "Zone 'cn-hangzhou-j' of vSwitch 'vsw1-b' is in region 'cn-hangzhou', not in region 'ap-southeast-1' "
                    + "(VPC 'VPC1' has 'ap-southeast-9', which is no known ID)"));
        }

        [Fact]
        public async Task An_unknown_transit_router_region_is_reported_on_the_region_argument()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Cen("CEN1").TransitRouter({|#0:"ap-southeast"|});
                        a.Cen("CEN2").TransitRouter("eu-central-1");
                """ + Footer,
                Unknown(0, "Region 'ap-southeast' of the transit router of CEN 'CEN1' is not a known Alibaba Cloud region ID; the closest known one is 'ap-southeast-1'"));
        }

        [Fact]
        public async Task An_unknown_zone_of_a_known_region_is_reported_on_the_zone_argument()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", {|#0:"ap-southeast-1z"|}, "10.0.0.0/24")
                            .VSwitch("vsw1-b", {|#1:"AP-SOUTHEAST-1B"|}, "10.0.1.0/24")
                            .VSwitch("vsw1-c", "ap-southeast-1c", "10.0.2.0/24");
                """ + Footer,
                Unknown(0, "Zone 'ap-southeast-1z' of vSwitch 'vsw1-a' is not a known zone ID of region 'ap-southeast-1'; the closest known one is 'ap-southeast-1a'"),
                Unknown(1, "Zone 'AP-SOUTHEAST-1B' of vSwitch 'vsw1-b' is not a known zone ID of region 'ap-southeast-1'; the closest known one is 'ap-southeast-1b'"));
        }

        [Fact]
        public async Task A_zone_of_another_region_is_reported_with_both_regions()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", {|#0:"cn-hangzhou-j"|}, "10.0.0.0/24")
                            .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                """ + Footer,
                Unknown(0, "Zone 'cn-hangzhou-j' of vSwitch 'vsw1-a' is in region 'cn-hangzhou', not in region 'ap-southeast-1' of VPC 'VPC1'"));
        }

        [Fact]
        public async Task Known_regions_and_zones_and_the_seed_topology_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Vpc("VPC1", "cn-shanghai", "10.0.0.0/16")
                            .VSwitch("vsw1-e", "cn-shanghai-e", "10.0.0.0/24")
                            .VSwitch("vsw1-f", "cn-shanghai-f", "10.0.1.0/24");
                        a.Vpc("VPC2", "eu-central-1", "10.1.0.0/16").VSwitch("vsw2-a", "eu-central-1a", "10.1.0.0/24");
                        a.Vpc("VPC3", "cn-nanjing", "10.2.0.0/16").VSwitch("vsw3-a", "cn-nanjing-a", "10.2.0.0/24");
                        a.Cen("CEN1").TransitRouter("us-east-1");
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void Empty_region_and_zone_ids_are_left_to_the_empty_name_rule_and_reported_once()
        {
            var diagnostics = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                a.Vpc("VPC1", "", "10.0.0.0/16");
                a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16").VSwitch("vsw2", "", "10.1.0.0/24");
                a.Cen("CEN1").TransitRouter("");
            }).Diagnostics.Where(d => d.Id == "TOPO020" || d.Id == "TOPO023").Select(d => d.Id + ": " + d.Message);

            Assert.Equal(new[]
            {
                "TOPO023: The region of VPC 'VPC1' is empty; a VPC is created in a region",
                "TOPO023: The zone of vSwitch 'vsw2' is empty; a vSwitch is created in a zone",
                "TOPO023: The region of the transit router of CEN 'CEN1' is empty; a transit router belongs to a region, which titles its route tables",
            }, diagnostics);
        }

        private const string ParitySource = Header + """
                    a.Vpc("VPC1", "ap-southeast-9", "10.0.0.0/16").VSwitch("vsw1-a", "ap-southeast-9a", "10.0.0.0/24");
                    a.Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16")
                        .VSwitch("vsw2-a", "ap-southeast-1z", "10.1.0.0/24")
                        .VSwitch("vsw2-b", "cn-hangzhou-j", "10.1.1.0/24");
                    a.Cen("CEN1").TransitRouter("moon-1");
            """ + Footer;

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var run = GeneratorRun.Run(ParitySource);
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Net").Diagnostics;

            Assert.Equal(new[]
            {
                "Region 'ap-southeast-9' of VPC 'VPC1' is not a known Alibaba Cloud region ID; the closest known one is 'ap-southeast-1'",
                "Region 'moon-1' of the transit router of CEN 'CEN1' is not a known Alibaba Cloud region ID; the closest known one is 'me-east-1'",
                "Zone 'ap-southeast-9a' of vSwitch 'vsw1-a' is not a known zone ID of region 'ap-southeast-1' (VPC 'VPC1' has 'ap-southeast-9', which is no known ID); the closest known one is 'ap-southeast-1a'",
                "Zone 'ap-southeast-1z' of vSwitch 'vsw2-a' is not a known zone ID of region 'ap-southeast-1'; the closest known one is 'ap-southeast-1a'",
                "Zone 'cn-hangzhou-j' of vSwitch 'vsw2-b' is in region 'cn-hangzhou', not in region 'ap-southeast-1' of VPC 'VPC2'",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO020", TopologySeverity.Warning), (d.Id, d.Severity)));
            // Findings come out per kind (VPCs, routers, vSwitches); compare both sides in one order.
            Assert.Equal(
                runTime.Select(d => (d.Id, d.Severity.ToString(), d.Message)).OrderBy(d => d.Message),
                compileTime.Select(d => (d.Id, d.Severity.ToString(), d.GetMessage())).OrderBy(d => d.Item3));
        }
    }
}
