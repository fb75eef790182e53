using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Emission;
using TopologyAnalyzers.Generators.Interpretation;

namespace TopologyAnalyzers.Generators
{
    /// <summary>
    /// Adds the resolved route tables of each [NetworkTopology] method to its partial class. It reports nothing:
    /// diagnostics come from <c>TopologyAnalyzer</c>, which shows them live in the IDE.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TopologyGenerator : IIncrementalGenerator
    {
        /// <summary>Step names, for tests that check what an edit makes the generator redo.</summary>
        public const string TargetsStep = "TopologyTargets";
        public const string ResolvedStep = "ResolvedTopologies";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var targets = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    DslTypes.AttributeMetadataName,
                    predicate: static (node, _) => node is MethodDeclarationSyntax,
                    transform: static (syntaxContext, cancellationToken) => TopologyTargetReader.Read(syntaxContext, cancellationToken))
                .WithTrackingName(TargetsStep);

            var resolved = targets
                .Where(static target => target?.Model != null)
                .Select(static (target, cancellationToken) =>
                    new EmissionInput(
                        target!,
                        RouteResolver.Resolve(target!.Model!, cancellationToken),
                        PrivateZoneResolver.Resolve(target.Model!),
                        MermaidWriter.Write(target.Model!),
                        TerraformWriter.WriteIfEmbeddable(target.Model!)))
                .WithTrackingName(ResolvedStep);

            context.RegisterSourceOutput(resolved, static (output, input) =>
                output.AddSource(input.Target.HintName, RouteTablesEmitter.Emit(input)));
        }
    }
}
