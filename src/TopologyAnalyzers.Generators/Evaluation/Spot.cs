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

        /// <summary>A call from its method name to its closing parenthesis (<c>ReadLine()</c> of <c>Console.ReadLine()</c>), as DSL calls are located.</summary>
        public static Spot Call(SyntaxNode? node)
        {
            if (node is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax { Expression: Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax member } invocation)
            {
                return new Spot(node.SyntaxTree, TextSpan.FromBounds(member.Name.SpanStart, invocation.Span.End));
            }
            return node;
        }

        /// <summary>The first token of a statement: its keyword (<c>for</c>, <c>using</c>).</summary>
        public static Spot Keyword(SyntaxNode statement) => statement.GetFirstToken();
    }
}
