using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>A place in the user's source a TOPO017 points at: a node, or a single token (a loop's keyword).</summary>
    internal readonly struct Spot
    {
        public Spot(SyntaxTree? tree, TextSpan span)
        {
            Tree = tree;
            Span = span;
        }

        public SyntaxTree? Tree { get; }

        public TextSpan Span { get; }

        public bool IsNone => Tree is null;

        public static implicit operator Spot(SyntaxNode? node) => node is null ? default : new Spot(node.SyntaxTree, node.Span);

        public static implicit operator Spot(SyntaxToken token) => token.SyntaxTree is null ? default : new Spot(token.SyntaxTree, token.Span);

        /// <summary>The first token of a statement: its keyword (<c>for</c>, <c>using</c>).</summary>
        public static Spot Keyword(SyntaxNode statement) => statement.GetFirstToken();
    }
}
