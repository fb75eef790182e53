using System.Collections.Generic;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>A parsed HCL body: its arguments and nested blocks, in order.</summary>
    internal sealed class HclBody
    {
        public List<HclArgument> Arguments { get; } = new List<HclArgument>();

        public List<HclBlockNode> Blocks { get; } = new List<HclBlockNode>();
    }

    internal sealed record HclArgument(string Name, HclExpression Value, int Line);

    internal sealed record HclBlockNode(string Type, IReadOnlyList<string> Labels, HclBody Body, int Line);

    /// <summary>An HCL expression; <see cref="Line"/> is where it starts.</summary>
    internal abstract record HclExpression(int Line);

    /// <summary>A number, bool or null literal (<see cref="Value"/>: double, bool or null).</summary>
    internal sealed record HclLiteral(object? Value, int Line) : HclExpression(Line);

    /// <summary>A quoted string: literal text and interpolated expressions (<c>${...}</c>), in order.</summary>
    internal sealed record HclTemplate(IReadOnlyList<object> Parts, int Line) : HclExpression(Line)
    {
        /// <summary>The string's value when it interpolates nothing, else null.</summary>
        public string? Text
        {
            get
            {
                var text = new System.Text.StringBuilder();
                foreach (var part in Parts)
                {
                    if (part is string s) text.Append(s);
                    else return null;
                }
                return text.ToString();
            }
        }
    }

    /// <summary>A reference: a root name and the attribute, index and splat steps after it (<c>alicloud_vpc.vpc1.id</c>).</summary>
    internal sealed record HclTraversal(string Root, IReadOnlyList<HclStep> Steps, int Line) : HclExpression(Line);

    /// <summary>Steps applied to an expression that is not a plain name (a function's result, a parenthesized expression).</summary>
    internal sealed record HclRelativeTraversal(HclExpression Source, IReadOnlyList<HclStep> Steps, int Line) : HclExpression(Line);

    internal sealed record HclTuple(IReadOnlyList<HclExpression> Items, int Line) : HclExpression(Line);

    internal sealed record HclObject(IReadOnlyList<(HclExpression Key, HclExpression Value)> Items, int Line) : HclExpression(Line);

    internal sealed record HclCall(string Name, IReadOnlyList<HclExpression> Arguments, int Line) : HclExpression(Line);

    internal sealed record HclConditional(HclExpression Condition, HclExpression True, HclExpression False, int Line) : HclExpression(Line);

    internal sealed record HclOperation(string Operator, IReadOnlyList<HclExpression> Operands, int Line) : HclExpression(Line);

    /// <summary>A step of a traversal: <c>.name</c>, <c>[key]</c> or <c>[*]</c>.</summary>
    internal abstract record HclStep;

    internal sealed record HclAttributeStep(string Name) : HclStep;

    internal sealed record HclIndexStep(HclExpression Key) : HclStep;

    internal sealed record HclSplatStep : HclStep;
}
