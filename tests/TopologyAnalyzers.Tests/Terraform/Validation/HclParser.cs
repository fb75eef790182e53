using System.Collections.Generic;
using System.Globalization;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>
    /// Parses HCL native syntax (the subset a Terraform configuration uses: bodies of arguments and blocks; literals,
    /// quoted templates with <c>${}</c> interpolation, references, tuples, objects, function calls, operators and
    /// conditionals) into <see cref="HclBody"/>; quoted strings go to <see cref="HclTemplateParser"/>. Independent of the writer under test: it reads the text, not the writer's model.
    /// </summary>
    internal sealed class HclParser
    {
        private readonly List<HclToken> _tokens;
        private int _position;

        private HclParser(List<HclToken> tokens) => _tokens = tokens;

        public static HclBody ParseConfig(string text)
        {
            var parser = new HclParser(HclLexer.Tokenize(text));
            var body = parser.ParseBody(topLevel: true);
            parser.Expect(HclTokenKind.End);
            return body;
        }

        private HclToken Current => _tokens[_position];

        private HclToken Next() => _tokens[_position++];

        private bool IsSymbol(string symbol) => Current.Kind == HclTokenKind.Symbol && Current.Text == symbol;

        private HclToken Expect(HclTokenKind kind, string? symbol = null)
        {
            var token = Current;
            if (token.Kind != kind || (symbol != null && token.Text != symbol))
            {
                throw new HclSyntaxException(token.Line, "expected " + (symbol ?? kind.ToString()) + ", found '" + token.Text + "'");
            }
            return Next();
        }

        private void SkipNewlines()
        {
            while (Current.Kind == HclTokenKind.Newline) _position++;
        }

        private HclBody ParseBody(bool topLevel)
        {
            var body = new HclBody();
            while (true)
            {
                SkipNewlines();
                if (Current.Kind == HclTokenKind.End || (!topLevel && IsSymbol("}"))) return body;
                var name = Expect(HclTokenKind.Identifier);
                if (IsSymbol("="))
                {
                    Next();
                    body.Arguments.Add(new HclArgument(name.Text, ParseExpression(), name.Line));
                }
                else
                {
                    var labels = new List<string>();
                    while (Current.Kind == HclTokenKind.QuotedString || Current.Kind == HclTokenKind.Identifier)
                    {
                        var label = Next();
                        labels.Add(label.Kind == HclTokenKind.Identifier ? label.Text : LabelText(label));
                    }
                    Expect(HclTokenKind.Symbol, "{");
                    HclBody inner;
                    if (Current.Kind == HclTokenKind.Newline)
                    {
                        inner = ParseBody(topLevel: false);
                    }
                    else
                    {
                        // A one-line block: "{}" or "{ name = value }".
                        inner = new HclBody();
                        if (!IsSymbol("}"))
                        {
                            var argument = Expect(HclTokenKind.Identifier);
                            Expect(HclTokenKind.Symbol, "=");
                            inner.Arguments.Add(new HclArgument(argument.Text, ParseExpression(), argument.Line));
                        }
                    }
                    Expect(HclTokenKind.Symbol, "}");
                    body.Blocks.Add(new HclBlockNode(name.Text, labels, inner, name.Line));
                }
                if (Current.Kind != HclTokenKind.End && !(!topLevel && IsSymbol("}"))) Expect(HclTokenKind.Newline);
            }
        }

        private static string LabelText(HclToken token)
        {
            var template = HclTemplateParser.Parse(token.Text, token.Line);
            return template.Text ?? throw new HclSyntaxException(token.Line, "a block label may not interpolate");
        }

        private HclExpression ParseExpression()
        {
            var condition = ParseBinary(0);
            if (!IsSymbol("?")) return condition;
            Next();
            var whenTrue = ParseExpression();
            Expect(HclTokenKind.Symbol, ":");
            var whenFalse = ParseExpression();
            return new HclConditional(condition, whenTrue, whenFalse, condition.Line);
        }

        private static readonly string[][] Precedence =
        {
            new[] { "||" }, new[] { "&&" }, new[] { "==", "!=" }, new[] { "<", ">", "<=", ">=" }, new[] { "+", "-" }, new[] { "*", "/", "%" },
        };

        private HclExpression ParseBinary(int level)
        {
            if (level == Precedence.Length) return ParseUnary();
            var left = ParseBinary(level + 1);
            while (Current.Kind == HclTokenKind.Symbol && System.Array.IndexOf(Precedence[level], Current.Text) >= 0)
            {
                string op = Next().Text;
                var right = ParseBinary(level + 1);
                left = new HclOperation(op, new[] { left, right }, left.Line);
            }
            return left;
        }

        private HclExpression ParseUnary()
        {
            if (IsSymbol("!") || IsSymbol("-"))
            {
                var op = Next();
                return new HclOperation(op.Text, new[] { ParseUnary() }, op.Line);
            }
            return ParsePostfix(ParsePrimary());
        }

        private HclExpression ParsePostfix(HclExpression source)
        {
            var steps = new List<HclStep>();
            while (true)
            {
                if (IsSymbol("."))
                {
                    Next();
                    if (IsSymbol("*")) { Next(); steps.Add(new HclSplatStep()); }
                    else if (Current.Kind == HclTokenKind.Number) steps.Add(new HclIndexStep(new HclLiteral(double.Parse(Next().Text, CultureInfo.InvariantCulture), source.Line)));
                    else steps.Add(new HclAttributeStep(Expect(HclTokenKind.Identifier).Text));
                }
                else if (IsSymbol("["))
                {
                    Next();
                    SkipNewlines();
                    if (IsSymbol("*")) { Next(); steps.Add(new HclSplatStep()); }
                    else steps.Add(new HclIndexStep(ParseExpression()));
                    SkipNewlines();
                    Expect(HclTokenKind.Symbol, "]");
                }
                else
                {
                    break;
                }
            }
            if (steps.Count == 0) return source;
            if (source is HclTraversal traversal)
            {
                var all = new List<HclStep>(traversal.Steps);
                all.AddRange(steps);
                return traversal with { Steps = all };
            }
            return new HclRelativeTraversal(source, steps, source.Line);
        }

        private HclExpression ParsePrimary()
        {
            var token = Current;
            switch (token.Kind)
            {
                case HclTokenKind.Number:
                    Next();
                    return new HclLiteral(double.Parse(token.Text, CultureInfo.InvariantCulture), token.Line);
                case HclTokenKind.QuotedString:
                    Next();
                    return HclTemplateParser.Parse(token.Text, token.Line);
                case HclTokenKind.Identifier:
                    Next();
                    if (token.Text == "true" || token.Text == "false") return new HclLiteral(token.Text == "true", token.Line);
                    if (token.Text == "null") return new HclLiteral(null, token.Line);
                    if (IsSymbol("(")) return new HclCall(token.Text, ParseList("(", ")"), token.Line);
                    return new HclTraversal(token.Text, new HclStep[0], token.Line);
                case HclTokenKind.Symbol when token.Text == "[":
                    if (_tokens[_position + 1].Kind == HclTokenKind.Identifier && _tokens[_position + 1].Text == "for")
                    {
                        throw new HclSyntaxException(token.Line, "for expressions are not expected in the export");
                    }
                    return new HclTuple(ParseList("[", "]"), token.Line);
                case HclTokenKind.Symbol when token.Text == "{":
                    return ParseObject();
                case HclTokenKind.Symbol when token.Text == "(":
                    Next();
                    SkipNewlines();
                    var inner = ParseExpression();
                    SkipNewlines();
                    Expect(HclTokenKind.Symbol, ")");
                    return inner;
                default:
                    throw new HclSyntaxException(token.Line, "expected an expression, found '" + token.Text + "'");
            }
        }

        private List<HclExpression> ParseList(string open, string close)
        {
            Expect(HclTokenKind.Symbol, open);
            var items = new List<HclExpression>();
            SkipNewlines();
            while (!IsSymbol(close))
            {
                items.Add(ParseExpression());
                SkipNewlines();
                if (IsSymbol(",")) { Next(); SkipNewlines(); }
                else break;
            }
            SkipNewlines();
            Expect(HclTokenKind.Symbol, close);
            return items;
        }

        private HclExpression ParseObject()
        {
            var open = Expect(HclTokenKind.Symbol, "{");
            var items = new List<(HclExpression, HclExpression)>();
            SkipNewlines();
            while (!IsSymbol("}"))
            {
                var key = ParseExpression();
                // A bare name as a key is the key's text, not a reference.
                if (key is HclTraversal { Steps.Count: 0 } name) key = new HclTemplate(new object[] { name.Root }, name.Line);
                if (!IsSymbol("=") && !IsSymbol(":")) throw new HclSyntaxException(Current.Line, "expected '=' in an object");
                Next();
                items.Add((key, ParseExpression()));
                if (IsSymbol(",")) Next();
                else if (Current.Kind != HclTokenKind.Newline && !IsSymbol("}")) throw new HclSyntaxException(Current.Line, "expected a newline or ',' between object items");
                SkipNewlines();
            }
            Expect(HclTokenKind.Symbol, "}");
            return new HclObject(items, open.Line);
        }

        /// <summary>The expression of an interpolation <c>${ }</c>, from its text.</summary>
        internal static HclExpression ParseInterpolation(string text, int line)
        {
            var parser = new HclParser(HclLexer.Tokenize(text, line));
            var expression = parser.ParseExpression();
            parser.Expect(HclTokenKind.End);
            return expression;
        }
    }
}
