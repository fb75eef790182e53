using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Evaluation;

namespace TopologyAnalyzers.Generators.Analyzers
{
    /// <summary>
    /// Reports, live in the IDE, what is wrong with each [NetworkTopology] method: its shape (TOPO018), code the
    /// evaluator cannot evaluate (TOPO017), and the engine's findings about the topology it declares.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TopologyAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(DslTypes.AttributeMetadataName) is null) return;
                start.RegisterSymbolAction(CheckShape, SymbolKind.Method);
                // Local functions are not symbols of their own to the symbol action; the generator never looks at them.
                start.RegisterSyntaxNodeAction(CheckLocalFunction, SyntaxKind.LocalFunctionStatement);
                start.RegisterOperationBlockAction(AnalyzeBody);
            });
        }

        private static void CheckShape(SymbolAnalysisContext context)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (!TopologyMethodShape.HasTopologyAttribute(method)) return;
            var problem = TopologyMethodShape.Problem(method);
            if (problem != null && method.Locations.Length > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongShape, method.Locations[0], problem));
            }
        }

        private static void CheckLocalFunction(SyntaxNodeAnalysisContext context)
        {
            var function = (LocalFunctionStatementSyntax)context.Node;
            if (function.AttributeLists.Count == 0) return;
            if (context.SemanticModel.GetDeclaredSymbol(function, context.CancellationToken) is IMethodSymbol method
                && TopologyMethodShape.HasTopologyAttribute(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongShape, function.Identifier.GetLocation(),
                    TopologyMethodShape.Problem(method)));
            }
        }

        private static void AnalyzeBody(OperationBlockAnalysisContext context)
        {
            if (!(context.OwningSymbol is IMethodSymbol method) || !TopologyMethodShape.HasTopologyAttribute(method)
                || TopologyMethodShape.Problem(method) != null)
            {
                return;
            }

            foreach (var block in context.OperationBlocks)
            {
                if (!(block is IMethodBodyOperation) && !(block is IBlockOperation)) continue;
                var semanticModel = block.SemanticModel;
                if (semanticModel is null) return;
                var evaluation = TopologyEvaluator.Evaluate(method, block, semanticModel, context.CancellationToken);
                // Of a partly evaluated topology only the single-object rules run (TopologyValidator), next to the TOPO017s saying why.
                var findings = TopologyValidator.Validate(new TopologyIndex(evaluation.Model), context.CancellationToken);
                Report(context, evaluation.Trees, evaluation.Failures);
                Report(context, evaluation.Trees, findings);
                return;
            }
        }

        private static void Report(OperationBlockAnalysisContext context, IReadOnlyList<SyntaxTree> trees, IEnumerable<Finding> findings)
        {
            // A loop can make one call find the same thing at the same spot in several iterations: say it once.
            var reported = new HashSet<(SourceSpan, string)>();
            foreach (var finding in findings)
            {
                if (!reported.Add((finding.Location, finding.Message))) continue;
                var additional = ImmutableArray.CreateBuilder<Location>();
                foreach (var span in finding.AdditionalLocations) additional.Add(ToLocation(trees, span, context.OwningSymbol));
                if (finding.Location.HasVia) additional.Add(ToLocation(trees, finding.Location.Via, context.OwningSymbol));
                var arguments = new object[finding.Arguments.Count];
                for (int i = 0; i < arguments.Length; i++) arguments[i] = finding.Arguments[i];
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                foreach (var property in finding.Properties) properties[property.Key] = property.Value;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.For(finding.Rule),
                    ToLocation(trees, finding.Location, context.OwningSymbol), additional, properties.ToImmutable(), arguments));
            }
        }

        private static Location ToLocation(IReadOnlyList<SyntaxTree> trees, SourceSpan span, ISymbol owner) =>
            span.IsNone || (uint)span.Tree >= (uint)trees.Count
                ? (owner.Locations.Length > 0 ? owner.Locations[0] : Location.None)
                : Location.Create(trees[span.Tree], new TextSpan(span.Start, span.Length));
    }
}
