using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>TOPO018: [NetworkTopology] on a method or class of the wrong shape, reported on the method's name.</summary>
    public class WrongShapeTests
    {
        private static DiagnosticResult Topo018(string message) =>
            new DiagnosticResult("TOPO018", DiagnosticSeverity.Error).WithLocation(0).WithArguments(message);

        [Theory]
        [InlineData("public partial class Net { [NetworkTopology] public void {|#0:Define|}(TopologyBuilder net) { } }",
            "[NetworkTopology] method 'Define' must be static")]
        [InlineData("public static partial class Net { [NetworkTopology] public static int {|#0:Define|}(TopologyBuilder net) => 0; }",
            "[NetworkTopology] method 'Define' must return void")]
        [InlineData("public static partial class Net { [NetworkTopology] public static void {|#0:Define|}() { } }",
            "[NetworkTopology] method 'Define' must take exactly one TopologyBuilder parameter")]
        [InlineData("public static partial class Net { [NetworkTopology] public static void {|#0:Define|}(TopologyBuilder net, int x) { } }",
            "[NetworkTopology] method 'Define' must take exactly one TopologyBuilder parameter")]
        [InlineData("public static partial class Net { [NetworkTopology] public static void {|#0:Define|}<T>(TopologyBuilder net) { } }",
            "[NetworkTopology] method 'Define' must not be generic")]
        [InlineData("public static class Net { [NetworkTopology] public static void {|#0:Define|}(TopologyBuilder net) { } }",
            "Type 'Net' must be partial so the generator can add the route tables of 'Define'")]
        [InlineData("public class Outer { public static partial class Net { [NetworkTopology] public static void {|#0:Define|}(TopologyBuilder net) { } } }",
            "Type 'Outer' must be partial so the generator can add the route tables of 'Define'")]
        [InlineData("public static partial class Net { [NetworkTopology] public static void First(TopologyBuilder net) { } [NetworkTopology] public static void {|#0:Second|}(TopologyBuilder net) { } }",
            "Type 'Net' already has [NetworkTopology] method 'First'; declare one topology per class")]
        [InlineData("public static partial class Net { public static void Outer() { [NetworkTopology] static void {|#0:Define|}(TopologyBuilder net) { } Define(null!); } }",
            "[NetworkTopology] goes on an ordinary method, not on 'Define'")]
        [InlineData("file static partial class Net { [NetworkTopology] public static void {|#0:Define|}(TopologyBuilder net) { } }",
            "Type 'Net' must not be a 'file' type: the generator adds the route tables of 'Define' in a file of its own")]
        [InlineData("file partial class Outer { public static partial class Net { [NetworkTopology] public static void {|#0:Define|}(TopologyBuilder net) { } } }",
            "Type 'Outer' must not be a 'file' type: the generator adds the route tables of 'Define' in a file of its own")]
        [InlineData("public static partial class Mermaid { [NetworkTopology] public static void {|#0:Define|}(TopologyBuilder net) { } }",
            "Type 'Mermaid' has the name of a member the generator adds to it (a member may not be named like its type); rename the type")]
        public async Task Wrong_shape_is_reported_on_the_method_name(string declaration, string message)
        {
            await AnalyzerTest.VerifyAsync("using TopologyAnalyzers;\n" + declaration, Topo018(message));
        }

        [Fact]
        public async Task Right_shape_in_nested_partial_types_is_quiet()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;
                public partial class Outer { internal partial record struct Net { [NetworkTopology] internal static void Define(TopologyBuilder net) { } } }
                """);
        }

        [Fact]
        public async Task A_partial_method_without_an_implementation_is_reported_once_on_its_definition()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;
                public static partial class Net { [NetworkTopology] static partial void {|#0:Define|}(TopologyBuilder net); }
                """, Topo018("[NetworkTopology] method 'Define' must have a body"));
        }

        [Fact]
        public async Task A_partial_method_is_analyzed_in_the_file_of_its_body_and_its_shape_is_not_reported_twice()
        {
            // The attribute is on the definition, in the second file; the finding lands on the literal in the implementation.
            const string implementation = """
                using TopologyAnalyzers;
                public static partial class Net
                {
                    static partial void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc("V", "cn-hangzhou", "10.0.0.1/16");
                    }
                }
                """;
            var compilation = GeneratorRun.Compile(implementation,
                "using TopologyAnalyzers;\npublic static partial class Net { [NetworkTopology] static partial void Define(TopologyBuilder net); }\n");
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation);

            var finding = Assert.Single(diagnostics);
            Assert.Equal("TOPO005", finding.Id);
            Assert.Equal("Topology0.cs", finding.Location.SourceTree!.FilePath);
            Assert.Equal("\"10.0.0.1/16\"", finding.Location.SourceTree.GetText().ToString(finding.Location.SourceSpan));
        }

        [Fact]
        public void A_file_class_gets_no_generated_code_so_the_build_shows_only_topo018()
        {
            var run = GeneratorRun.Run("using TopologyAnalyzers;\nfile static partial class Net { [NetworkTopology] public static void Define(TopologyBuilder net) { } }");

            Assert.Empty(run.GeneratedSources);
            Assert.Empty(run.CompilationProblems());
        }

        [Fact]
        public void Wrong_shape_gets_no_generated_code_and_no_generator_error()
        {
            var run = GeneratorRun.Run("using TopologyAnalyzers;\npublic static class Net { [NetworkTopology] public static void Define(TopologyBuilder net) { } }");

            Assert.Empty(run.GeneratedSources);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        [Fact]
        public void Nested_partial_record_struct_gets_its_tables()
        {
            var run = GeneratorRun.Run("""
                using TopologyAnalyzers;
                namespace N;
                public partial class Outer<T> { public partial record struct Net { [NetworkTopology] public static void Define(TopologyBuilder net) { net.Account("A", "1").Vpc("V", "cn-hangzhou", "10.0.0.0/16"); } } }
                """);

            Assert.Empty(run.CompilationProblems());
            Assert.Contains("partial record struct Net", Assert.Single(run.GeneratedSources));
        }
    }
}
