using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO003: an attached VPC with vSwitches in fewer than two zones, reported on the Attach call with the VPC's
    /// declaration as additional location; the free zone, block and name for the code fix ride along as properties.
    /// </summary>
    public class SingleZoneTests
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

        private static DiagnosticResult SingleZone(int attach, int vpc, params object[] arguments) =>
            new DiagnosticResult("TOPO003", DiagnosticSeverity.Warning).WithLocation(attach).WithLocation(vpc).WithArguments(arguments);

        [Fact]
        public async Task An_attached_vpc_in_one_zone_is_reported_on_the_attach_call_and_points_at_the_vpc()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vsw1-a2", "ap-southeast-1a", "10.0.1.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(vpc1, "attach1")|};
                """ + Footer,
                SingleZone(0, 1, "VPC1", "attach1", "only zone 'ap-southeast-1a'", "ap-southeast-1"));
        }

        [Fact]
        public async Task An_attached_vpc_without_vswitches_is_reported_as_in_no_zone()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")|};
                        a.Cen("CEN1").TransitRouter("cn-hangzhou").{|#0:Attach(vpc1, "attach1")|};
                """ + Footer,
                SingleZone(0, 1, "VPC1", "attach1", "no zone", "cn-hangzhou"));
        }

        [Fact]
        public async Task A_vpc_attached_twice_is_reported_once_per_attachment()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}.VSwitch("vsw1-b", "ap-southeast-1b", "10.0.0.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").{|#0:Attach(vpc1, "attach1")|};
                        a.Cen("CEN2").TransitRouter("ap-southeast-1").{|#2:Attach(vpc1, "attach2")|};
                """ + Footer,
                SingleZone(0, 1, "VPC1", "attach1", "only zone 'ap-southeast-1b'", "ap-southeast-1"),
                SingleZone(2, 1, "VPC1", "attach2", "only zone 'ap-southeast-1b'", "ap-southeast-1"));
        }

        [Fact]
        public async Task A_vpc_in_one_zone_that_is_not_attached_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16").VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24");
                        a.Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1");
                """ + Footer);
        }

        [Fact]
        public async Task An_attached_vpc_in_a_single_zone_region_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var nanjing = a.Vpc("VPC1", "cn-nanjing", "10.0.0.0/16").VSwitch("vsw1-a", "cn-nanjing-a", "10.0.0.0/24");
                        var fuzhou = a.Vpc("VPC2", "cn-fuzhou", "10.1.0.0/16").VSwitch("vsw2-a", "cn-fuzhou-a", "10.1.0.0/24");
                        var cen = a.Cen("CEN1");
                        cen.TransitRouter("cn-nanjing").Attach(nanjing, "attach1");
                        cen.TransitRouter("cn-fuzhou").Attach(fuzhou, "attach2");
                """ + Footer);
        }

        [Fact]
        public async Task An_attached_vpc_with_vswitches_in_two_zones_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc1, "attach1");
                """ + Footer);
        }

        [Fact]
        public async Task The_seed_topology_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Theory]
        // The first free /24 after the first vSwitch, in the first unused zone of the region.
        [InlineData("10.0.0.0/16", ".VSwitch(\"vsw1-a\", \"ap-southeast-1a\", \"10.0.0.0/24\")", "ap-southeast-1b", "10.0.1.0/24", "vpc1-b")]
        // The size of the first vSwitch; blocks taken by any vSwitch of the VPC are skipped, a large one at once.
        [InlineData("10.0.0.0/16",
            ".VSwitch(\"vsw1-b\", \"ap-southeast-1b\", \"10.0.4.0/26\").VSwitch(\"vsw1-b2\", \"ap-southeast-1b\", \"10.0.0.0/22\").VSwitch(\"vsw1-b3\", \"ap-southeast-1b\", \"10.0.4.64/26\")",
            "ap-southeast-1a", "10.0.4.128/26", "vpc1-a")]
        // No vSwitch: a /24 at the start of the VPC.
        [InlineData("172.16.0.0/12", "", "ap-southeast-1a", "172.16.0.0/24", "vpc1-a")]
        // A VPC smaller than a /24 offers its own block.
        [InlineData("192.168.0.0/28", "", "ap-southeast-1a", "192.168.0.0/28", "vpc1-a")]
        public async Task The_diagnostic_carries_a_free_zone_block_and_vswitch_name_for_the_code_fix(string vpcCidr, string vSwitches, string zone, string cidr, string name)
        {
            var diagnostic = Assert.Single(await DiagnosticsAsync(Header
                + "        var vpc1 = a.Vpc(\"VPC1\", \"ap-southeast-1\", \"" + vpcCidr + "\")" + vSwitches + ";\n"
                + "        a.Cen(\"CEN1\").TransitRouter(\"ap-southeast-1\").Attach(vpc1, \"attach1\");"
                + Footer));

            Assert.Equal("TOPO003", diagnostic.Id);
            Assert.Equal(zone, diagnostic.Properties["Zone"]);
            Assert.Equal(cidr, diagnostic.Properties["Cidr"]);
            Assert.Equal(name, diagnostic.Properties["VSwitchName"]);
        }

        [Fact]
        public async Task The_suggested_vswitch_name_is_not_used_in_the_topology()
        {
            var diagnostic = Assert.Single(await DiagnosticsAsync(Header + """
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16").VSwitch("vpc1-e", "cn-hangzhou-b", "10.0.0.0/24");
                        a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16").VSwitch("vpc1-e-2", "cn-hangzhou-b", "10.1.0.0/24").VSwitch("x", "cn-hangzhou-e", "10.1.1.0/24");
                        a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc1, "attach1");
                """ + Footer));

            Assert.Equal("cn-hangzhou-e", diagnostic.Properties["Zone"]);
            Assert.Equal("vpc1-e-3", diagnostic.Properties["VSwitchName"]);
        }

        [Fact]
        public async Task A_full_vpc_gets_no_block_and_an_unknown_region_gets_no_zone()
        {
            var diagnostics = await DiagnosticsAsync(Header + """
                        var full = a.Vpc("Full", "ap-southeast-1", "10.0.0.0/24").VSwitch("full-a", "ap-southeast-1a", "10.0.0.0/24");
                        var far = a.Vpc("Far", "xx-unknown-1", "10.1.0.0/16").VSwitch("far-a", "xx-unknown-1a", "10.1.0.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").Attach(full, "attach1");
                        a.Cen("CEN2").TransitRouter("xx-unknown-1").Attach(far, "attach2");
                """ + Footer);

            var full = Assert.Single(diagnostics, d => d.Id == "TOPO003" && d.GetMessage().Contains("'Full'"));
            Assert.Equal("ap-southeast-1b", full.Properties["Zone"]);
            Assert.False(full.Properties.ContainsKey("Cidr"));
            var far = Assert.Single(diagnostics, d => d.Id == "TOPO003" && d.GetMessage().Contains("'Far'"));
            Assert.False(far.Properties.ContainsKey("Zone"));
            Assert.False(far.Properties.ContainsKey("VSwitchName"));
            Assert.Equal("10.1.1.0/24", far.Properties["Cidr"]);
        }

        [Fact]
        public async Task Misspelled_ids_and_host_bits_count_as_what_their_fixes_write_so_all_fixes_hold_together()
        {
            // dotnet format applies each ID's fixes once, in any order: the vSwitch this finding suggests must fit the
            // region, zones and blocks as TOPO020's and TOPO005's fixes leave them.
            var diagnostics = await DiagnosticsAsync(Header + """
                        var vpc1 = a.Vpc("VPC1", "ap-southest-1", "10.0.0.1/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.1/24")
                            .VSwitch("vsw1-a2", "ap-southeast-1z", "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").Attach(vpc1, "attach1");
                """ + Footer);

            var singleZone = Assert.Single(diagnostics, d => d.Id == "TOPO003");
            Assert.Equal("VPC 'VPC1' is attached as 'attach1' with vSwitches in only zone 'ap-southeast-1a'; add a vSwitch in another zone "
                + "of region 'ap-southeast-1' for zone-level disaster recovery", singleZone.GetMessage());
            Assert.Equal("ap-southeast-1b", singleZone.Properties["Zone"]);
            Assert.Equal("10.0.2.0/24", singleZone.Properties["Cidr"]);
            Assert.Equal("vpc1-b", singleZone.Properties["VSwitchName"]);
        }

        private const string ParitySource = Header + """
                    var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16").VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24");
                    var vpc2 = a.Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16");
                    var vpc3 = a.Vpc("VPC3", "cn-nanjing", "10.2.0.0/16").VSwitch("vsw3-a", "cn-nanjing-a", "10.2.0.0/24");
                    var cen = a.Cen("CEN1");
                    cen.TransitRouter("ap-southeast-1").Attach(vpc1, "attach1");
                    cen.TransitRouter("ap-southeast-1").Attach(vpc2, "attach2");
                    cen.TransitRouter("cn-nanjing").Attach(vpc3, "attach3");
            """ + Footer;

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(ParitySource);

            Assert.Equal(new[]
            {
                "VPC 'VPC1' is attached as 'attach1' with vSwitches in only zone 'ap-southeast-1a'; add a vSwitch in another zone of region 'ap-southeast-1' for zone-level disaster recovery",
                "VPC 'VPC2' is attached as 'attach2' with vSwitches in no zone; add a vSwitch in another zone of region 'ap-southeast-1' for zone-level disaster recovery",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO003", TopologySeverity.Warning), (d.Id, d.Severity)));
        }

        private static async Task<Diagnostic[]> DiagnosticsAsync(string source) =>
            (await AnalyzerRun.DiagnosticsAsync(GeneratorRun.Compile(source))).ToArray();
    }
}
