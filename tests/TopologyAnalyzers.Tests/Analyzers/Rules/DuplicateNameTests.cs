using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO008: two objects of one kind with one name, or two accounts with one UID. Reported on the later name (or
    /// UID) argument, pointing at the first declaration's.
    /// </summary>
    public class DuplicateNameTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {

            """;

        private const string Footer = """

                }
            }
            """;

        private static DiagnosticResult Duplicate(int later, int first, string message) =>
            new DiagnosticResult("TOPO008", DiagnosticSeverity.Error).WithLocation(later).WithLocation(first).WithArguments(message);

        [Fact]
        public async Task Connections_share_their_names_with_nothing_and_groups_are_unique_per_vpc()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", "1000000000000001");
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24").VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        vpc1.SecurityGroup({|#5:"sg-web"|});
                        vpc1.SecurityGroup({|#4:"sg-web"|});
                        a.Vpc("VPC2", "cn-shanghai", "10.1.0.0/16").SecurityGroup("sg-web");
                        var cen = a.Cen("CEN1");
                        var hz = cen.TransitRouter("cn-hangzhou");
                        var sh = cen.TransitRouter("cn-shanghai");
                        var sg = cen.TransitRouter("ap-southeast-1");
                        hz.Attach(vpc1, {|#1:"link"|});
                        hz.Connect(sh, {|#0:"link"|});
                        hz.Connect(sg, {|#3:"hz-sg"|});
                        sh.Connect(sg, {|#2:"hz-sg"|});
                """ + Footer,
                Duplicate(0, 1, "An inter-region connection and an attachment are both named 'link'; next hops must be unique"),
                Duplicate(2, 3, "Two inter-region connections are named 'hz-sg'"),
                Duplicate(4, 5, "VPC 'VPC1' has two security groups named 'sg-web'"));
        }

        [Fact]
        public async Task Two_accounts_with_one_name_are_reported_on_the_later_name()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        net.Account({|#1:"A"|}, "1000000000000001");
                        net.Account({|#0:"A"|}, "2000000000000002");
                        net.Account("a", "3000000000000003");
                """ + Footer,
                Duplicate(0, 1, "Two accounts are named 'A'"));
        }

        [Fact]
        public async Task Two_accounts_with_one_uid_are_reported_on_the_later_uid()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        net.Account("A", {|#1:"1000000000000001"|});
                        net.Account("B", uid: {|#0:"1000000000000001"|});
                        net.Account("C", "1000000000000002");
                """ + Footer,
                Duplicate(0, 1, "Accounts 'A' and 'B' share UID '1000000000000001'"));
        }

        [Fact]
        public async Task Two_vpcs_with_one_name_are_reported_even_in_different_accounts()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", "1000000000000001");
                        var b = net.Account("B", "2000000000000002");
                        a.Vpc({|#1:"VPC1"|}, "cn-hangzhou", "10.0.0.0/16");
                        b.Vpc({|#0:"VPC1"|}, "cn-shanghai", "10.1.0.0/16");
                        b.Vpc("VPC2", "cn-shanghai", "10.2.0.0/16");
                """ + Footer,
                Duplicate(0, 1, "Two VPCs are named 'VPC1'"));
        }

        [Fact]
        public async Task A_third_vpc_with_the_name_is_reported_against_the_first()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc({|#1:"VPC1"|}, "cn-hangzhou", "10.0.0.0/16");
                        a.Vpc({|#0:"VPC1"|}, "cn-hangzhou", "10.1.0.0/16");
                        a.Vpc({|#2:"VPC1"|}, "cn-hangzhou", "10.2.0.0/16");
                """ + Footer,
                Duplicate(0, 1, "Two VPCs are named 'VPC1'"),
                Duplicate(2, 1, "Two VPCs are named 'VPC1'"));
        }

        [Fact]
        public async Task Two_vswitches_with_one_name_are_reported_even_in_different_vpcs()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch({|#1:"vsw-j"|}, "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw-k", "cn-hangzhou-k", "10.0.1.0/24");
                        a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                            .VSwitch({|#0:"vsw-j"|}, "cn-hangzhou-j", "10.1.0.0/24");
                """ + Footer,
                Duplicate(0, 1, "Two vSwitches are named 'vsw-j'"));
        }

        [Fact]
        public async Task Two_ecs_instances_with_one_name_are_reported()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.0.0/24")
                            .Ecs({|#1:"web"|}, "10.0.0.10")
                            .Ecs({|#0:"web"|}, "10.0.0.11")
                            .Ecs("Web", "10.0.0.12");
                """ + Footer,
                Duplicate(0, 1, "Two ECS instances are named 'web'"));
        }

        [Fact]
        public async Task Two_cens_with_one_name_are_reported_even_in_different_accounts()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", "1000000000000001");
                        var b = net.Account("B", "2000000000000002");
                        a.Cen({|#1:"CEN1"|});
                        b.Cen({|#0:"CEN1"|});
                        b.Cen("CEN2");
                """ + Footer,
                Duplicate(0, 1, "Two CENs are named 'CEN1'"));
        }

        [Fact]
        public async Task Two_attachments_with_one_name_are_reported_even_on_different_transit_routers()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", "1000000000000001");
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                            .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                            .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
                        a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc1, {|#1:"attach"|});
                        a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach(vpc2, name: {|#0:"attach"|});
                """ + Footer,
                Duplicate(0, 1, "Two attachments are named 'attach'"));
        }

        [Fact]
        public async Task Objects_of_different_kinds_may_share_a_name()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("X", "1000000000000001");
                        var vpc = a.Vpc("X", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("X", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("X-k", "cn-hangzhou-k", "10.0.1.0/24")
                            .Ecs("X", "10.0.0.10");
                        a.Cen("X").TransitRouter("cn-hangzhou").Attach(vpc, "X");
                """ + Footer);
        }

        [Fact]
        public async Task Empty_names_and_uids_are_not_reported_as_duplicates()
        {
            // Empty values are TOPO023's business (reported once each), not duplicates of each other.
            await AnalyzerTest.VerifyAsync(Header + """
                        var a = net.Account("A", {|TOPO023:""|});
                        var b = net.Account("B", {|TOPO023:""|});
                        a.Vpc({|TOPO023:""|}, "cn-hangzhou", "10.0.0.0/16");
                        b.Vpc({|TOPO023:""|}, "cn-hangzhou", "10.1.0.0/16");
                """ + Footer);
        }

        [Fact]
        public async Task The_seed_scenario_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void Duplicates_among_many_vpcs_are_found_at_run_time()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                for (int i = 0; i < 10_000; i++)
                {
                    a.Vpc("VPC" + (i % 9_999), "cn-hangzhou", "10." + (i / 256 % 256) + "." + (i % 256) + ".0/24");
                }
            });

            var duplicate = Assert.Single(topology.Diagnostics, d => d.Id == "TOPO008");
            Assert.Equal("Two VPCs are named 'VPC0'", duplicate.Message);
        }

        private const string ParitySource = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                        .VSwitch("vsw", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw-k", "cn-hangzhou-k", "10.0.1.0/24")
                        .Ecs("ECS", "10.0.0.10");
                    var vpc2 = b.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24")
                        .Ecs("ECS", "10.1.0.10");
                    a.Cen("CEN").TransitRouter("cn-hangzhou").Attach(vpc1, "attach");
                    b.Cen("CEN").TransitRouter("cn-hangzhou").Attach(vpc2, "attach");
                }
            }
            """;

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var run = GeneratorRun.Run(ParitySource);
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Net").Diagnostics;

            Assert.Equal(new[]
            {
                "Two accounts are named 'A'",
                "Accounts 'A' and 'A' share UID '1000000000000001'",
                "Two VPCs are named 'VPC1'",
                "Two vSwitches are named 'vsw'",
                "Two ECS instances are named 'ECS'",
                "Two CENs are named 'CEN'",
                "Two attachments are named 'attach'",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO008", TopologySeverity.Error), (d.Id, d.Severity)));
            Assert.Equal(
                runTime.Select(d => (d.Id, d.Severity.ToString(), d.Message)).OrderBy(d => d.Message, System.StringComparer.Ordinal),
                compileTime.Select(d => (d.Id, d.Severity.ToString(), d.GetMessage())).OrderBy(d => d.Item3, System.StringComparer.Ordinal));
        }
    }
}
