using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Interpretation;

namespace TopologyAnalyzers.Generators.Analyzers
{
    /// <summary>
    /// Reports, live in the IDE, what is wrong with each [NetworkTopology] method: its shape (TOPO018), code the
    /// interpreter cannot evaluate (TOPO017), and the engine's findings about the topology it declares.
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
                var tree = block.Syntax.SyntaxTree;
                var result = TopologyInterpreter.Interpret(method, block, context.CancellationToken);
                if (!result.Succeeded)
                {
                    Report(context, tree, result.Failures);
                    return;
                }
                var findings = TopologyValidator.Validate(new TopologyIndex(result.Model!), context.CancellationToken);
                Report(context, tree, findings);
                return;
            }
        }

        private static void Report(OperationBlockAnalysisContext context, SyntaxTree tree, System.Collections.Generic.IEnumerable<Finding> findings)
        {
            foreach (var finding in findings)
            {
                var additional = ImmutableArray.CreateBuilder<Location>();
                foreach (var span in finding.AdditionalLocations) additional.Add(ToLocation(tree, span, context.OwningSymbol));
                var arguments = new object[finding.Arguments.Count];
                for (int i = 0; i < arguments.Length; i++) arguments[i] = finding.Arguments[i];
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                foreach (var property in finding.Properties) properties[property.Key] = property.Value;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.For(finding.Rule),
                    ToLocation(tree, finding.Location, context.OwningSymbol), additional, properties.ToImmutable(), arguments));
            }
        }

        private static Location ToLocation(SyntaxTree tree, SourceSpan span, ISymbol owner) =>
            span.IsNone
                ? (owner.Locations.Length > 0 ? owner.Locations[0] : Location.None)
                : Location.Create(tree, new TextSpan(span.Start, span.Length));
    }
}
