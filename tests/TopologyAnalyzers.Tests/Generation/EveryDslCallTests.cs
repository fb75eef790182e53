using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>
    /// The interpreter understands every public method of the DSL: one topology calls each of them (every overload),
    /// the analyzer finds nothing it cannot evaluate, and the generated members equal the run-time ones. A DSL method
    /// added without interpreter support fails here first, instead of as TOPO017 in a user's IDE.
    /// </summary>
    public class EveryDslCallTests
    {
        private static readonly Type[] DslTypes =
        {
            typeof(TopologyBuilder), typeof(Account), typeof(Vpc), typeof(Cen), typeof(TransitRouter), typeof(Attachment),
            typeof(RamUser), typeof(PrivateZone), typeof(TransitRouterRouteTable), typeof(SecurityGroup),
        };

        [Fact]
        public void The_topology_calls_every_public_dsl_method_and_overload()
        {
            var compilation = GeneratorRun.Compile(Topologies.EveryCall);
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var called = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(i => model.GetSymbolInfo(i).Symbol as IMethodSymbol)
                .Where(m => m != null && m.ContainingNamespace.Name == "TopologyAnalyzers")
                .Select(m => m!.ContainingType.Name + "." + m.Name + "/" + m.Parameters.Length)
                .Distinct().OrderBy(s => s, StringComparer.Ordinal);
            var declared = DslTypes
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Where(m => !m.IsSpecialName)
                .Select(m => m.DeclaringType!.Name + "." + m.Name + "/" + m.GetParameters().Length)
                .Distinct().OrderBy(s => s, StringComparer.Ordinal);

            Assert.Equal(declared, called);
        }

        [Fact]
        public async Task Every_call_is_interpreted_and_the_generated_members_equal_the_run_time_ones()
        {
            var run = GeneratorRun.Run(Topologies.EveryCall);
            Assert.Empty(run.CompilationProblems());
            var findings = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(Topologies.EveryCall, "EveryCall");
            Assert.Equal(new[] { "TOPO004" }, findings.Select(f => f.Id));

            var assembly = run.Load();
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "EveryCall");
            Assert.Equal(runtime.RouteTables.ToMarkdown(), GeneratorRun.GeneratedTables(assembly, "EveryCall").ToMarkdown());
            var type = assembly.GetType("EveryCall")!;
            Assert.Equal(runtime.PrivateZones.ToMarkdown(), ((PrivateZoneSet)type.GetProperty("PrivateZones")!.GetValue(null)!).ToMarkdown());
            Assert.Equal(runtime.Mermaid, (string)type.GetProperty("Mermaid")!.GetValue(null)!);
        }
    }
}
