using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>TOPO005: malformed blocks and addresses, reported on the argument; the same findings at run time.</summary>
    public class MalformedAddressTests
    {
        private const string Source = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    a.Vpc("VPC1", "cn-hangzhou", {|TOPO005:"10.0.0.1/16"|})
                        .VSwitch("vsw1", "cn-hangzhou-j", {|TOPO005:"10.0.0.0/33"|})
                        .VSwitch("vsw2", "cn-hangzhou-k", "10.0.1.0/24", ipv6Cidr: {|TOPO005:"2408:4000::1/64"|})
                        .Ecs("ECS1", {|TOPO005:"10.0.1.256"|});
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16").VSwitch("vsw3", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw4", "cn-hangzhou-k", "10.1.1.0/24").Ecs("ECS2", "10.1.0.7");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                    var attach2 = tr.Attach(vpc2, "attach2");
                    vpc2.Route({|TOPO005:"0.0.0.0/-1"|}, attach2);
                    tr.RouteTable("default").Route({|TOPO005:"172.16.0.1/12"|}, attach2).Blackhole({|TOPO005:"fd00::/129"|});
                    vpc2.SecurityGroup("sg").AllowInbound(Protocol.Icmp, {|TOPO005:"10.0.0/8"|});
                }
            }
            """;

        [Fact]
        public async Task Each_malformed_block_or_address_is_reported_on_its_argument()
        {
            await AnalyzerTest.VerifyAsync(Source);
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            string plain = Source.Replace("{|TOPO005:", "").Replace("|}", "");
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(plain);

            Assert.Equal(8, runTime.Count);
            Assert.Equal(new[]
            {
                "The destination of a route of VPC 'VPC2'",
                "The destination of a static route of TR (cn-hangzhou)",
                "The destination of a blackhole route of TR (cn-hangzhou)",
                "The source CIDR block of an inbound rule of security group 'sg'",
            }, runTime.Skip(4).Select(d => d.Message.Substring(0, d.Message.IndexOf(':'))));
        }

        private const string WrongFamily = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", ipv6Cidr: {|#0:"10.0.0.0/16"|})
                        .VSwitch("vsw1", "cn-hangzhou-j", "10.0.0.0/24", ipv6Cidr: {|#1:"10.0.0.0/24"|});
                    a.Vpc("VPC2", "cn-hangzhou", {|#2:"2408:4000::/48"|})
                        .VSwitch("vsw2", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw3", "cn-hangzhou-k", {|#3:"2408:4000::/64"|});
                }
            }
            """;

        private static DiagnosticResult Family(int location, string what, string owner, string block, bool ipv6Expected) =>
            new DiagnosticResult("TOPO005", DiagnosticSeverity.Error).WithLocation(location).WithArguments(what, owner, "'" + block + "' is an "
                + (ipv6Expected ? "IPv4 block, and this argument takes an IPv6 block (the IPv4 block goes in cidr)"
                                : "IPv6 block, and this argument takes an IPv4 block (the IPv6 block goes in ipv6Cidr)"));

        [Fact]
        public async Task A_block_of_the_other_address_family_is_reported_on_its_argument_and_nothing_else_is()
        {
            // VPC2's block is unusable, so its vSwitches are not reported as outside it (TOPO006): one mistake, one finding.
            await AnalyzerTest.VerifyAsync(WrongFamily,
                Family(0, "The IPv6 CIDR block", "VPC 'VPC1'", "10.0.0.0/16", ipv6Expected: true),
                Family(1, "The IPv6 CIDR block", "vSwitch 'vsw1'", "10.0.0.0/24", ipv6Expected: true),
                Family(2, "The CIDR block", "VPC 'VPC2'", "2408:4000::/48", ipv6Expected: false),
                Family(3, "The CIDR block", "vSwitch 'vsw3'", "2408:4000::/64", ipv6Expected: false));
        }

        [Fact]
        public async Task A_block_of_the_other_address_family_is_left_out_of_the_tables_alike_at_compile_time_and_run_time()
        {
            var run = GeneratorRun.Run(ZoneSourcesPlain(WrongFamily));
            var tables = GeneratorRun.GeneratedTables(run.Load(), "Net");

            Assert.Equal(new[] { "10.0.0.0/24" }, tables.ForVpc("VPC1").Routes.Select(r => r.Destination));
            Assert.Equal(new[] { "10.1.0.0/24" }, tables.ForVpc("VPC2").Routes.Select(r => r.Destination));
            Assert.Equal(4, (await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(ZoneSourcesPlain(WrongFamily))).Count);
        }

        private static string ZoneSourcesPlain(string markup) => PrivateZones.ZoneSources.Plain(markup);
    }
}
