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
                // One semantic-model action per document, not symbol and syntax-node actions: for those the driver prepares the
                // declarations inside every method body (binding each 'var' local again) and raises an event per method. At
                // 1,000 straight-line VPCs the analyzer added 55-60 ms to the compiler's pass through the driver, 5-15 ms now
                // (docs/performance.md); a walk of the document's syntax finds the topology methods as well.
                start.RegisterSemanticModelAction(AnalyzeDocument);
            });
        }

        private static void AnalyzeDocument(SemanticModelAnalysisContext context)
        {
            var model = context.SemanticModel;
            HashSet<IMethodSymbol>? shapesReported = null;
            foreach (var node in model.SyntaxTree.GetRoot(context.CancellationToken).DescendantNodes())
            {
                IMethodSymbol? method;
                switch (node)
                {
                    case LocalFunctionStatementSyntax function when function.AttributeLists.Count > 0:
                        CheckLocalFunction(context, function);
                        continue;
                    case BaseMethodDeclarationSyntax declaration when declaration.AttributeLists.Count > 0 || declaration.Modifiers.Any(SyntaxKind.PartialKeyword):
                    case AccessorDeclarationSyntax accessor when accessor.AttributeLists.Count > 0:
                        method = model.GetDeclaredSymbol(node, context.CancellationToken) as IMethodSymbol;
                        break;
                    default:
                        continue;
                }
                if (method is null) continue;
                // A partial method is judged on its definition part, where the attribute sits (the implementation part's own
                // attributes do not include it); its body is the implementation part's.
                var primary = method.PartialDefinitionPart ?? method;
                if (!TopologyMethodShape.HasTopologyAttribute(primary)) continue;
                var problem = TopologyMethodShape.Problem(primary);
                if (problem != null) ReportShape(context, primary, problem, ref shapesReported);
                else if (node is MethodDeclarationSyntax withBody && (withBody.Body != null || withBody.ExpressionBody != null)) AnalyzeMethod(context, withBody, method);
            }
        }

        /// <summary>TOPO018 on a [NetworkTopology] method of the wrong shape, once, in the document of its first declaration.</summary>
        private static void ReportShape(SemanticModelAnalysisContext context, IMethodSymbol primary, string problem, ref HashSet<IMethodSymbol>? reported)
        {
            if (primary.Locations.Length == 0 || primary.Locations[0].SourceTree != context.SemanticModel.SyntaxTree) return;
            reported ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            if (reported.Add(primary)) context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongShape, primary.Locations[0], problem));
        }

        /// <summary>Local functions are no symbols of the type; the generator never looks at them, so an attributed one is TOPO018.</summary>
        private static void CheckLocalFunction(SemanticModelAnalysisContext context, LocalFunctionStatementSyntax function)
        {
            if (context.SemanticModel.GetDeclaredSymbol(function, context.CancellationToken) is IMethodSymbol method
                && TopologyMethodShape.HasTopologyAttribute(method))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.WrongShape, function.Identifier.GetLocation(),
                    TopologyMethodShape.Problem(method)));
            }
        }

        /// <summary>Evaluates and validates a topology method of the right shape, declared (with its body) by <paramref name="declaration"/>.</summary>
        private static void AnalyzeMethod(SemanticModelAnalysisContext context, MethodDeclarationSyntax declaration, IMethodSymbol method)
        {
            // The generator has evaluated this method for this compilation, unless the hand-off says otherwise.
            string? id = (method.PartialDefinitionPart ?? method).GetDocumentationCommentId();
            var evaluation = (id is null ? null : EvaluationHandOff.Take(context.SemanticModel.Compilation, declaration, id))
                ?? TopologyEvaluator.EvaluateDeclaration(method, declaration, context.SemanticModel, recordSpans: true, context.CancellationToken);
            if (evaluation is null) return;

            // Of a partly evaluated topology only the single-object rules run (TopologyValidator), next to the TOPO017s saying why.
            var findings = TopologyValidator.Validate(new TopologyIndex(evaluation.Model), context.CancellationToken);
            Report(context, method, evaluation, evaluation.Failures);
            Report(context, method, evaluation, findings);
        }

        private static void Report(SemanticModelAnalysisContext context, IMethodSymbol owner, Evaluation.Evaluation evaluation, IEnumerable<Finding> findings)
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
