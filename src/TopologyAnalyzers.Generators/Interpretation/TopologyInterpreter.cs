using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Interpretation
{
    /// <summary>
    /// Evaluates the body of a [NetworkTopology] method at compile time, statement by statement, into a
    /// <see cref="TopologyModel"/> with source spans. It understands straight-line code: locals holding DSL
    /// objects or constants, fluent chains, named and optional arguments, and anything the compiler folds to a
    /// constant (literals, const fields, concatenation of constants, nameof). Everything else is a TOPO017
    /// failure at its spot; the interpreter never throws on user code.
    /// </summary>
    internal sealed class TopologyInterpreter
    {
        private readonly TopologyModelBuilder _model = new TopologyModelBuilder();
        private readonly List<Finding> _failures = new List<Finding>();
        private readonly Dictionary<ILocalSymbol, Value> _locals = new Dictionary<ILocalSymbol, Value>(SymbolEqualityComparer.Default);
        private readonly IParameterSymbol _net;
        private readonly string _methodName;
        private readonly CancellationToken _cancellationToken;
        private readonly DslCallBinder _binder;

        // Code with compile errors: the compiler reports it; the interpreter neither adds TOPO017 nor a model.
        private bool _sawInvalidCode;

        private TopologyInterpreter(IMethodSymbol method, CancellationToken cancellationToken)
        {
            _net = method.Parameters[0];
            _methodName = method.Name;
            _cancellationToken = cancellationToken;
            _binder = new DslCallBinder(_model);
        }

        /// <summary>Interprets <paramref name="body"/>, the body of <paramref name="method"/> (which has the right shape).</summary>
        public static InterpretationResult Interpret(IMethodSymbol method, IOperation body, CancellationToken cancellationToken)
        {
            var interpreter = new TopologyInterpreter(method, cancellationToken);
            interpreter.Execute(body);
            if (interpreter._sawInvalidCode && interpreter._failures.Count == 0)
            {
                return new InterpretationResult(null, EquatableArray<Finding>.Empty);
            }
            return interpreter._failures.Count == 0
                ? new InterpretationResult(interpreter._model.Build(), EquatableArray<Finding>.Empty)
                : new InterpretationResult(null, interpreter._failures.ToEquatableArray());
        }

        /// <summary>Runs one statement; false when the method returns there.</summary>
        private bool Execute(IOperation statement)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            switch (statement)
            {
                case IMethodBodyOperation body:
                    return Execute((IOperation?)body.BlockBody ?? body.ExpressionBody!);
                case IBlockOperation block:
                    foreach (var inner in block.Operations)
                    {
                        if (!Execute(inner)) return false;
                    }
                    return true;
                case IVariableDeclarationGroupOperation group:
                    foreach (var declaration in group.Declarations)
                    {
                        foreach (var declarator in declaration.Declarators)
                        {
                            var initializer = declarator.Initializer ?? declaration.Initializer;
                            if (initializer != null) _locals[declarator.Symbol] = Evaluate(initializer.Value);
                        }
                    }
                    return true;
                case IExpressionStatementOperation expression:
                    Evaluate(expression.Operation);
                    return true;
                case IReturnOperation { ReturnedValue: null }:
                    return false;
                case IEmptyOperation _:
                case ILocalFunctionOperation _:
                    return true;
                case IInvalidOperation _:
                    _sawInvalidCode = true;
                    return true;
                default:
                    Fail(FirstTokenSpan(statement.Syntax), Describe(statement) + " cannot be evaluated at compile time");
                    return true;
            }
        }

        private Value Evaluate(IOperation operation)
        {
            if (operation.ConstantValue.HasValue) return Value.Of(operation.ConstantValue.Value);
            switch (operation)
            {
                case IInvalidOperation _:
                    _sawInvalidCode = true;
                    return Value.Failure;
                case IConversionOperation conversion when conversion.OperatorMethod is null:
                    return Evaluate(conversion.Operand);
                case ILocalReferenceOperation local:
                    if (_locals.TryGetValue(local.Local, out var value)) return value;
                    return Fail(Span(operation.Syntax), "local '" + local.Local.Name + "' has no value the generator can evaluate");
                case IParameterReferenceOperation parameter when SymbolEqualityComparer.Default.Equals(parameter.Parameter, _net):
                    return Value.Dsl(DslKind.TopologyBuilder, 0);
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    var assigned = Evaluate(assignment.Value);
                    _locals[target.Local] = assigned;
                    return assigned;
                case ISimpleAssignmentOperation { Target: IDiscardOperation _ } discard:
                    return Evaluate(discard.Value);
                case IInvocationOperation invocation:
                    return Invoke(invocation);
                case IPropertyReferenceOperation property when property.Instance != null:
                    return ReadProperty(property);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } binary
                    when binary.Type?.SpecialType == SpecialType.System_String:
                    return Concatenate(binary.Syntax, binary.LeftOperand, binary.RightOperand);
                case IInterpolatedStringOperation interpolated:
                    return Interpolate(interpolated);
                default:
                    return Fail(Span(operation.Syntax), "'" + Abbreviate(operation.Syntax.ToString()) + "' is not a compile-time constant or a DSL value");
            }
        }

        private Value Invoke(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var callSpan = CallSpan(invocation.Syntax);
            var receiverKind = DslTypes.Classify(method.ContainingType);
            if (receiverKind == DslKind.None || invocation.Instance is null)
            {
                return Fail(callSpan, "the call to '" + method.ContainingType?.Name + "." + method.Name + "' is outside the topology DSL");
            }

            var receiver = Evaluate(invocation.Instance);
            if (receiver.Failed) return Value.Failure;

            var arguments = new Value[method.Parameters.Length];
            var spans = new SourceSpan[method.Parameters.Length];
            bool failed = false;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is null) continue;
                int ordinal = argument.Parameter.Ordinal;
                arguments[ordinal] = Evaluate(argument.Value);
                spans[ordinal] = argument.ArgumentKind == ArgumentKind.DefaultValue ? callSpan : Span(argument.Value.Syntax);
                failed |= arguments[ordinal].Failed;
                var expected = DslTypes.Classify(argument.Parameter.Type);
                if (!failed && expected != DslKind.None && arguments[ordinal].Kind != expected)
                {
                    arguments[ordinal] = Fail(spans[ordinal], "'" + argument.Parameter.Name + "' must be a " + argument.Parameter.Type.Name + " declared in this topology");
                    failed = true;
                }
            }
            if (failed) return Value.Failure;

            var result = _binder.Bind(receiver, method.Name, arguments, new CallSpans(callSpan, spans));
            return result ?? Fail(callSpan, "'" + method.ContainingType!.Name + "." + method.Name + "' is not supported by the generator yet");
        }

        private Value ReadProperty(IPropertyReferenceOperation property)
        {
            var receiver = Evaluate(property.Instance!);
            if (receiver.Failed) return Value.Failure;
            var name = receiver.IsDsl ? _binder.ReadProperty(receiver, property.Property.Name) : null;
            return name != null
                ? Value.Of(name)
                : Fail(Span(property.Syntax), "'" + Abbreviate(property.Syntax.ToString()) + "' is not a compile-time constant or a DSL value");
        }

        /// <summary><c>"CEN-" + vpc.Name</c>: concatenation the compiler cannot fold but the interpreter can.</summary>
        private Value Concatenate(SyntaxNode syntax, IOperation left, IOperation right)
        {
            var first = Evaluate(left);
            var second = Evaluate(right);
            if (first.Failed || second.Failed) return Value.Failure;
            if (first.IsDsl || second.IsDsl || !(first.Constant is null || first.Constant is string) || !(second.Constant is null || second.Constant is string))
            {
                return Fail(Span(syntax), "'" + Abbreviate(syntax.ToString()) + "' is not a compile-time constant or a DSL value");
            }
            return Value.Of(first.AsString + second.AsString);
        }

        /// <summary><c>$"{vpc.Name}-attachment"</c>: interpolation of strings the interpreter knows.</summary>
        private Value Interpolate(IInterpolatedStringOperation interpolated)
        {
            var text = new System.Text.StringBuilder();
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation literal:
                        text.Append(literal.Text.ConstantValue.Value as string);
                        break;
                    case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                        var value = Evaluate(hole.Expression);
                        if (value.Failed) return Value.Failure;
                        if (value.IsDsl || !(value.Constant is null || value.Constant is string))
                            return Fail(Span(hole.Syntax), "'" + Abbreviate(hole.Syntax.ToString()) + "' is not a compile-time string");
                        text.Append(value.AsString);
                        break;
                    default:
                        return Fail(Span(part.Syntax), "'" + Abbreviate(part.Syntax.ToString()) + "' is not a compile-time string");
                }
            }
            return Value.Of(text.ToString());
        }

        private Value Fail(SourceSpan span, string reason)
        {
            _failures.Add(Finding.Create(RuleCatalog.NotEvaluable, span, Capitalize(reason), _methodName));
            return Value.Failure;
        }

        private static SourceSpan Span(SyntaxNode syntax) => new SourceSpan(syntax.Span.Start, syntax.Span.Length);

        private static SourceSpan FirstTokenSpan(SyntaxNode syntax)
        {
            var token = syntax.GetFirstToken();
            return new SourceSpan(token.Span.Start, token.Span.Length);
        }

        /// <summary>A call is located from its method name to its closing parenthesis: <c>Attach(vpc3, "attach3")</c>.</summary>
        internal static SourceSpan CallSpan(SyntaxNode syntax)
        {
            if (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation)
            {
                int start = member.Name.SpanStart;
                return new SourceSpan(start, invocation.Span.End - start);
            }
            return Span(syntax);
        }

        private static string Describe(IOperation statement) => statement switch
        {
            ILoopOperation _ => "a loop",
            IConditionalOperation _ => "an 'if' statement",
            ISwitchOperation _ => "a 'switch' statement",
            ITryOperation _ => "a 'try' statement",
            IUsingOperation _ => "a 'using' statement",
            IReturnOperation _ => "a 'return' with a value",
            _ => "'" + Abbreviate(statement.Syntax.ToString()) + "'",
        };

        private static string Abbreviate(string text)
        {
            text = text.Replace("\r", " ").Replace("\n", " ");
            return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
        }

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
