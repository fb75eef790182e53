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
    /// <summary>
    /// Adds the resolved route tables of each [NetworkTopology] method to its partial class. It reports nothing:
    /// diagnostics come from <c>TopologyAnalyzer</c>, which shows them live in the IDE.
    /// </summary>
    /// <remarks>
    /// <c>ForAttributeWithMetadataName</c> runs its transform again for every compilation (measured: after an edit in an
    /// unrelated file its step is Unchanged, not Cached), and the evaluation reads other files too (helpers, constants). So
    /// the transform only finds the method and the checksum of its file (<see cref="TopologyLocation"/>), and the
    /// <see cref="CurrentStep"/> evaluates, keeping the latest evaluation of each method: it stands while the method's
    /// file has that checksum and everything the evaluation read in other files is unchanged (checksums and constant
    /// values, cheap to check), and no file changed outside its members' bodies (<see cref="DeclarationWatch"/>). An edit
    /// inside a body anywhere else costs those checks only.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class TopologyGenerator : IIncrementalGenerator
    {
        /// <summary>Step names, for tests that check what an edit makes the generator redo.</summary>
        public const string TargetsStep = "TopologyTargets";
        public const string CurrentStep = "CurrentTopologies";
        public const string ResolvedStep = "ResolvedTopologies";

        // The latest evaluation of each topology method (by documentation ID), with where it was made. The output is a
        // function of the compilation either way: the cache only saves evaluating again what would come out the same.
        private readonly Dictionary<string, (TopologyLocation Location, TopologyTarget Target)> _evaluations =
            new Dictionary<string, (TopologyLocation Location, TopologyTarget Target)>();

        private readonly DeclarationWatch _declarations = new DeclarationWatch();

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    DslTypes.AttributeMetadataName,
                    predicate: static (node, _) => node is MethodDeclarationSyntax,
                    transform: static (syntaxContext, cancellationToken) => TopologyTargetReader.Locate(syntaxContext, cancellationToken))
                .WithTrackingName(TargetsStep);

            var current = targets
                .Where(static location => location != null)
                .Combine(context.CompilationProvider)
                .Select((pair, cancellationToken) => Current(pair.Left!, pair.Right, cancellationToken))
                .WithTrackingName(CurrentStep);

            var resolved = current
                .Where(static target => target != null)
                .Select(static (target, cancellationToken) => target!.IsComplete
                    ? new EmissionInput(target, RouteResolver.Resolve(target.Model, cancellationToken), PrivateZoneResolver.Resolve(target.Model), MermaidWriter.WriteIfEmbeddable(target.Model), TerraformWriter.WriteIfEmbeddable(target.Model))
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

        private TopologyTarget? Current(TopologyLocation location, Compilation compilation, CancellationToken cancellationToken)
        {
            (TopologyLocation Location, TopologyTarget Target) latest;
            bool known;
            lock (_evaluations)
            {
                // A declaration changed elsewhere (a better overload, an extension method) can change what a topology binds to.
                ForgetWhatDeclarationsChanged(compilation, cancellationToken);
                known = _evaluations.TryGetValue(location.MethodId, out latest);
            }
            if (known && latest.Location == location && IsCurrent(latest.Target.Reads, compilation, cancellationToken)) return latest.Target;

            var fresh = Evaluate(location, compilation, cancellationToken);
            if (fresh is null) return null;
            lock (_evaluations) _evaluations[location.MethodId] = (location, fresh);
            return fresh;
        }

        /// <summary>
        /// Drops the kept evaluations whose code could bind differently in <paramref name="compilation"/>: all of them when
        /// a change elsewhere could change what any name means, else those whose files say a name whose declaration changed.
        /// </summary>
        private void ForgetWhatDeclarationsChanged(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = _declarations.Changes(compilation, cancellationToken);
            if (names is null)
            {
                _evaluations.Clear();
                return;
            }
            if (names.Count == 0 || _evaluations.Count == 0) return;
            var trees = new Dictionary<string, SyntaxTree>();
            foreach (var tree in compilation.SyntaxTrees) trees[tree.FilePath] = tree;
            var stale = new List<string>();
            foreach (var entry in _evaluations)
            {
                var location = entry.Value.Location;
                bool mentioned = !trees.TryGetValue(location.FilePath, out var own) || DeclarationWatch.Mentions(own, names, cancellationToken);
                foreach (var read in entry.Value.Target.Reads.Trees)
                {
                    if (mentioned) break;
                    mentioned = trees.TryGetValue(read.Path, out var tree) && DeclarationWatch.Mentions(tree, names, cancellationToken);
                }
                if (mentioned) stale.Add(entry.Key);
            }
            foreach (string id in stale) _evaluations.Remove(id);
        }

        private static bool IsCurrent(ReadSet reads, Compilation compilation, CancellationToken cancellationToken)
        {
            if (reads.Trees.Count == 0 && reads.Constants.Count == 0) return true;
            var trees = new Dictionary<string, SyntaxTree>();
            foreach (var tree in compilation.SyntaxTrees) trees[tree.FilePath] = tree;
            return reads.IsCurrent(compilation, trees, cancellationToken);
        }

        private static TopologyTarget? Evaluate(TopologyLocation location, Compilation compilation, CancellationToken cancellationToken)
        {
            if (!(DocumentationCommentId.GetFirstSymbolForDeclarationId(location.MethodId, compilation) is IMethodSymbol method)) return null;
            // A partial method carries the attribute on its definition, which has no body: the body to evaluate is the
            // implementation's, perhaps in another file, which the transform does not watch (TopologyTargetReader.Read
            // adds that file to what the evaluation read).
            var implementation = method.PartialImplementationPart;
            var withBody = implementation ?? method;
            foreach (var reference in withBody.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
                    && (implementation != null || reference.SyntaxTree.FilePath == location.FilePath))
                {
                    return TopologyTargetReader.Read(location, withBody, declaration, compilation.GetSemanticModel(declaration.SyntaxTree), cancellationToken);
                }
            }
            return null;
        }
    }
}
