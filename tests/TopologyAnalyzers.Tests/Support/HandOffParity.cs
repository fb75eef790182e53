using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TopologyAnalyzers.Generators;
using TopologyAnalyzers.Generators.Analyzers;
using Xunit;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// The differential check of the generator's hand-off to the analyzer (EvaluationHandOff): the analyzer's findings on
    /// the compilation the generator's files were added to, where it takes the generator's evaluation, must be exactly those
    /// of an analyzer that evaluates on its own; and the generator's model without spans must be the one an evaluation
    /// recording no spans builds. Run on every rule test's topology.
    /// </summary>
    internal static class HandOffParity
    {
        private static readonly Assembly Generators = typeof(TopologyGenerator).Assembly;

        public static async Task CheckAsync(params string[] sources)
        {
            CheckSpanlessModels(GeneratorRun.Compile(sources));
            var run = GeneratorRun.Run(sources);
            var taken = await FindingsAsync(run.Output);
            var own = await FindingsAsync(WithoutHandOff(run.Output));
            Assert.Equal(own, taken);
        }

        /// <summary>Whether the analyzer may take the generator's evaluation of <paramref name="methodName"/> on <paramref name="compilation"/>.</summary>
        public static bool IsOffered(Compilation compilation, string methodName = "Define")
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    if (declaration.Identifier.ValueText != methodName || declaration.Body is null && declaration.ExpressionBody is null) continue;
                    var method = (IMethodSymbol)model.GetDeclaredSymbol(declaration)!;
                    string id = (method.PartialDefinitionPart ?? method).GetDocumentationCommentId()!;
                    var take = Generators.GetType("TopologyAnalyzers.Generators.Evaluation.EvaluationHandOff")!.GetMethod("Take")!;
                    return take.Invoke(null, new object[] { compilation, declaration, id }) != null;
                }
            }
            throw new Xunit.Sdk.XunitException("No method " + methodName + " with a body");
        }

        /// <summary>
        /// The same compilation made again from its texts: new trees, which no evaluation was handed over for, so the
        /// analyzer evaluates on its own.
        /// </summary>
        public static Compilation WithoutHandOff(Compilation compilation) =>
            compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree =>
                CSharpSyntaxTree.ParseText(tree.GetText(), (CSharpParseOptions)tree.Options, tree.FilePath)));

        /// <summary>Every finding as a user meets it: ID, severity, message, file and span of each location, properties.</summary>
        public static async Task<IReadOnlyList<string>> FindingsAsync(Compilation compilation)
        {
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TopologyAnalyzer()));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return diagnostics
                .Select(d => d.Id + " " + d.Severity + " " + d.GetMessage() + " at " + Where(d.Location)
                    + " also " + string.Join(", ", d.AdditionalLocations.Select(Where))
                    + " with " + string.Join(", ", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value)))
                .OrderBy(text => text, System.StringComparer.Ordinal)
                .ToArray();
        }

        private static string Where(Location location) => location.SourceTree?.FilePath + location.SourceSpan;

        /// <summary>For every topology method: its model with spans, less the spans, equals the one evaluated without them.</summary>
        private static void CheckSpanlessModels(Compilation compilation)
        {
            var evaluator = Generators.GetType("TopologyAnalyzers.Generators.Evaluation.TopologyEvaluator")!;
            var evaluate = evaluator.GetMethod("EvaluateDeclaration", BindingFlags.Public | BindingFlags.Static)!;
            var withoutSpans = Generators.GetType("TopologyAnalyzers.Engine.ModelSpans")!.GetMethod("WithoutSpans")!;
            var shape = Generators.GetType("TopologyAnalyzers.Generators.TopologyMethodShape")!;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    if (declaration.AttributeLists.Count == 0 || declaration.Body is null && declaration.ExpressionBody is null) continue;
                    if (!(model.GetDeclaredSymbol(declaration) is IMethodSymbol method)) continue;
                    // Only topology methods of the right shape are evaluated (TOPO018 otherwise).
                    if (!method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "TopologyAnalyzers.NetworkTopologyAttribute")
                        || shape.GetMethod("Problem")!.Invoke(null, new object[] { method }) != null) continue;
                    var located = evaluate.Invoke(null, new object[] { method, declaration, model, true, CancellationToken.None });
                    var plain = evaluate.Invoke(null, new object[] { method, declaration, model, false, CancellationToken.None });
                    if (located is null || plain is null) continue;
                    var stripped = withoutSpans.Invoke(null, new[] { Property(located, "Model") })!;
                    AssertNoSpan(stripped);
                    Assert.Equal(ModelText.Of(Property(plain, "Model")), ModelText.Of(stripped));
                    Assert.True(Property(plain, "Model").Equals(stripped), "The model without spans differs from the one evaluated without them (" + method.Name + ")");
                }
            }
        }

        /// <summary>No definition in the model has a span: a span ModelSpans does not clear fails here.</summary>
        public static void AssertNoSpan(object model)
        {
            foreach (var list in model.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0).Select(p => p.GetValue(model)).OfType<IEnumerable>())
            {
                if (list is string) continue;
                foreach (var definition in list)
                {
                    foreach (var property in definition.GetType().GetProperties().Where(p => p.PropertyType.Name == "SourceSpan"))
                    {
                        var span = property.GetValue(definition)!;
                        Assert.True((bool)span.GetType().GetProperty("IsNone")!.GetValue(span)!,
                            definition.GetType().Name + "." + property.Name + " keeps a span: ModelSpans.WithoutSpans must clear it");
                    }
                }
            }
        }

        private static object Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target)!;
    }
}
