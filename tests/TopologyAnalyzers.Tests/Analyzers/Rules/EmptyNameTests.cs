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
