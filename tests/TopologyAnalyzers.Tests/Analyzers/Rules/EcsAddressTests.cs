using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>TOPO007: an ECS address in no vSwitch of its VPC, or reserved by the cloud, on the address argument.</summary>
    public class EcsAddressTests
    {
        private const string Reserved = "the first address and the last three of a vSwitch block are reserved";

        private static DiagnosticResult Address(int location, string ecs, string ip, string problem) =>
            new DiagnosticResult("TOPO007", DiagnosticSeverity.Error).WithLocation(location).WithArguments(ecs, ip, problem);

        [Fact]
        public async Task The_first_and_last_three_addresses_of_a_vswitch_are_reserved_and_the_ones_next_to_them_are_not()
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
                            .VSwitch("vsw1-b", "cn-hangzhou-k", "10.0.1.0/24")
                            .Ecs("ECS0", {|#0:"10.0.0.0"|})
                            .Ecs("ECS1", "10.0.0.1")
                            .Ecs("ECS252", "10.0.0.252")
                            .Ecs("ECS253", {|#1:"10.0.0.253"|})
                            .Ecs("ECS254", {|#2:"10.0.0.254"|})
                            .Ecs("ECS255", {|#3:"10.0.0.255"|})
                            .Ecs("ECS-b0", {|#4:"10.0.1.0"|})
                            .Ecs("ECS-b1", "10.0.1.1");
                    }
                }
                """,
                Address(0, "ECS0", "10.0.0.0", "is reserved by the cloud in vSwitch 'vsw1-a' (10.0.0.0/24): " + Reserved),
                Address(1, "ECS253", "10.0.0.253", "is reserved by the cloud in vSwitch 'vsw1-a' (10.0.0.0/24): " + Reserved),
                Address(2, "ECS254", "10.0.0.254", "is reserved by the cloud in vSwitch 'vsw1-a' (10.0.0.0/24): " + Reserved),
                Address(3, "ECS255", "10.0.0.255", "is reserved by the cloud in vSwitch 'vsw1-a' (10.0.0.0/24): " + Reserved),
                Address(4, "ECS-b0", "10.0.1.0", "is reserved by the cloud in vSwitch 'vsw1-b' (10.0.1.0/24): " + Reserved));
        }

        [Fact]
        public async Task An_address_outside_every_vswitch_of_its_own_vpc_is_reported_even_when_another_vpc_holds_it()
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
                            .Ecs("ECS1", {|#0:"10.0.2.5"|})
                            .Ecs("ECS2", {|#1:"10.1.0.5"|});
                        a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                            .VSwitch("vsw2-a", "cn-hangzhou-j", "10.1.0.0/24")
                            .Ecs("ECS3", "10.1.0.6");
                        a.Vpc("VPC3", "cn-hangzhou", "10.2.0.0/16")
                            .Ecs("ECS4", {|#2:"10.2.0.5"|});
                    }
                }
                """,
                Address(0, "ECS1", "10.0.2.5", "is in no vSwitch of VPC 'VPC1'"),
                Address(1, "ECS2", "10.1.0.5", "is in no vSwitch of VPC 'VPC1'"),
                Address(2, "ECS4", "10.2.0.5", "is in no vSwitch of VPC 'VPC3'"));
        }

        [Fact]
        public async Task Ipv6_addresses_follow_the_same_rules_in_the_vswitch_ipv6_block()
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
                            .Ecs("ECS1", {|#0:"2408:4000:1000::"|})
                            .Ecs("ECS2", "2408:4000:1000::1")
                            .Ecs("ECS3", "2408:4000:1000:0:ffff:ffff:ffff:fffc")
                            .Ecs("ECS4", {|#1:"2408:4000:1000:0:ffff:ffff:ffff:fffd"|})
                            .Ecs("ECS5", {|#2:"2408:4000:1000:0:ffff:ffff:ffff:ffff"|})
                            .Ecs("ECS6", {|#3:"2408:4000:1000:1::5"|});
                    }
                }
                """,
                Address(0, "ECS1", "2408:4000:1000::", "is reserved by the cloud in vSwitch 'vsw1-a' (2408:4000:1000::/64): " + Reserved),
                Address(1, "ECS4", "2408:4000:1000:0:ffff:ffff:ffff:fffd", "is reserved by the cloud in vSwitch 'vsw1-a' (2408:4000:1000::/64): " + Reserved),
                Address(2, "ECS5", "2408:4000:1000:0:ffff:ffff:ffff:ffff", "is reserved by the cloud in vSwitch 'vsw1-a' (2408:4000:1000::/64): " + Reserved),
                Address(3, "ECS6", "2408:4000:1000:1::5", "is in no vSwitch of VPC 'VPC1'"));
        }

        [Fact]
        public async Task Malformed_addresses_and_addresses_next_to_a_malformed_vswitch_block_are_left_to_TOPO005()
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
                            .Ecs("ECS1", {|TOPO005:"10.0.0.256"|})
                            .Ecs("ECS2", {|TOPO005:""|});
                        a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                            .VSwitch("vsw2-a", "cn-hangzhou-j", {|TOPO005:"10.1.0.1/24"|})
                            .Ecs("ECS3", "10.1.0.5");
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
                        .Ecs("ECS1", "10.0.0.1")
                        .Ecs("ECS2", "10.0.0.255")
                        .Ecs("ECS3", "10.0.9.9")
                        .Ecs("ECS4", "2408:4000:1000::");
                }
            }
            """;

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(ParitySource);

            Assert.Equal(new[]
            {
                "ECS instance 'ECS2' (10.0.0.255) is reserved by the cloud in vSwitch 'vsw1-a' (10.0.0.0/24): " + Reserved,
                "ECS instance 'ECS3' (10.0.9.9) is in no vSwitch of VPC 'VPC1'",
                "ECS instance 'ECS4' (2408:4000:1000::) is reserved by the cloud in vSwitch 'vsw1-a' (2408:4000:1000::/64): " + Reserved,
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO007", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
