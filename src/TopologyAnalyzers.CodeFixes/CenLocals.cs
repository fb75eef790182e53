using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// Finds the local that holds a CEN, so that a fix can write <c>vpc.GrantTo(cen1, ...)</c> rather than the raw
    /// UID and CEN ID. The locals of each method are indexed once (Fix All on a large topology asks once per
    /// attachment).
    /// </summary>
    internal sealed class CenLocals
    {
        private readonly SemanticModel _model;
        private readonly Dictionary<SyntaxNode, Dictionary<string, List<VariableDeclaratorSyntax>>> _byBody =
            new Dictionary<SyntaxNode, Dictionary<string, List<VariableDeclaratorSyntax>>>();

        public CenLocals(SemanticModel model)
        {
            _model = model;
        }

        /// <summary>
        /// A local that holds the CEN named <paramref name="cenId"/> and can be used at <paramref name="usage"/>:
        /// one declared as <c>var x = account.Cen("cenId")</c> (the argument's constant value), or else the CEN
        /// local the attachment's transit router was made from (<c>var tr = cen.TransitRouter(...)</c>, or
        /// <c>cen.TransitRouter(...).Attach(...)</c>).
        /// </summary>
        public string? Find(InvocationExpressionSyntax? attach, string? cenId, SyntaxNode usage, CancellationToken cancellationToken)
        {
            var body = usage.Ancestors().FirstOrDefault(n => n is BaseMethodDeclarationSyntax || n is LocalFunctionStatementSyntax
                || n is AnonymousFunctionExpressionSyntax || n is CompilationUnitSyntax);
            if (cenId != null && body != null
                && Index(body, cancellationToken).TryGetValue(cenId, out var declarators))
            {
                foreach (var declarator in declarators)
                {
                    if (IsVisibleAt(declarator, usage)) return declarator.Identifier.Text;
                }
            }

            if (attach?.Expression is MemberAccessExpressionSyntax attachAccess)
            {
                ExpressionSyntax? router = attachAccess.Expression;
                if (router is IdentifierNameSyntax routerName)
                {
                    router = Declarator(routerName, cancellationToken)?.Initializer?.Value;
                }

                if (router is InvocationExpressionSyntax routerCall && routerCall.Expression is MemberAccessExpressionSyntax routerAccess
                    && routerAccess.Expression is IdentifierNameSyntax cenName
                    && FixSyntax.IsDslCall(_model, routerCall, "Cen", "TransitRouter", cancellationToken)
                    && Declarator(cenName, cancellationToken) is { } cenDeclarator
                    && IsVisibleAt(cenDeclarator, usage))
                {
                    return cenDeclarator.Identifier.Text;
                }
            }

            return null;
        }

        /// <summary>The locals of a method initialised with <c>account.Cen(constant)</c>, by that constant.</summary>
        private Dictionary<string, List<VariableDeclaratorSyntax>> Index(SyntaxNode body, CancellationToken cancellationToken)
        {
            if (_byBody.TryGetValue(body, out var index)) return index;
            index = new Dictionary<string, List<VariableDeclaratorSyntax>>();
            foreach (var declarator in body.DescendantNodes().OfType<VariableDeclaratorSyntax>())
            {
                if (declarator.Initializer?.Value is InvocationExpressionSyntax initializer
                    && initializer.ArgumentList.Arguments.Count == 1
                    && FixSyntax.MethodName(initializer) == "Cen"
                    && _model.GetConstantValue(initializer.ArgumentList.Arguments[0].Expression, cancellationToken) is { HasValue: true, Value: string name }
                    && FixSyntax.IsDslCall(_model, initializer, "Account", "Cen", cancellationToken))
                {
                    if (!index.TryGetValue(name, out var list)) index.Add(name, list = new List<VariableDeclaratorSyntax>());
                    list.Add(declarator);
                }
            }
            _byBody.Add(body, index);
            return index;
        }

        private VariableDeclaratorSyntax? Declarator(IdentifierNameSyntax name, CancellationToken cancellationToken)
        {
            if (!(_model.GetSymbolInfo(name, cancellationToken).Symbol is ILocalSymbol local) || local.DeclaringSyntaxReferences.Length != 1) return null;
            return local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
        }

        /// <summary>A local declared by a statement of a block that encloses <paramref name="usage"/>, before it.</summary>
        private static bool IsVisibleAt(VariableDeclaratorSyntax declarator, SyntaxNode usage)
        {
            var statement = declarator.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>();
            return statement?.Parent is BlockSyntax block
                && block.SyntaxTree == usage.SyntaxTree
                && block.Span.Contains(usage.Span)
                && statement.Span.End <= usage.SpanStart;
        }
    }
}
