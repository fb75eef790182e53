using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// Syntax look-ups the fixes share. The diagnostics carry what the engine computed, so everything here only
    /// finds the node a diagnostic points at, or a local that already holds the value a fix needs.
    /// </summary>
    internal static class FixSyntax
    {
        private const string DslNamespace = "TopologyAnalyzers";

        public static string? Property(Diagnostic diagnostic, string key) =>
            diagnostic.Properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;

        /// <summary>
        /// The call a DSL span points at. Spans run from the method name to the closing parenthesis
        /// (<c>Attach(vpc3, "attach3")</c>), which is not a node of its own: the call is the innermost invocation
        /// around the name that ends where the span ends.
        /// </summary>
        public static InvocationExpressionSyntax? FindCall(SyntaxNode root, TextSpan span)
        {
            if (span.Start < 0 || span.End > root.FullSpan.End) return null;
            var token = root.FindToken(span.Start);
            foreach (var invocation in token.Parent?.AncestorsAndSelf().OfType<InvocationExpressionSyntax>() ?? Enumerable.Empty<InvocationExpressionSyntax>())
            {
                if (invocation.Span.End == span.End && invocation.Span.Contains(span)) return invocation;
            }
            return null;
        }

        /// <summary>The expression an argument span points at (an argument without its <c>name:</c>), or null.</summary>
        public static ExpressionSyntax? FindArgumentExpression(SyntaxNode root, TextSpan span)
        {
            if (span.Start < 0 || span.End > root.FullSpan.End) return null;
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument) return argument.Expression.Span == span ? argument.Expression : null;
            return node is ExpressionSyntax expression && expression.Span == span ? expression : null;
        }

        public static bool IsStringLiteral(SyntaxNode? node) => node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression);

        /// <summary>A regular string literal holding <paramref name="value"/>, with the trivia of the node it replaces.</summary>
        public static LiteralExpressionSyntax StringLiteral(string value, SyntaxNode replaced) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)).WithTriviaFrom(replaced);

        /// <summary>The name a call invokes, if it is <c>receiver.Name(...)</c>.</summary>
        public static string? MethodName(InvocationExpressionSyntax invocation) =>
            invocation.Expression is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : null;

        /// <summary>The argument bound to <paramref name="parameterName"/>: named, or else at <paramref name="position"/>.</summary>
        public static ArgumentSyntax? Argument(InvocationExpressionSyntax invocation, string parameterName, int position)
        {
            var arguments = invocation.ArgumentList.Arguments;
            foreach (var argument in arguments)
            {
                if (argument.NameColon?.Name.Identifier.ValueText == parameterName) return argument;
            }
            return position < arguments.Count && arguments[position].NameColon is null ? arguments[position] : null;
        }

        /// <summary>Whether <paramref name="invocation"/> calls the DSL method <c>type.method</c>.</summary>
        public static bool IsDslCall(SemanticModel model, InvocationExpressionSyntax invocation, string type, string method, CancellationToken cancellationToken)
        {
            if (!(model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol symbol)) return false;
            return symbol.Name == method && symbol.ContainingType?.Name == type
                && symbol.ContainingType.ContainingNamespace?.ToDisplayString() == DslNamespace;
        }

        /// <summary><c>Payer.CenOwner</c> if that binds where the code goes, else the fully qualified name.</summary>
        public static string CenOwnerPayer(SemanticModel model, int position)
        {
            const string Short = "Payer.CenOwner";
            var info = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.ParseExpression(Short), SpeculativeBindingOption.BindAsExpression);
            return info.Symbol is IFieldSymbol field && field.ContainingType?.ToDisplayString() == DslNamespace + ".Payer"
                ? Short
                : "global::" + DslNamespace + "." + Short;
        }

        /// <summary>The whitespace that indents the line a node's leading trivia ends on.</summary>
        public static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            var indentation = new List<SyntaxTrivia>();
            for (int i = leading.Count - 1; i >= 0 && leading[i].IsKind(SyntaxKind.WhitespaceTrivia); i--) indentation.Insert(0, leading[i]);
            return SyntaxFactory.TriviaList(indentation);
        }

        /// <summary>The line break the file uses near <paramref name="node"/>.</summary>
        public static SyntaxTrivia EndOfLine(SyntaxNode node)
        {
            foreach (var trivia in node.GetTrailingTrivia()) if (trivia.IsKind(SyntaxKind.EndOfLineTrivia)) return trivia;
            var first = node.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return first.IsKind(SyntaxKind.EndOfLineTrivia) ? first : SyntaxFactory.CarriageReturnLineFeed;
        }
    }
}
