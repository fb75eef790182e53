using System.Collections;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Generators;
using Xunit;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// The differential check of the evaluator's fast path: wherever it evaluates a [NetworkTopology] method from syntax
    /// alone, the bound path must build the same model (spans included, with and without them) and the same TOPO017s.
    /// Run on every compilation the analyzer tests build, so every rule test's topology is a case.
    /// </summary>
    internal static class StraightLineParity
    {
        private static readonly System.Type Evaluator =
            typeof(TopologyGenerator).Assembly.GetType("TopologyAnalyzers.Generators.Evaluation.TopologyEvaluator")!;

        /// <summary>Checks every topology method of <paramref name="compilation"/>; returns how many the fast path took.</summary>
        public static int Check(Compilation compilation)
        {
            int fast = 0;
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    if (declaration.AttributeLists.Count == 0 || (declaration.Body is null && declaration.ExpressionBody is null)) continue;
                    if (!(model.GetDeclaredSymbol(declaration) is IMethodSymbol method) || !IsTopology(method)) continue;
                    if (Check(method, declaration, model, recordSpans: true) | Check(method, declaration, model, recordSpans: false)) fast++;
                }
            }
            return fast;
        }

        /// <summary>The fast path's evaluation of the method, or null where it falls back to the bound path.</summary>
        public static object? FastPath(IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel model, bool recordSpans) =>
            Evaluator.GetMethod("TryStraightLine", BindingFlags.NonPublic | BindingFlags.Static)!
                .Invoke(null, new object[] { method, declaration, model, recordSpans, CancellationToken.None });

        public static object BoundPath(IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel model, bool recordSpans) =>
            Evaluator.GetMethod("Evaluate", BindingFlags.NonPublic | BindingFlags.Static, null,
                    new[] { typeof(IMethodSymbol), typeof(IOperation), typeof(SemanticModel), typeof(bool), typeof(CancellationToken) }, null)!
                .Invoke(null, new object[] { method, model.GetOperation(declaration)!, model, recordSpans, CancellationToken.None })!;

        private static bool Check(IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel model, bool recordSpans)
        {
            // The shape is checked before either path runs (TOPO018 otherwise).
            var shape = typeof(TopologyGenerator).Assembly.GetType("TopologyAnalyzers.Generators.TopologyMethodShape")!;
            if (shape.GetMethod("Problem")!.Invoke(null, new object[] { method }) != null) return false;
            var fast = FastPath(method, declaration, model, recordSpans);
            if (fast is null) return false;
            var bound = BoundPath(method, declaration, model, recordSpans);
            var fastModel = Property(fast, "Model");
            var boundModel = Property(bound, "Model");
            Assert.Equal(ModelText.Of(boundModel), ModelText.Of(fastModel));
            Assert.True(boundModel.Equals(fastModel), "The fast path's model differs from the bound path's in its spans (" + method.Name + "): " + SpanDiff(boundModel, fastModel));
            Assert.Equal(((IEnumerable)Property(bound, "Failures")).Cast<object>(), ((IEnumerable)Property(fast, "Failures")).Cast<object>());
            return true;
        }

        /// <summary>The first pair of unequal members, for the failure message.</summary>
        private static string SpanDiff(object bound, object fast)
        {
            foreach (var property in bound.GetType().GetProperties())
            {
                if (property.GetIndexParameters().Length > 0) continue;
                var x = property.GetValue(bound);
                var y = property.GetValue(fast);
                if (Equals(x, y)) continue;
                if (x is IEnumerable xs && y is IEnumerable ys && !(x is string))
                {
                    var left = xs.Cast<object>().ToArray();
                    var right = ys.Cast<object>().ToArray();
                    for (int i = 0; i < System.Math.Min(left.Length, right.Length); i++)
                    {
                        if (!Equals(left[i], right[i])) return property.Name + "[" + i + "]: " + SpanDiff(left[i], right[i]);
                    }
                    return property.Name + ": " + left.Length + " against " + right.Length + " items";
                }
                return property.Name + ": bound " + x + ", fast " + y;
            }
            return "(no member differs)";
        }

        private static bool IsTopology(IMethodSymbol method) =>
            method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "TopologyAnalyzers.NetworkTopologyAttribute");

        private static object Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target)!;
    }
}
