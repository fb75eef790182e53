using System.Linq;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Tests.Evaluation;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Diagrams
{
    /// <summary>
    /// A diagram too long to embed as a constant (<see cref="MermaidWriter.MaxEmbeddedLength"/> characters, as for the
    /// Terraform export) is computed at run time on first use instead, and is still the same text; a smaller one is
    /// embedded.
    /// </summary>
    public class LargeTopologyDiagramTests
    {
        private static string Vpcs(int count) => Programs.Net($$"""
                    var a = net.Account("A", "1000000000000001");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                    for (int i = 0; i < {{count}}; i++)
                    {
                        tr.Attach(a.Vpc($"VPC{i}", "cn-hangzhou", $"10.{i / 250}.{i % 250}.0/24")
                            .VSwitch($"j{i}", "cn-hangzhou-j", $"10.{i / 250}.{i % 250}.0/25")
                            .VSwitch($"k{i}", "cn-hangzhou-k", $"10.{i / 250}.{i % 250}.128/25"), $"attach{i}");
                    }
            """);

        [Fact]
        public void A_topology_whose_diagram_is_too_long_to_embed_computes_it_at_run_time_with_the_same_text()
        {
            var run = GeneratorRun.Run(Vpcs(4000));
            Assert.Empty(run.CompilationProblems());
            string generated = run.GeneratedSources.Single();
            Assert.DoesNotContain("MermaidText", generated);
            Assert.Contains("public static string Mermaid => s_topologyAnalyzersRuntime.Value.Mermaid;", generated);

            var assembly = run.Load();
            string text = (string)assembly.GetType("Net")!.GetProperty("Mermaid")!.GetValue(null)!;
            Assert.True(text.Length > MermaidWriter.MaxEmbeddedLength);
            Assert.Equal(GeneratorRun.BuildAtRunTime(assembly, "Net").Mermaid, text);
            Assert.Contains("vpc3999 ---|\"attach3999\"| tr0", text);
        }

        [Fact]
        public void A_diagram_under_the_limit_is_embedded_and_equals_the_run_times()
        {
            var run = GeneratorRun.Run(Vpcs(1000));
            Assert.Empty(run.CompilationProblems());
            Assert.Contains("internal const string MermaidText = ", run.GeneratedSources.Single());
            var assembly = run.Load();
            Assert.Equal(GeneratorRun.BuildAtRunTime(assembly, "Net").Mermaid, (string)assembly.GetType("Net")!.GetProperty("Mermaid")!.GetValue(null)!);
        }
    }
}
