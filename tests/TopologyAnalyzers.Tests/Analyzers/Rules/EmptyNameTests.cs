using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>TOPO023: an empty name or UID is reported on its argument; named objects are quiet.</summary>
    public class EmptyNameTests
    {
        private const string Source = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", {|#0:""|});
                    var vpc = a.Vpc({|#1:""|}, "ap-southeast-1", "10.0.0.0/16")
                        .VSwitch("vsw-a", "ap-southeast-1a", "10.0.0.0/24")
                        .VSwitch("vsw-b", "ap-southeast-1b", "10.0.1.0/24");
                    var cen = a.Cen("CEN1");
                    cen.TransitRouter("ap-southeast-1").Attach(vpc, {|#2:" "|});
                    vpc.SecurityGroup({|#3:""|});
                    cen.TransitRouter("ap-southeast-1").Connect(cen.TransitRouter("cn-hangzhou"), {|#4:""|});
                }
            }
            """;

        private static DiagnosticResult Topo023(int location, string what, string owner, string why) =>
            new DiagnosticResult("TOPO023", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(what, owner, why);

        [Fact]
        public async Task Empty_uid_names_and_a_whitespace_attachment_name_are_reported_on_their_arguments()
        {
            await AnalyzerTest.VerifyAsync(Source,
                Topo023(0, "UID", "account 'A'", "grants and links match accounts by UID"),
                Topo023(1, "name", "a VPC", "its route table is titled by it"),
                Topo023(2, "name", "an attachment", "it is the next hop of the routes it creates"),
                Topo023(3, "name", "a security group", "traces name the group that blocks by it"),
                Topo023(4, "name", "an inter-region connection", "it is the next hop of the routes learned across it"));
        }

        private const string NullAndEmptyEverywhere = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    a.RamUser({|#0:null|}!);
                    var vpc = a.Vpc("VPC1", {|#1:""|}, "10.0.0.0/16").VSwitch("vsw", {|#2:null|}!, "10.0.0.0/24");
                    var cen = a.Cen("CEN1");
                    cen.TransitRouter({|#3:""|});
                    var tr = cen.TransitRouter("cn-hangzhou");
                    tr.RouteTable({|#4:null|}!);
                    tr.RouteTable({|#5:" "|});
                    vpc.Grant({|#6:null|}!, {|#7:""|}, Payer.CenOwner);
                }
            }
            """;

        [Fact]
        public async Task Null_and_empty_regions_zones_route_tables_ram_users_and_grant_values_are_reported_on_their_arguments()
        {
            const string router = "the transit router of CEN 'CEN1' in 'cn-hangzhou'";
            const string tables = "the router's tables are told apart by name ('default' is its default table)";
            await AnalyzerTest.VerifyAsync(NullAndEmptyEverywhere,
                Topo023(0, "name", "a RAM user", "diagnostics name RAM users by it"),
                Topo023(1, "region", "VPC 'VPC1'", "a VPC is created in a region"),
                Topo023(2, "zone", "vSwitch 'vsw'", "a vSwitch is created in a zone"),
                Topo023(3, "region", "the transit router of CEN 'CEN1'", "a transit router belongs to a region, which titles its route tables"),
                Topo023(4, "name", "a route table of " + router, tables),
                Topo023(5, "name", "a route table of " + router, tables),
                Topo023(6, "peer account UID", "a grant of VPC 'VPC1'", "it must be the UID of the CEN's owner"),
                Topo023(7, "peer CEN ID", "a grant of VPC 'VPC1'", "it must be the instance ID of the CEN the VPC is attached to"));
        }

        [Fact]
        public async Task Null_and_empty_values_get_the_same_findings_at_run_time()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(System.Text.RegularExpressions.Regex.Replace(NullAndEmptyEverywhere, @"\{\|#\d:|\|\}", ""));

            Assert.Equal(8, runTime.Count);
            Assert.All(runTime, d => Assert.Equal("TOPO023", d.Id));
        }

        [Fact]
        public async Task Seed_topology_with_every_name_set_is_quiet()
        {
            Assert.DoesNotContain(await AnalyzerRun.DiagnosticsAsync(GeneratorRun.Compile(Topologies.Seed)), d => d.Id == "TOPO023");
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_messages()
        {
            string plain = System.Text.RegularExpressions.Regex.Replace(Source, @"\{\|#\d:|\|\}", "");
            var run = GeneratorRun.Run(plain);
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Net").Diagnostics.Where(d => d.Id == "TOPO023");

            Assert.Equal(5, runTime.Count());
            Assert.Equal(runTime.Select(d => d.Message),
                compileTime.Where(d => d.Id == "TOPO023").OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()));
        }
    }
}
