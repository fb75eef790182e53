using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// When part of a body cannot be evaluated, the rest still is: findings about single objects whose values are known
    /// are reported, whole-network findings are not, and the generated members build the topology at run time.
    /// </summary>
    public class PartialEvaluationTests
    {
        private static readonly string Source = Programs.Net("""
                    var a = net.Account("A", "1000000000000001");
                    var region = Environment.GetEnvironmentVariable("REGION") ?? "ap-southeast-1";
                    a.Vpc("VPC1", "ap-southeast-1", "10.0.0.1/16");
                    a.Vpc("VPC1", region, "10.1.0.0/16");
                    for (int i = 0; i < 3; i++) a.Vpc("spoke" + i, "ap-southest-1", $"10.{10 + i}.0.0/16");
                    a.Vpc("VPC4", region, "10.2.0.0/33");
            """, """
                public static string Report() => RouteTables.ToMarkdown() + PrivateZones.ToMarkdown() + Mermaid + Terraform + Trace("x", "y").Outcome;
            """);

        [Fact]
        public async Task Single_object_findings_are_reported_around_the_unevaluable_code_and_whole_network_ones_are_not()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(Source);

            Assert.Contains(diagnostics, d => d.Id == "TOPO017" && d.Text == "GetEnvironmentVariable(\"REGION\")");
            Assert.Contains(diagnostics, d => d.Id == "TOPO005" && d.Text == "\"10.0.0.1/16\"");
            // After the unknown value: a block of a VPC whose region is not known is still judged.
            Assert.Contains(diagnostics, d => d.Id == "TOPO005" && d.Text == "\"10.2.0.0/33\"");
            Assert.Equal(3, diagnostics.Count(d => d.Id == "TOPO020" && d.Text == "\"ap-southest-1\""));
            // Two VPCs named VPC1: a whole-network finding, not made on a network with pieces unknown.
            Assert.DoesNotContain(diagnostics, d => d.Id == "TOPO008");
            Assert.Equal(new[] { "TOPO005", "TOPO017", "TOPO020" }, diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id));
        }

        [Fact]
        public void The_generated_members_fall_back_to_the_run_time_and_code_using_them_compiles_and_runs()
        {
            var run = GeneratorRun.Run(Source);
            Assert.Empty(run.CompilationProblems());
            var generated = Assert.Single(run.GeneratedSources);
            Assert.Contains("Topology.Build(Define)", generated);
            Assert.Contains("TOPO017", generated);

            var assembly = run.Load();
            var report = (string)assembly.GetType("Net")!.GetMethod("Report")!.Invoke(null, null)!;
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "Net");
            Assert.Equal(runtime.RouteTables.ToMarkdown() + runtime.PrivateZones.ToMarkdown() + runtime.Mermaid + runtime.ToTerraform() + runtime.Trace("x", "y").Outcome, report);
            Assert.Contains("### spoke2", report);
        }

        [Fact]
        public async Task A_skipped_branch_leaves_what_it_may_change_unknown_rather_than_wrong()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(Programs.Net("""
                        var a = net.Account("A", "1000000000000001");
                        var names = new List<string>();
                        var count = 0;
                        if (Environment.Is64BitProcess) { names.Add("VPC1"); count++; }
                        a.Vpc(names[0], "ap-southeast-1", "10.0.0.0/16");
                        a.Vpc("VPC" + count, "ap-southeast-1", "10.1.0.1/16");
                """));

            // No IndexOutOfRangeException for names[0]: the list may have been filled by the branch that was skipped.
            Assert.Equal(new[] { "TOPO017", "TOPO005" }, diagnostics.Select(d => d.Id));
            Assert.Contains("Is64BitProcess", diagnostics[0].Text);
        }

        [Fact]
        public async Task Code_with_compile_errors_gets_no_topo017_and_members_that_fall_back_to_the_run_time()
        {
            string source = Topologies.Small.Replace("\"10.1.1.0/24\");", "\"10.1.1.0/24\", );");
            var compilation = GeneratorRun.Compile(source);
            Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

            Assert.Empty(await AnalyzerRun.DiagnosticsAsync(compilation));
            Assert.Contains("Topology.Build(Define)", Assert.Single(GeneratorRun.Run(source).GeneratedSources));
        }

        [Fact]
        public async Task While_a_call_is_half_typed_the_analyzer_still_reports_and_the_generators_output_stays_cached()
        {
            const string typing = "var a = net.Account(\"A\", \"1000000000000001\");\na.Vpc(\"V\", \"cn-hangzhou\", \"10.0.0.1/16\");\na.Vpc(\"W\", \"cn-hang";
            var source = Programs.Net(typing);
            var compilation = GeneratorRun.Compile(source);
            // The finding on the complete line shows while the next line is being typed.
            Assert.Contains(await AnalyzerRun.DiagnosticsAsync(compilation), d => d.Id == "TOPO005");

            var driver = (Microsoft.CodeAnalysis.GeneratorDriver)Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                new[] { new TopologyAnalyzers.Generators.TopologyGenerator().AsSourceGenerator() },
                driverOptions: new Microsoft.CodeAnalysis.GeneratorDriverOptions(Microsoft.CodeAnalysis.IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGenerators(compilation);
            Assert.Contains("Topology.Build(Define)", driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString());

            // One more character, still half typed: nothing to resolve or emit again.
            var tree = compilation.SyntaxTrees.Single();
            var next = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Programs.Net(typing + "g"))));
            var result = driver.RunGenerators(next).GetRunResult().Results.Single();
            Assert.All(result.TrackedSteps[TopologyAnalyzers.Generators.TopologyGenerator.ResolvedStep].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason == Microsoft.CodeAnalysis.IncrementalStepRunReason.Cached || o.Reason == Microsoft.CodeAnalysis.IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        }
    }
}
