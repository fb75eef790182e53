using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO014: an <c>ExpectReachable</c> whose ping is dropped, reported on the expectation call with the trace up to the
    /// hop that drops; and the same finding from <c>Topology.Build</c> at run time.
    /// </summary>
    public class ExpectReachableTests
    {
        internal const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24")
                        .Ecs("ECS1", "10.0.0.1");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                    var attach1 = tr.Attach(vpc1, "attach1");

            """;

        internal const string Footer = """

                }
            }
            """;

        private static DiagnosticResult Fails(int location, string from, string to, string why) =>
            new DiagnosticResult("TOPO014", DiagnosticSeverity.Error).WithLocation(location).WithArguments(from, to, why);

        [Fact]
        public async Task A_blackholed_ping_is_reported_on_the_expectation_call_with_its_trace()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc2.Ecs("ECS2", "10.1.0.1");
                        tr.Attach(vpc2, "attach2");
                        tr.RouteTable("default").Blackhole("10.1.0.0/24");
                        net.{|#0:ExpectReachable("ECS1", "ECS2")|};
                """ + Footer,
                Fails(0, "ECS1", "ECS2", "ECS1 (10.0.0.1) -> ECS2 (10.1.0.1): VPC1: 10.0.0.0/8 -> attach1; "
                    + "TR (cn-hangzhou): 10.1.0.0/24 -> Blackhole; dropped: blackhole route 10.1.0.0/24 in TR (cn-hangzhou)"));
        }

        [Fact]
        public async Task A_security_group_that_blocks_is_named_and_an_unknown_instance_is_reported()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var sg = vpc2.SecurityGroup("sg-db", SecurityGroupKind.Enterprise).AllowInbound(Protocol.Tcp, "10.0.0.0/8", 3306, 3306);
                        vpc2.Ecs("ECS2", "10.1.0.1", sg);
                        tr.Attach(vpc2, "attach2");
                        net.{|#0:ExpectReachable("ECS1", "ECS2")|}
                           .ExpectReachable("ECS1", {|#1:"ECS7"|});
                """ + Footer,
                Fails(0, "ECS1", "ECS2", "ECS1 (10.0.0.1) -> ECS2 (10.1.0.1): VPC1: 10.0.0.0/8 -> attach1; "
                    + "TR (cn-hangzhou): 10.1.0.0/24 -> attach2; VPC2: 10.1.0.0/24 -> Local; "
                    + "dropped: security group 'sg-db' (enterprise) of ECS2 has no inbound rule allowing ICMP from 10.0.0.1"),
                Fails(1, "ECS1", "ECS7", "'ECS7' names no ECS instance of the topology; the closest declared is 'ECS1'"));
        }

        [Fact]
        public async Task A_ping_that_gets_through_and_back_is_quiet_as_is_the_seed()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc2.Ecs("ECS2", "10.1.0.1");
                        tr.Attach(vpc2, "attach2");
                        net.ExpectReachable("ECS1", "ECS2").ExpectReachable("10.1.0.1", "10.0.0.1");
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var source = Header + """
                        vpc2.Ecs("ECS2", "10.1.0.1");
                        tr.Attach(vpc2, "attach2", associateWithDefaultRouteTable: false);
                        net.ExpectReachable("ECS2", "ECS1").ExpectReachable("ECS1", "ECS2");
                """ + Footer;
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);

            Assert.Equal(new[]
            {
                "ExpectReachable(\"ECS2\", \"ECS1\") fails: ECS2 (10.1.0.1) -> ECS1 (10.0.0.1): VPC2: 10.0.0.0/8 -> attach2; "
                    + "dropped: attachment 'attach2' is associated with no route table of its transit router",
                "ExpectReachable(\"ECS1\", \"ECS2\") fails: ECS1 (10.0.0.1) -> ECS2 (10.1.0.1): VPC1: 10.0.0.0/8 -> attach1; "
                    + "TR (cn-hangzhou): 10.1.0.0/24 -> attach2; VPC2: 10.1.0.0/24 -> Local; reply: VPC2: 10.0.0.0/8 -> attach2; "
                    + "dropped: attachment 'attach2' is associated with no route table of its transit router",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO014", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
