using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Emission;
using TopologyAnalyzers.Generators.Evaluation;

namespace TopologyAnalyzers.Generators
{
    /// <summary>
    /// Adds the resolved route tables of each [NetworkTopology] method to its partial class. It reports nothing:
    /// diagnostics come from <c>TopologyAnalyzer</c>, which shows them live in the IDE.
    /// </summary>
    /// <remarks>
    /// <c>ForAttributeWithMetadataName</c> reuses its transform's result while the method's own file is unchanged, but the
    /// evaluation may have read other files (helpers, constants). The <see cref="CurrentStep"/> checks what it read
    /// against each new compilation (checksums and constant values: cheap) and evaluates again only when something it
    /// read changed; an edit anywhere else leaves every step Cached or Unchanged.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class TopologyGenerator : IIncrementalGenerator
    {
        /// <summary>Step names, for tests that check what an edit makes the generator redo.</summary>
        public const string TargetsStep = "TopologyTargets";
        public const string CurrentStep = "CurrentTopologies";
        public const string ResolvedStep = "ResolvedTopologies";

        // The latest re-evaluation of a transform result whose other files changed, so it is not redone at every edit.
        private readonly ConditionalWeakTable<TopologyTarget, TopologyTarget> _reevaluated = new ConditionalWeakTable<TopologyTarget, TopologyTarget>();

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    DslTypes.AttributeMetadataName,
                    predicate: static (node, _) => node is MethodDeclarationSyntax,
                    transform: static (syntaxContext, cancellationToken) => TopologyTargetReader.Read(syntaxContext, cancellationToken))
                .WithTrackingName(TargetsStep);

            var current = targets
                .Where(static target => target != null)
                .Combine(context.CompilationProvider)
                .Select((pair, cancellationToken) => Current(pair.Left!, pair.Right, cancellationToken))
                .WithTrackingName(CurrentStep);

            var resolved = current
                .Select(static (target, cancellationToken) => target.IsComplete
                    ? new EmissionInput(target, RouteResolver.Resolve(target.Model, cancellationToken), PrivateZoneResolver.Resolve(target.Model), MermaidWriter.Write(target.Model), TerraformWriter.WriteIfEmbeddable(target.Model))
                    : new EmissionInput(target, null, null, null, null))
                .WithTrackingName(ResolvedStep);

            // A bool, so a change to other parse options (preprocessor symbols, documentation mode) re-emits nothing.
            var nullableAnnotations = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8);

            context.RegisterSourceOutput(resolved.Combine(nullableAnnotations), static (output, pair) =>
            {
                var (input, nullable) = pair;
                output.AddSource(input.Target.HintName, input.Network is null
                    ? FallbackEmitter.Emit(input.Target, nullable)
                    : RouteTablesEmitter.Emit(input, nullable));
            });
        }

        private TopologyTarget Current(TopologyTarget target, Compilation compilation, CancellationToken cancellationToken)
        {
            if (target.Reads.Trees.Count == 0 && target.Reads.Constants.Count == 0) return target;
            var trees = new Dictionary<string, SyntaxTree>();
            foreach (var tree in compilation.SyntaxTrees) trees[tree.FilePath] = tree;
            if (target.Reads.IsCurrent(compilation, trees, cancellationToken)) return target;
            lock (_reevaluated)
            {
                if (_reevaluated.TryGetValue(target, out var latest) && latest.Reads.IsCurrent(compilation, trees, cancellationToken)) return latest;
            }
            var fresh = Reevaluate(target, compilation, cancellationToken) ?? target;
            lock (_reevaluated)
            {
                _reevaluated.Remove(target);
                _reevaluated.Add(target, fresh);
            }
            return fresh;
        }

        private static TopologyTarget? Reevaluate(TopologyTarget target, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!(DocumentationCommentId.GetFirstSymbolForDeclarationId(target.MethodId, compilation) is IMethodSymbol method)) return null;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration && (declaration.Body != null || declaration.ExpressionBody != null))
                {
                    return TopologyTargetReader.Read(method, declaration, compilation.GetSemanticModel(declaration.SyntaxTree), cancellationToken);
                }
            }
            return null;
        }
    }
}
