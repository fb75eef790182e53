using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Generators;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>Between keystrokes, the IDE reruns the generator; work for an unchanged topology must be reused.</summary>
    public class IncrementalGenerationTests
    {
        [Fact]
        public void Edit_in_an_unrelated_file_leaves_every_topology_step_cached_or_unchanged()
        {
            var compilation = GeneratorRun.Compile(Topologies.Seed, "public class Unrelated { public int X => 1; }");
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new TopologyGenerator().AsSourceGenerator() },
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGenerators(compilation);

            var unrelated = compilation.SyntaxTrees.Last();
            var edited = compilation.ReplaceSyntaxTree(unrelated,
                unrelated.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("public class Unrelated { public int X => 2; }")));
            driver = driver.RunGenerators(edited);

            var result = driver.GetRunResult().Results.Single();
            foreach (var step in new[] { TopologyGenerator.TargetsStep, TopologyGenerator.ResolvedStep })
            {
                var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToArray();
                Assert.NotEmpty(outputs);
                Assert.All(outputs, o => Assert.True(
                    o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged,
                    step + " was " + o.Reason));
            }
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
                o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void Edit_to_the_topology_reruns_its_steps_and_changes_the_output()
        {
            var compilation = GeneratorRun.Compile(Topologies.Small);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new TopologyGenerator().AsSourceGenerator() },
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGenerators(compilation);

            var tree = compilation.SyntaxTrees.Single();
            var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(
                Microsoft.CodeAnalysis.Text.SourceText.From(Topologies.Small.Replace("10.1.1.0/24", "10.1.2.0/24"))));
            driver = driver.RunGenerators(edited);

            var result = driver.GetRunResult().Results.Single();
            Assert.Contains(result.TrackedSteps[TopologyGenerator.ResolvedStep].SelectMany(s => s.Outputs),
                o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains("10.1.2.0/24", result.GeneratedSources.Single().SourceText.ToString());
        }

        [Fact]
        public void Making_the_class_public_in_another_file_makes_its_tables_type_public()
        {
            // The method's file is unchanged: its class's accessibility comes from the other part.
            const string topology = """
                using TopologyAnalyzers;

                partial class Net
                {
                    [NetworkTopology]
                    static void Define(TopologyBuilder net) => net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                }
                """;
            var compilation = GeneratorRun.Compile(topology, "internal partial class Net { }");
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new TopologyGenerator());
            driver = driver.RunGenerators(compilation);

            var other = compilation.SyntaxTrees.Last();
            var edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From("public partial class Net { }")));
            driver = driver.RunGeneratorsAndUpdateCompilation(edited, out var output, out _);

            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));   // CS0053 for a stale internal type
            var tablesType = (INamedTypeSymbol)((IPropertySymbol)output.GetTypeByMetadataName("Net")!.GetMembers("RouteTables").Single()).Type;
            Assert.Equal(Accessibility.Public, tablesType.DeclaredAccessibility);
        }
    }
}
