using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>Half-typed code reaches the analyzer and the generator on every keystroke; neither may ever throw.</summary>
    public class RobustnessTests
    {
        public static TheoryData<string> Sources => new TheoryData<string> { Topologies.Seed, Topologies.Tracing, Topologies.EveryCall };

        [Theory]
        [MemberData(nameof(Sources))]
        public async Task Every_truncation_of_a_topology_is_analyzed_and_generated_without_an_exception(string source)
        {
            for (int length = 0; length <= source.Length; length += 11)
            {
                string partial = source.Substring(0, length);
                var run = GeneratorRun.Run(partial);
                Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");

                var diagnostics = await AnalyzerRun.DiagnosticsAsync(GeneratorRun.Compile(partial));
                Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            }
        }

        [Fact]
        public async Task Undefined_enum_values_and_missing_dsl_objects_are_reported_not_thrown()
        {
            string source = Topologies.Tracing
                .Replace("AllowInbound(Protocol.Icmp, \"10.0.0.0/8\")", "AllowInbound((Protocol)42, \"10.0.0.0/8\")")
                .Replace("kind: SecurityGroupKind.Enterprise", "kind: (SecurityGroupKind)7")
                .Replace("hz.Connect(sg, \"hz-sg\");", "hz.Connect(null!, \"hz-sg\");");
            var run = GeneratorRun.Run(source);
            Assert.All(run.Result.Results, r => Assert.Null(r.Exception));

            var diagnostics = await AnalyzerRun.DiagnosticsAsync(GeneratorRun.Compile(source));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var notEvaluable = Assert.Single(diagnostics, d => d.Id == "TOPO017");
            Assert.Contains("throws ArgumentNullException (Value cannot be null. (Parameter 'peer'))", notEvaluable.GetMessage());
        }
    }
}
