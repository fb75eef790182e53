using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Emission;
using TopologyAnalyzers.Generators.Evaluation;

namespace TopologyAnalyzers.Generators
{
    /// <summary>The generator's transform: a [NetworkTopology] method to a value-equatable <see cref="TopologyTarget"/>.</summary>
    internal static class TopologyTargetReader
    {
        /// <summary>
        /// The generator's transform, which runs for every compilation: where a [NetworkTopology] method of the right shape
        /// is, and the checksum of its file, so the evaluation is redone only when that file (or what it read) changed.
        /// </summary>
        public static TopologyLocation? Locate(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (!(context.TargetSymbol is IMethodSymbol method) || !(context.TargetNode is MethodDeclarationSyntax)) return null;
            if (TopologyMethodShape.Problem(method) != null) return null;
            string? id = method.GetDocumentationCommentId();
            if (id is null) return null;
            var tree = context.TargetNode.SyntaxTree;
            return new TopologyLocation(id, tree.FilePath, ReadSet.Checksum(tree, cancellationToken), ExternalVisibility.Of(method.ContainingType));
        }

        /// <summary>
        /// Evaluates <paramref name="method"/> (declared with its body by <paramref name="declaration"/>: for a partial method the
        /// implementation part), which <see cref="Locate"/> found at <paramref name="location"/>: its shape checked, its ID and
        /// visibility worked out there.
        /// </summary>
        public static TopologyTarget Read(TopologyLocation location, IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var types = new List<ContainingType>();
            for (var syntax = declaration.Parent as TypeDeclarationSyntax; syntax != null; syntax = syntax.Parent as TypeDeclarationSyntax)
            {
                types.Insert(0, Describe(syntax));
            }
            var containingNamespace = method.ContainingType!.ContainingNamespace;
            string ns = containingNamespace is null || containingNamespace.IsGlobalNamespace ? "" : containingNamespace.ToDisplayString();

            // A body with a syntax error (a call half typed) gets the run-time fallback whatever an evaluation would find, so
            // none is made: mid-word keystrokes in a large topology bind nothing, and the output stays equal (cached).
            var evaluation = HasSyntaxError(declaration)
                ? null
                : TopologyEvaluator.EvaluateDeclaration(method, declaration, semanticModel, recordSpans: true, cancellationToken);
            var reads = evaluation?.Reads ?? ReadSet.Empty;
            // The evaluation records spans for the analyzer, which takes it rather than evaluating again; the generator keeps
            // the model without them, so that an edit that only moves code changes nothing downstream.
            if (evaluation != null) EvaluationHandOff.Give(semanticModel.Compilation, declaration, location.MethodId, evaluation, cancellationToken);
            var model = evaluation?.Model.WithoutSpans() ?? new TopologyModelBuilder().Build() with { IsPartial = true };
            // The body of a partial method can be in another file than the attribute the transform found: that file is
            // then read like a helper's, so an edit there evaluates again.
            if (declaration.SyntaxTree.FilePath != location.FilePath) reads = reads.AndTree(declaration.SyntaxTree, cancellationToken);
            return new TopologyTarget(ns, types.ToEquatableArray(), method.Name, location.MethodId, model, reads, location.VisibleOutsideAssembly);
        }

        private static bool HasSyntaxError(MethodDeclarationSyntax declaration)
        {
            if (!declaration.ContainsDiagnostics) return false;
            foreach (var diagnostic in declaration.GetDiagnostics())
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error) return true;
            }
            return false;
        }

        private static ContainingType Describe(TypeDeclarationSyntax syntax)
        {
            string keyword = syntax.Keyword.ValueText;
            if (syntax is RecordDeclarationSyntax record && record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword))
                keyword = "record struct";
            // Names only: attributes on type parameters would be applied a second time by the generated declaration.
            var typeParameters = new List<string>();
            if (syntax.TypeParameterList != null)
            {
                foreach (var parameter in syntax.TypeParameterList.Parameters) typeParameters.Add(parameter.Identifier.ValueText);
            }
            return new ContainingType(keyword, syntax.Identifier.ValueText, typeParameters.ToEquatableArray());
        }
    }
}
