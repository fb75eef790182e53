using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Generators;
using Xunit;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// SPEC section 2b's promise: the generator evaluates a topology to exactly what running the method builds. The
    /// check compares the evaluated model with the run-time model, and the generated RouteTables, PrivateZones and
    /// Mermaid with Topology.Build's, after asserting the build is clean and nothing was left unevaluated.
    /// </summary>
    internal static class EvaluationCheck
    {
        public static Task<Topology> AssertSameAsRunTimeAsync(string source, string typeName = "Net", string methodName = "Define") =>
            AssertSameAsRunTimeAsync(new[] { source }, typeName, methodName);

        public static async Task<Topology> AssertSameAsRunTimeAsync(string[] sources, string typeName = "Net", string methodName = "Define")
        {
            var run = GeneratorRun.Run(sources);
            Assert.Empty(run.CompilationProblems());
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(run.Output);
            Assert.DoesNotContain(diagnostics, d => d.Id == "TOPO017" || d.Id == "AD0001");

            var assembly = run.Load();
            var runtime = GeneratorRun.BuildAtRunTime(assembly, typeName, methodName);
            var type = assembly.GetType(typeName)!;
            // The compile-time members, not the run-time fallback: RouteTables has the typed table properties.
            Assert.True(type.GetProperty("RouteTables")!.PropertyType.IsSubclassOf(typeof(RouteTableSet)));
            Assert.Equal(ModelText.Of(runtime.Model), ModelText.Of(CompileTimeModel(run.Output, typeName, methodName)));
            Assert.Equal(runtime.RouteTables.ToMarkdown(), GeneratorRun.GeneratedTables(assembly, typeName).ToMarkdown());
            Assert.Equal(runtime.PrivateZones.ToMarkdown(), ((PrivateZoneSet)type.GetProperty("PrivateZones")!.GetValue(null)!).ToMarkdown());
            Assert.Equal(runtime.Mermaid, (string)type.GetProperty("Mermaid")!.GetValue(null)!);
            Assert.Equal(
                runtime.Diagnostics.Select(d => (d.Id, d.Message)).OrderBy(d => d),
                diagnostics.Select(d => (d.Id, d.GetMessage())).OrderBy(d => d));
            return runtime;
        }

        /// <summary>The model the generator's evaluator builds for <paramref name="typeName"/>.<paramref name="methodName"/>.</summary>
        public static object CompileTimeModel(Compilation compilation, string typeName, string methodName = "Define") =>
            Evaluate(compilation, typeName, methodName).GetType().GetProperty("Model")!.GetValue(Evaluate(compilation, typeName, methodName))!;

        /// <summary>The evaluator's whole answer (model, failures, files), through reflection: it is internal to the generator.</summary>
        public static object Evaluate(Compilation compilation, string typeName, string methodName = "Define")
        {
            var type = compilation.GetTypeByMetadataName(typeName) ?? throw new InvalidOperationException("No type " + typeName);
            var method = (IMethodSymbol)type.GetMembers(methodName).Single();
            var declaration = (MethodDeclarationSyntax)method.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).First(s => s is MethodDeclarationSyntax d && (d.Body != null || d.ExpressionBody != null));
            var model = compilation.GetSemanticModel(declaration.SyntaxTree);
            var body = model.GetOperation(declaration)!;
            var evaluator = typeof(TopologyGenerator).Assembly.GetType("TopologyAnalyzers.Generators.Evaluation.TopologyEvaluator")!;
            return evaluator.GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { method, body, model, CancellationToken.None })!;
        }
    }
}
