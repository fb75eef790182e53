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
                // A syntax action, not an operation-block action: that would make the driver build the operations of every
                // method body of every document it analyzes, and only the [NetworkTopology] ones are wanted.
                start.RegisterSyntaxNodeAction(AnalyzeMethod, SyntaxKind.MethodDeclaration);
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

        private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
        {
            var declaration = (MethodDeclarationSyntax)context.Node;
            if (declaration.Body is null && declaration.ExpressionBody is null) return;
            // Only a method with attributes, or a partial one (its attribute may be on the other part), can be a topology.
            if (declaration.AttributeLists.Count == 0 && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return;
            if (!(context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is IMethodSymbol method)
                || !TopologyMethodShape.HasTopologyAttribute(method) || TopologyMethodShape.Problem(method) != null)
            {
                return;
            }
            var evaluation = TopologyEvaluator.EvaluateDeclaration(method, declaration, context.SemanticModel, recordSpans: true, context.CancellationToken);
            if (evaluation is null) return;

            // Of a partly evaluated topology only the single-object rules run (TopologyValidator), next to the TOPO017s saying why.
            var findings = TopologyValidator.Validate(new TopologyIndex(evaluation.Model), context.CancellationToken);
            Report(context, method, evaluation, evaluation.Failures);
            Report(context, method, evaluation, findings);
        }

        private static void Report(SyntaxNodeAnalysisContext context, IMethodSymbol owner, Evaluation.Evaluation evaluation, IEnumerable<Finding> findings)
        {
            var trees = evaluation.Trees;
            // A loop can make one call find the same thing at the same spot in several iterations: say it once.
            var reported = new HashSet<(SourceSpan, string)>();
            foreach (var finding in findings)
            {
                if (!reported.Add((finding.Location, finding.Message))) continue;
                var additional = ImmutableArray.CreateBuilder<Location>();
                foreach (var span in finding.AdditionalLocations) additional.Add(ToLocation(trees, span, owner));
                if (finding.Location.HasVia) additional.Add(ToLocation(trees, finding.Location.Via, owner));
                var arguments = new object[finding.Arguments.Count];
                for (int i = 0; i < arguments.Length; i++) arguments[i] = finding.Arguments[i];
                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                foreach (var property in finding.Properties) properties[property.Key] = property.Value;
                if (InSharedCall(finding, evaluation.SharedCalls)) properties[FindingProperties.SharedCall] = "true";
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.For(finding.Rule),
                    ToLocation(trees, finding.Location, owner), additional, properties.ToImmutable(), arguments));
            }
        }

        /// <summary>
        /// Whether the finding is located in a DSL call that made several objects, where a fix written for one would edit
        /// them all. The fixes that only rewrite the value of a literal (TOPO005's network address, TOPO020's known ID)
        /// are right for every use of that literal and stay offered.
        /// </summary>
        private static bool InSharedCall(Finding finding, IReadOnlyList<SourceSpan> shared)
        {
            if (shared.Count == 0 || finding.Rule == RuleCatalog.MalformedAddress || finding.Rule == RuleCatalog.UnknownRegionOrZone) return false;
            var at = finding.Location;
            foreach (var call in shared)
            {
                if (call.Tree == at.Tree && at.Start >= call.Start && at.Start + at.Length <= call.Start + call.Length) return true;
            }
            return false;
        }

        private static Location ToLocation(IReadOnlyList<SyntaxTree> trees, SourceSpan span, ISymbol owner) =>
            span.IsNone || (uint)span.Tree >= (uint)trees.Count
                ? (owner.Locations.Length > 0 ? owner.Locations[0] : Location.None)
                : Location.Create(trees[span.Tree], new TextSpan(span.Start, span.Length));
    }
}
