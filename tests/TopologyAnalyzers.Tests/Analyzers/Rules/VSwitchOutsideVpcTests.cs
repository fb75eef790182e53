using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>TOPO006: a vSwitch block outside its VPC's block (IPv4 and IPv6), on the vSwitch's block argument.</summary>
    public class VSwitchOutsideVpcTests
    {
        private static DiagnosticResult Outside(int location, params object[] arguments) =>
            new DiagnosticResult("TOPO006", DiagnosticSeverity.Error).WithLocation(location).WithArguments(arguments);

        [Fact]
        public async Task A_vswitch_block_outside_or_larger_than_its_vpc_block_is_reported_and_one_inside_is_quiet()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-b", "cn-hangzhou-k", {|#0:"10.1.0.0/24"|})
                            .VSwitch("vsw1-c", "cn-hangzhou-k", "10.0.255.0/24");
                        a.Vpc("VPC2", "cn-hangzhou", "10.2.0.0/16")
                            .VSwitch("vsw2-a", "cn-hangzhou-j", {|#1:"10.2.0.0/15"|});
                        a.Vpc("VPC3", "cn-hangzhou", "172.16.0.0/24")
                            .VSwitch("vsw3-a", "cn-hangzhou-j", "172.16.0.0/24");
                    }
                }
                """,
                Outside(0, "vsw1-b", "10.1.0.0/24", "VPC1", "10.0.0.0/16"),
                Outside(1, "vsw2-a", "10.2.0.0/15", "VPC2", "10.2.0.0/16"));
        }

        [Fact]
        public async Task An_ipv6_vswitch_block_outside_the_vpc_ipv6_block_or_in_a_vpc_without_one_is_reported_on_the_ipv6_argument()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", "2408:4000:1000::/56")
                            .VSwitch("vsw1-a", "cn-hangzhou-j", "10.0.0.0/24", "2408:4000:1000::/64")
                            .VSwitch("vsw1-b", "cn-hangzhou-k", "10.0.1.0/24", ipv6Cidr: {|#0:"2408:4000:2000::/64"|})
                            .VSwitch("vsw1-c", "cn-hangzhou-k", "10.0.2.0/24", "2408:4000:1000:ff::/64");
                        a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                            .VSwitch("vsw2-a", "cn-hangzhou-j", "10.1.0.0/24", {|#1:"2408:4000:3000::/64"|})
                            .VSwitch("vsw2-b", "cn-hangzhou-k", "10.1.1.0/24");
                    }
                }
                """,
                Outside(0, "vsw1-b", "2408:4000:2000::/64", "VPC1", "2408:4000:1000::/56"),
                Outside(1, "vsw2-a", "2408:4000:3000::/64", "VPC2", "no IPv6 block"));
        }

        [Fact]
        public async Task Malformed_blocks_are_left_to_TOPO005()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc("VPC1", "cn-hangzhou", {|TOPO005:"10.0.0.1/16"|}, {|TOPO005:"2408:4000:1000::/129"|})
                            .VSwitch("vsw1-a", "cn-hangzhou-j", "10.9.0.0/24", "2408:4000:9000::/64");
                        a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                            .VSwitch("vsw2-a", "cn-hangzhou-j", {|TOPO005:"10.2.0.0/33"|}, {|TOPO005:"2408::zz/64"|});
                    }
                }
                """);
        }

        private const string ParitySource = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", "2408:4000:1000::/56")
                        .VSwitch("vsw1-a", "cn-hangzhou-j", "10.0.0.0/24", "2408:4000:1000::/64")
                        .VSwitch("vsw1-b", "cn-hangzhou-k", "10.1.0.0/24", "2408:4000:2000::/64");
                    a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw2-a", "cn-hangzhou-j", "10.1.0.0/24", "2408:4000:3000::/64");
                }
            }
            """;

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(ParitySource);

            Assert.Equal(new[]
            {
                "vSwitch 'vsw1-b' (10.1.0.0/24) is not inside the CIDR block of VPC 'VPC1' (10.0.0.0/16)",
                "vSwitch 'vsw1-b' (2408:4000:2000::/64) is not inside the CIDR block of VPC 'VPC1' (2408:4000:1000::/56)",
                "vSwitch 'vsw2-a' (2408:4000:3000::/64) is not inside the CIDR block of VPC 'VPC2' (no IPv6 block)",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO006", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
