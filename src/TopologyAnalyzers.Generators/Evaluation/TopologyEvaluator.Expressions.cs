using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TopologyAnalyzers.Generators.Evaluation
{
    internal sealed partial class TopologyEvaluator
    {
        // Newer compilers bind collection expressions to operation kinds that Roslyn 4.8 does not name.
        private const OperationKind CollectionExpressionKind = (OperationKind)127;
        private const OperationKind SpreadKind = (OperationKind)128;

        private Value Evaluate(IOperation operation)
        {
            var constant = operation.ConstantValue;
            if (constant.HasValue)
            {
                // Literals are most of a straight-line topology: no budget step, no constant-field bookkeeping.
                return operation.Kind == OperationKind.Literal ? FromConstant(constant.Value, operation.Type, operation.Syntax) : Constant(operation);
            }
            Step(operation.Syntax);
            switch (operation.Kind)
            {
                case OperationKind.Invalid:
                    _sawInvalidCode = true;
                    _partial = true;
                    return Value.Unknown;
                case OperationKind.LocalReference:
                    var local = ((ILocalReferenceOperation)operation).Local;
                    if (_scope.TryGet(local, out var localValue)) return localValue;
                    return Fail(operation.Syntax, "Local '" + local.Name + "' has no value the generator can evaluate");
                case OperationKind.ParameterReference:
                    return ReadParameter((IParameterReferenceOperation)operation);
                case OperationKind.FieldReference:
                    return ReadField((IFieldReferenceOperation)operation);
                case OperationKind.PropertyReference:
                    return ReadProperty((IPropertyReferenceOperation)operation);
                case OperationKind.ArrayElementReference:
                    return ReadElement((IArrayElementReferenceOperation)operation);
                case OperationKind.InstanceReference:
                    return ((IInstanceReferenceOperation)operation).ReferenceKind != InstanceReferenceKind.ContainingTypeInstance && _implicitReceivers.Count > 0
                        ? _implicitReceivers[_implicitReceivers.Count - 1]
                        : _this;
                case OperationKind.Invocation:
                    CheckStack();
                    var called = Invoke((IInvocationOperation)operation);
                    _nesting--;
                    return called;
                case OperationKind.ObjectCreation:
                    return Create((IObjectCreationOperation)operation);
                case OperationKind.AnonymousObjectCreation:
                    return CreateAnonymous((IAnonymousObjectCreationOperation)operation);
                case OperationKind.ArrayCreation:
                    return CreateArray((IArrayCreationOperation)operation);
                case CollectionExpressionKind:
                    return CreateCollection(operation);
                case OperationKind.Tuple:
                    var tuple = (ITupleOperation)operation;
                    var items = new Value[tuple.Elements.Length];
                    for (int i = 0; i < items.Length; i++) items[i] = Copies.OnStore(Evaluate(tuple.Elements[i]));
                    return Value.Object(new TupleValue(items), operation.Syntax);
                case OperationKind.Conversion:
                    return EvaluateConversion((IConversionOperation)operation);
                case OperationKind.Binary:
                    CheckStack();
                    var combined = EvaluateBinary((IBinaryOperation)operation);
                    _nesting--;
                    return combined;
                case OperationKind.TupleBinary:
                    return EvaluateTupleBinary((ITupleBinaryOperation)operation);
                case OperationKind.Unary:
                    return EvaluateUnary((IUnaryOperation)operation);
                case OperationKind.Increment:
                case OperationKind.Decrement:
                    return EvaluateIncrement((IIncrementOrDecrementOperation)operation);
                case OperationKind.SimpleAssignment:
                    var assignment = (ISimpleAssignmentOperation)operation;
                    if (assignment.IsRef) return Fail(operation.Syntax, "A ref assignment cannot be evaluated at compile time");
                    return Assign(assignment.Target, Evaluate(assignment.Value));
                case OperationKind.CompoundAssignment:
                    return EvaluateCompoundAssignment((ICompoundAssignmentOperation)operation);
                case OperationKind.DeconstructionAssignment:
                    var deconstruction = (IDeconstructionAssignmentOperation)operation;
                    var source = Evaluate(deconstruction.Value);
                    Deconstruct(deconstruction.Target, source, operation.Syntax, declare: false);
                    return source;
                case OperationKind.Coalesce:
                    var coalesce = (ICoalesceOperation)operation;
                    var left = Evaluate(coalesce.Value);
                    if (left.IsUnknown) return left;
                    return left.IsNull ? Evaluate(coalesce.WhenNull) : left;
                case OperationKind.CoalesceAssignment:
                    var coalesceAssignment = (ICoalesceAssignmentOperation)operation;
                    var current = Evaluate(coalesceAssignment.Target);
                    if (current.IsUnknown) return current;
                    return current.IsNull ? Assign(coalesceAssignment.Target, Evaluate(coalesceAssignment.Value)) : current;
                case OperationKind.Conditional:
                    var conditional = (IConditionalOperation)operation;
                    var condition = Evaluate(conditional.Condition);
                    if (condition.IsUnknown) return condition;
                    return condition.AsBool ? Evaluate(conditional.WhenTrue) : Evaluate(conditional.WhenFalse!);
                case OperationKind.ConditionalAccess:
                    return EvaluateConditionalAccess((IConditionalAccessOperation)operation);
                case OperationKind.ConditionalAccessInstance:
                    return _conditionalReceivers[_conditionalReceivers.Count - 1];
                case OperationKind.IsType:
                    var isType = (IIsTypeOperation)operation;
                    var tested = Evaluate(isType.ValueOperand);
                    if (tested.IsUnknown) return tested;
                    return Value.Bool(IsOfType(tested, isType.TypeOperand) != isType.IsNegated, operation.Syntax);
                case OperationKind.IsPattern:
                    var isPattern = (IIsPatternOperation)operation;
                    var matched = Evaluate(isPattern.Value);
                    if (matched.IsUnknown) return matched;
                    return Value.Bool(Matches(matched, isPattern.Pattern), operation.Syntax);
                case OperationKind.SwitchExpression:
                    return EvaluateSwitchExpression((ISwitchExpressionOperation)operation);
                case OperationKind.AnonymousFunction:
                    var lambda = (IAnonymousFunctionOperation)operation;
                    return Value.Object(new Closure(lambda.Symbol, lambda.Body, _scope, _this), operation.Syntax);
                case OperationKind.DelegateCreation:
                    return Evaluate(((IDelegateCreationOperation)operation).Target);
                case OperationKind.MethodReference:
                    var reference = (IMethodReferenceOperation)operation;
                    var receiver = reference.Instance is null ? Value.Unknown : Evaluate(reference.Instance);
                    return Value.Object(new Closure(reference.Method, null, reference.Method.MethodKind == MethodKind.LocalFunction ? _scope : null, receiver), operation.Syntax);
                case OperationKind.InterpolatedString:
                    return Interpolate((IInterpolatedStringOperation)operation);
                case OperationKind.DefaultValue:
                    return DefaultOf(operation.Type, operation.Syntax);
                case OperationKind.DeclarationExpression:
                    return Evaluate(((IDeclarationExpressionOperation)operation).Expression);
                case OperationKind.Discard:
                    return Value.Unknown;
                case OperationKind.Throw:
                    throw Thrown((IThrowOperation)operation);
                case OperationKind.With:
                    return EvaluateWith((IWithOperation)operation);
                case OperationKind.ObjectOrCollectionInitializer:
                    return Fail(operation.Syntax, "This initializer cannot be evaluated at compile time");
                case OperationKind.TypeOf:
                    return Fail(operation.Syntax, "Reflection ('typeof') is not evaluated at compile time");
                case OperationKind.Await:
                    return Fail(operation.Syntax, "'await' is not evaluated at compile time");
                default:
                    return Fail(operation.Syntax, "'" + Abbreviate(operation.Syntax.ToString()) + "' cannot be evaluated at compile time");
            }
        }

        // How deeply calls and operators nest right now (a fluent chain of thousands of calls nests that deep). An
        // evaluation that ends in an exception leaves it too high, which only makes the checks come sooner.
        private int _nesting;

        /// <summary>Ends the evaluation before deep nesting exhausts the compiler's stack; the check itself is native, so it runs every 16 levels.</summary>
        private void CheckStack()
        {
            if ((++_nesting & 15) == 0) RuntimeHelpers.EnsureSufficientExecutionStack();
        }

        private readonly List<Value> _implicitReceivers = new List<Value>();
        private readonly List<Value> _conditionalReceivers = new List<Value>();

        /// <summary>A value the compiler folded: its provenance is the literal, or the declaration of the constant it names.</summary>
        private Value Constant(IOperation operation)
        {
            SyntaxNode origin = operation.Syntax;
            if (operation is IFieldReferenceOperation { Field: var field } && field.HasConstantValue)
            {
                origin = ConstantOrigin(field, origin);
            }
            else if (operation is ILocalReferenceOperation { Local: { IsConst: true } local })
            {
                origin = LocalConstantOrigin(local, origin);
            }
            else if (operation is IConversionOperation { Operand: IFieldReferenceOperation constant })
            {
                Constant(constant);
            }
            return FromConstant(operation.ConstantValue.Value, operation.Type, origin);
        }

        /// <summary>
        /// Records that the evaluation used the constant <paramref name="field"/> and gives where its value was written: the
        /// constant's declaration (perhaps in another file), or <paramref name="use"/> for an enum member or when no spans
        /// are recorded. The declaration's file does not count as read (SourceFiles.Reads): the constant's value is what the
        /// evaluation depends on.
        /// </summary>
        internal SyntaxNode ConstantOrigin(IFieldSymbol field, SyntaxNode use)
        {
            _files.ReadConstant(field, field.ConstantValue);
            if (_recordSpans && field.DeclaringSyntaxReferences.Length > 0
                && field.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer }
                && field.ContainingType.TypeKind != TypeKind.Enum)
            {
                _files.IndexOf(initializer.Value.SyntaxTree);
                return initializer.Value;
            }
            return use;
        }

        /// <summary>
        /// Where a <c>const</c> local's value was written: its initializer, as for a constant field, so a bad block in
        /// <c>const string Block = "10.0.0.1/16";</c> is reported (and fixed) on that literal, not on each use.
        /// </summary>
        private SyntaxNode LocalConstantOrigin(ILocalSymbol local, SyntaxNode use)
        {
            if (_recordSpans && local.DeclaringSyntaxReferences.Length > 0
                && local.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                _files.IndexOf(initializer.Value.SyntaxTree);
                return initializer.Value;
            }
            return use;
        }

        internal static Value FromConstant(object? value, ITypeSymbol? type, SyntaxNode? origin)
        {
            if (value is string text) return Value.String(text, origin);
            if (type != null && type.TypeKind == TypeKind.Enum && value != null)
            {
                return Value.Enum(type, System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), origin);
            }
            switch (value)
            {
                case null: return Value.Null(origin);
                case string s: return Value.String(s, origin);
                case bool b: return Value.Bool(b, origin);
                case int i: return Value.Int32(i, origin);
                case long l: return Value.Int64(l, origin);
                case char c: return Value.Char(c, origin);
                case double d: return Value.Double(d, origin);
                case float f: return Value.Single(f, origin);
                case decimal m: return Value.Decimal(m, origin);
                case uint u: return Value.Primitive(ValueKind.UInt32, u, origin);
                case ulong ul: return Value.Primitive(ValueKind.UInt64, unchecked((long)ul), origin);
                case short sh: return Value.Primitive(ValueKind.Int16, sh, origin);
                case ushort us: return Value.Primitive(ValueKind.UInt16, us, origin);
                case byte by: return Value.Primitive(ValueKind.Byte, by, origin);
                case sbyte sb: return Value.Primitive(ValueKind.SByte, sb, origin);
                default: return Value.Unknown;
            }
        }

        private Value ReadParameter(IParameterReferenceOperation reference)
        {
            var parameter = reference.Parameter;
            if (_scope.TryGet(parameter, out var value)) return value;
            // A primary-constructor parameter captured by the instance.
            if (_this.Ref is ObjectValue instance && instance.Storage.TryGetValue(parameter, out var captured)) return captured;
            return Fail(reference.Syntax, "Parameter '" + parameter.Name + "' has no value the generator can evaluate");
        }

        private Value EvaluateConditionalAccess(IConditionalAccessOperation access)
        {
            var receiver = Evaluate(access.Operation);
            if (receiver.IsUnknown) return receiver;
            if (receiver.IsNull) return Value.Null(access.Syntax);
            _conditionalReceivers.Add(receiver);
            try
            {
                return Evaluate(access.WhenNotNull);
            }
            finally
            {
                _conditionalReceivers.RemoveAt(_conditionalReceivers.Count - 1);
            }
        }

        private Value EvaluateSwitchExpression(ISwitchExpressionOperation expression)
        {
            var value = Evaluate(expression.Value);
            if (value.IsUnknown) return value;
            var outer = _scope;
            try
            {
                foreach (var arm in expression.Arms)
                {
                    _scope = new Scope(outer);
                    if (Matches(value, arm.Pattern) && (arm.Guard is null || EvaluateCondition(arm.Guard))) return Evaluate(arm.Value);
                }
            }
            finally
            {
                _scope = outer;
            }
            throw Throw(expression.Syntax, "SwitchExpressionException", "Non-exhaustive switch expression failed to match its input.");
        }

        private Value Interpolate(IInterpolatedStringOperation interpolated)
        {
            // A loop interpolates its names and blocks once per iteration: one builder serves them all (a hole that
            // interpolates in turn, in a helper, takes a new one while this one is in use).
            var text = _spareText ?? new System.Text.StringBuilder();
            _spareText = null;
            try
            {
                return InterpolateInto(text, interpolated);
            }
            finally
            {
                if (text.Capacity <= 1024) _spareText = text.Clear();
            }
        }

        private Value InterpolateInto(System.Text.StringBuilder text, IInterpolatedStringOperation interpolated)
        {
            foreach (var part in interpolated.Parts)
            {
                switch (part)
                {
                    case IInterpolatedStringTextOperation literal:
                        text.Append(literal.Text.ConstantValue.Value as string);
                        break;
                    case IInterpolationOperation hole:
                        var value = Evaluate(hole.Expression);
                        if (value.IsUnknown) return value;
                        int? alignment = null;
                        if (hole.Alignment != null)
                        {
                            var aligned = Evaluate(hole.Alignment);
                            if (aligned.IsUnknown) return aligned;
                            alignment = aligned.AsInt32;
                        }
                        string? format = hole.FormatString?.ConstantValue.Value as string;
                        text.Append(Align(FormatValue(value, format, hole.Syntax), alignment));
                        break;
                    default:
                        return Fail(part.Syntax, "'" + Abbreviate(part.Syntax.ToString()) + "' cannot be evaluated at compile time");
                }
            }
            Charge(text.Length / 64, interpolated.Syntax);
            return Value.String(text.ToString(), interpolated.Syntax);
        }

        private EvaluationAbort Thrown(IThrowOperation throwOperation)
        {
            if (throwOperation.Exception is null) return new EvaluationAbort(throwOperation.Syntax, "This rethrows an exception");
            var exception = StripConversions(throwOperation.Exception);
            string type = exception.Type?.Name ?? "Exception";
            string message = "";
            if (exception is IObjectCreationOperation creation)
            {
                type = creation.Type?.Name ?? type;
                // The message, where the exception's constructor takes one first (ArgumentNullException takes the parameter name).
                if (creation.Arguments.Length > 0 && creation.Arguments[0].ArgumentKind != ArgumentKind.DefaultValue)
                {
                    var first = Evaluate(creation.Arguments[0].Value);
                    if (first.Kind == ValueKind.String) message = first.AsString!;
                }
            }
            return EvaluationAbort.Throws(throwOperation.Syntax, type, message);
        }

        internal static IOperation StripConversions(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion) operation = conversion.Operand;
            return operation;
        }
    }
}
