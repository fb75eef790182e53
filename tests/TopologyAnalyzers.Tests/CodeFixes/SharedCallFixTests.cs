using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.CodeFixes;
using TopologyAnalyzers.Tests.Evaluation;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// A finding in a DSL call that ran for several objects (a loop, a helper called twice) gets no fix written for one
    /// of them: "Add a vSwitch in ap-southeast-1b" with one VPC's free block would be wrong for every other VPC the call
    /// makes. A fix that only rewrites a literal's value (the network address) is right for every use and stays.
    /// </summary>
    public class SharedCallFixTests
    {
        private static readonly string Loop = Programs.Net("""
                    var a = net.Account("A", "1000000000000001");
                    var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                    for (int i = 0; i < 2; i++)
                    {
                        var vpc = a.{|#1:Vpc($"app{i}", "ap-southeast-1", $"10.{i}.0.0/16")|}.VSwitch($"app{i}-a", "ap-southeast-1a", $"10.{i}.0.0/24");
                        tr.{|#0:Attach(vpc, $"att{i}")|};
                    }
            """);

        [Fact]
        public async Task A_finding_in_a_call_that_ran_for_several_objects_is_marked_and_gets_no_fix()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(MarkupFree(Loop));
            Assert.Equal(2, diagnostics.Count(d => d.Id == "TOPO003"));

            var run = GeneratorRun.Run(MarkupFree(Loop));
            var analyzed = await AnalyzerRun.DiagnosticsAsync(run.Output);
            Assert.All(analyzed.Where(d => d.Id == "TOPO003"), d => Assert.True(d.Properties.ContainsKey("SharedCall")));

            await CodeFixTest<AddVSwitchInAnotherZoneCodeFixProvider>.VerifyNotOfferedAsync(Loop,
                new DiagnosticResult("TOPO003", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1),
                new DiagnosticResult("TOPO003", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1));
        }

        [Fact]
        public async Task A_literal_used_by_several_objects_still_gets_its_network_address_fix()
        {
            var source = Programs.Net("""
                        var a = net.Account("A", "1000000000000001");
                        foreach (var name in new[] { "x", "y" }) a.Vpc(name, "ap-southeast-1", "10.0.0.1/16");
                """);
            var run = GeneratorRun.Run(source);
            var analyzed = await AnalyzerRun.DiagnosticsAsync(run.Output);
            Assert.All(analyzed.Where(d => d.Id == "TOPO005"), d => Assert.False(d.Properties.ContainsKey("SharedCall")));
            Assert.Equal(2, analyzed.Count(d => d.Id == "TOPO005"));
        }

        private static string MarkupFree(string source) => source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", "");
    }
}
