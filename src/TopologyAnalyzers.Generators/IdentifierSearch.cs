using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TopologyAnalyzers.Generators
{
    /// <summary>Whether a file says a name as an identifier (not in a comment or a string), found through its text first.</summary>
    internal static class IdentifierSearch
    {
        /// <summary>
        /// Whether an identifier token of <paramref name="tree"/> has a value <paramref name="matches"/> accepts, where every
        /// accepted value holds one of <paramref name="needles"/>.
        /// </summary>
        public static bool Any(SyntaxTree tree, IEnumerable<string> needles, Func<string, bool> matches, CancellationToken cancellationToken)
        {
            string text = tree.GetText(cancellationToken).ToString();
            var root = tree.GetRoot(cancellationToken);
            // An identifier may be written with Unicode escapes (\u0054race is Trace): then only its tokens tell.
            if (text.IndexOf("\\u", StringComparison.Ordinal) >= 0 || text.IndexOf("\\U", StringComparison.Ordinal) >= 0)
            {
                foreach (var token in root.DescendantTokens())
                {
                    if (token.IsKind(SyntaxKind.IdentifierToken) && matches(token.ValueText)) return true;
                }
                return false;
            }
            // Otherwise every such identifier is in the text as written; a hit in a comment or a string is no identifier.
            foreach (string needle in needles)
            {
                if (needle.Length == 0) continue;
                for (int at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var token = root.FindToken(at);
                    if (token.IsKind(SyntaxKind.IdentifierToken) && token.Span.Contains(at) && matches(token.ValueText)) return true;
                }
            }
            return false;
        }
    }
}
