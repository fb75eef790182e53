using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// A fix that rewrites the string literal a diagnostic points at to the value the engine worked out (the network
    /// address of TOPO005, the known ID of TOPO020). Offered only on a literal: a constant declared elsewhere may be
    /// shared, so rewriting it from one use would be a surprise.
    /// </summary>
    internal sealed class LiteralReplacement
    {
        private LiteralReplacement(ExpressionSyntax literal, string value)
        {
            Literal = literal;
            Value = value;
        }

        public ExpressionSyntax Literal { get; }

        public string Value { get; }

        /// <summary>The replacement for <paramref name="diagnostic"/>, when it carries <paramref name="property"/> and points at a literal.</summary>
        public static LiteralReplacement? Plan(SyntaxNode root, Diagnostic diagnostic, string id, string property)
        {
            var value = FixSyntax.Property(diagnostic, property);
            if (diagnostic.Id != id || value is null || diagnostic.Location.SourceTree != root.SyntaxTree) return null;
            var literal = FixSyntax.FindArgumentExpression(root, diagnostic.Location.SourceSpan);
            return FixSyntax.IsStringLiteral(literal) ? new LiteralReplacement(literal!, value) : null;
        }

        /// <summary>Every replacement at once; of two for one literal (which cannot both hold) the first planned wins.</summary>
        public static Document Apply(Document document, SyntaxNode root, IEnumerable<LiteralReplacement> replacements)
        {
            var byLiteral = new Dictionary<SyntaxNode, string>();
            foreach (var replacement in replacements)
            {
                if (!byLiteral.ContainsKey(replacement.Literal)) byLiteral.Add(replacement.Literal, replacement.Value);
            }
            if (byLiteral.Count == 0) return document;
            return document.WithSyntaxRoot(root.ReplaceNodes(byLiteral.Keys, (original, _) => FixSyntax.StringLiteral(byLiteral[original], original)));
        }

        public static IEnumerable<LiteralReplacement> PlanAll(SyntaxNode root, IEnumerable<Diagnostic> diagnostics, string id, string property) =>
            diagnostics.Select(d => Plan(root, d, id, property)).Where(p => p != null).Select(p => p!);
    }
}
