using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TopologyAnalyzers.Generators.Evaluation
{
    internal sealed partial class TopologyEvaluator
    {
        private Value EvaluateBinary(IBinaryOperation binary)
        {
            var op = binary.OperatorKind;
            if (op == BinaryOperatorKind.ConditionalAnd || op == BinaryOperatorKind.ConditionalOr)
            {
                var first = Evaluate(binary.LeftOperand);
                if (first.IsUnknown) return first;
                if (first.AsBool == (op == BinaryOperatorKind.ConditionalOr)) return Value.Bool(first.AsBool, binary.Syntax);
                var second = Evaluate(binary.RightOperand);
                return second.IsUnknown ? second : Value.Bool(second.AsBool, binary.Syntax);
            }
            var left = Evaluate(binary.LeftOperand);
            var right = Evaluate(binary.RightOperand);
            if (left.IsUnknown || right.IsUnknown) return Value.Unknown;
            return Binary(op, binary.OperatorMethod, binary.LeftOperand.Type, left, right, binary.IsChecked, binary.IsLifted, binary.Syntax);
        }

        /// <summary>A binary operator applied to two evaluated operands (also for compound assignment).</summary>
        private Value Binary(BinaryOperatorKind op, IMethodSymbol? method, ITypeSymbol? leftType, Value left, Value right, bool isChecked, bool isLifted, SyntaxNode at)
        {
            if (method != null && !IsPredefined(method))
            {
                if (IsRecordEquality(method))
                {
                    bool equal = AreEqual(left, right);
                    return Value.Bool(op == BinaryOperatorKind.Equals ? equal : !equal, at);
                }
                return CallMethod(method, Value.Unknown, new[] { left, right }, at);
            }

            switch (op)
            {
                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                {
                    bool equal = OperatorEquals(left, right);
                    return Value.Bool(op == BinaryOperatorKind.Equals ? equal : !equal, at);
                }
                case BinaryOperatorKind.LessThan:
                case BinaryOperatorKind.LessThanOrEqual:
                case BinaryOperatorKind.GreaterThan:
                case BinaryOperatorKind.GreaterThanOrEqual:
                    if (left.IsNull || right.IsNull) return Value.Bool(false, at);
                    return Value.Bool(Relation(op, left, right), at);
            }

            if (isLifted && (left.IsNull || right.IsNull)) return Value.Null(at);

            if (left.Kind == ValueKind.String || right.Kind == ValueKind.String || (op == BinaryOperatorKind.Add && leftType?.SpecialType == SpecialType.System_String)
                || (op == BinaryOperatorKind.Add && (left.IsNull || right.IsNull)))
            {
                if (op != BinaryOperatorKind.Add) return Fail(at, "'" + Abbreviate(at.ToString()) + "' cannot be evaluated at compile time");
                string text = StringOf(left, at) + StringOf(right, at);
                Charge(text.Length / 64, at);
                return Value.String(text, at);
            }

            if (left.Kind == ValueKind.Bool && right.Kind == ValueKind.Bool)
            {
                switch (op)
                {
                    case BinaryOperatorKind.And: return Value.Bool(left.AsBool & right.AsBool, at);
                    case BinaryOperatorKind.Or: return Value.Bool(left.AsBool | right.AsBool, at);
                    case BinaryOperatorKind.ExclusiveOr: return Value.Bool(left.AsBool ^ right.AsBool, at);
                }
            }

            if (left.Kind == ValueKind.Enum || right.Kind == ValueKind.Enum)
            {
                var enumType = (ITypeSymbol)(left.Kind == ValueKind.Enum ? left.Ref! : right.Ref!);
                var bits = Numbers.Arithmetic(op, ValueKind.Int64, left, right, false, at);
                if (bits is null) return Fail(at, "'" + Abbreviate(at.ToString()) + "' cannot be evaluated at compile time");
                // enum - enum is the underlying type; the others stay in the enum.
                if (op == BinaryOperatorKind.Subtract && left.Kind == ValueKind.Enum && right.Kind == ValueKind.Enum)
                {
                    return Numbers.Convert(bits.Value, Numbers.KindOf(((INamedTypeSymbol)enumType).EnumUnderlyingType), false, at);
                }
                return Value.Enum(enumType, bits.Value.Bits, at);
            }

            if (left.IsNumeric && right.IsNumeric)
            {
                var kind = op == BinaryOperatorKind.LeftShift || op == BinaryOperatorKind.RightShift
                    ? Numbers.Promote(left.Kind, ValueKind.Int32)
                    : Numbers.Promote(left.Kind, right.Kind);
                try
                {
                    var result = Numbers.Arithmetic(op, kind, left, right, isChecked, at);
                    if (result.HasValue) return result.Value;
                }
                catch (DivideByZeroException)
                {
                    throw Throw(at, "DivideByZeroException", "Attempted to divide by zero.");
                }
                catch (OverflowException)
                {
                    throw Throw(at, "OverflowException", "Arithmetic operation resulted in an overflow.");
                }
            }
            return Fail(at, "'" + Abbreviate(at.ToString()) + "' cannot be evaluated at compile time");
        }

        private bool Relation(BinaryOperatorKind op, Value left, Value right)
        {
            int? order;
            if (left.IsNumeric && right.IsNumeric) order = Numbers.Compare(Numbers.Promote(left.Kind, right.Kind), left, right);
            else if (left.Kind == ValueKind.Enum && right.Kind == ValueKind.Enum) order = left.Bits.CompareTo(right.Bits);
            else return false;
            if (order is null) return false;
            switch (op)
            {
                case BinaryOperatorKind.LessThan: return order < 0;
                case BinaryOperatorKind.LessThanOrEqual: return order <= 0;
                case BinaryOperatorKind.GreaterThan: return order > 0;
                default: return order >= 0;
            }
        }

        /// <summary>The predefined <c>==</c>: values for numbers, strings and enums, references for objects.</summary>
        private bool OperatorEquals(Value left, Value right)
        {
            if (left.IsNull || right.IsNull) return left.IsNull && right.IsNull;
            if (left.IsNumeric && right.IsNumeric)
            {
                var order = Numbers.Compare(Numbers.Promote(left.Kind, right.Kind), left, right);
                return order == 0;
            }
            if (left.Kind != right.Kind) return false;
            switch (left.Kind)
            {
                case ValueKind.String: return string.Equals(left.AsString, right.AsString, StringComparison.Ordinal);
                case ValueKind.Bool:
                case ValueKind.Enum: return left.Bits == right.Bits;
                default: return ReferenceEquals(left.Ref, right.Ref) || (left.Ref is TupleValue && Equality.Equals(left, right));
            }
        }

        private Value EvaluateTupleBinary(ITupleBinaryOperation binary)
        {
            var left = Evaluate(binary.LeftOperand);
            var right = Evaluate(binary.RightOperand);
            if (left.IsUnknown || right.IsUnknown) return Value.Unknown;
            bool equal = AreEqual(left, right);
            return Value.Bool(binary.OperatorKind == BinaryOperatorKind.Equals ? equal : !equal, binary.Syntax);
        }

        private static bool IsPredefined(IMethodSymbol method) =>
            method.ContainingType?.SpecialType == SpecialType.System_Decimal || method.ContainingType?.SpecialType == SpecialType.System_String
            || method.ContainingType?.SpecialType == SpecialType.System_Delegate;

        private static bool IsRecordEquality(IMethodSymbol method) =>
            method.IsImplicitlyDeclared && method.ContainingType is { IsRecord: true }
            && (method.Name == WellKnownMemberNames.EqualityOperatorName || method.Name == WellKnownMemberNames.InequalityOperatorName);

        private Value EvaluateUnary(IUnaryOperation unary)
        {
            var operand = Evaluate(unary.Operand);
            if (operand.IsUnknown) return operand;
            if (unary.OperatorMethod != null && !IsPredefined(unary.OperatorMethod)) return CallMethod(unary.OperatorMethod, Value.Unknown, new[] { operand }, unary.Syntax);
            if (operand.IsNull) return Value.Null(unary.Syntax);
            switch (unary.OperatorKind)
            {
                case UnaryOperatorKind.Not: return Value.Bool(!operand.AsBool, unary.Syntax);
                case UnaryOperatorKind.Plus: return Numbers.Convert(operand, Numbers.Promote(operand.Kind, ValueKind.Int32), false, unary.Syntax);
                case UnaryOperatorKind.Minus:
                    var zero = Value.Int32(0, null);
                    return Binary(BinaryOperatorKind.Subtract, null, null, Numbers.Convert(zero, Numbers.Promote(operand.Kind, ValueKind.Int32), false, null), operand, unary.IsChecked, false, unary.Syntax);
                case UnaryOperatorKind.BitwiseNegation:
                    if (operand.Kind == ValueKind.Enum) return Value.Enum((ITypeSymbol)operand.Ref!, ~operand.Bits, unary.Syntax);
                    var kind = Numbers.Promote(operand.Kind, ValueKind.Int32);
                    return Numbers.Convert(Value.Primitive(ValueKind.Int64, ~Numbers.Convert(operand, kind, false, null).Bits, null), kind, false, unary.Syntax);
                case UnaryOperatorKind.Hat:
                    return Value.Object(new IndexFromEnd(operand.AsInt32), unary.Syntax);
                default:
                    return Fail(unary.Syntax, "'" + Abbreviate(unary.Syntax.ToString()) + "' cannot be evaluated at compile time");
            }
        }

        private Value EvaluateIncrement(IIncrementOrDecrementOperation increment)
        {
            var before = Evaluate(increment.Target);
            if (before.IsUnknown) return Assign(increment.Target, before);
            Value after;
            if (increment.OperatorMethod != null && !IsPredefined(increment.OperatorMethod))
            {
                after = CallMethod(increment.OperatorMethod, Value.Unknown, new[] { before }, increment.Syntax);
            }
            else
            {
                var one = Value.Int32(1, null);
                var op = increment.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
                var kind = before.Kind == ValueKind.Enum ? ValueKind.Enum : before.Kind;
                after = Binary(op, null, null, before, one, increment.IsChecked, false, increment.Syntax);
                if (kind != ValueKind.Enum && after.Kind != kind) after = Numbers.Convert(after, kind, increment.IsChecked, increment.Syntax);
            }
            Assign(increment.Target, after);
            return increment.IsPostfix ? before : after;
        }

        private Value EvaluateCompoundAssignment(ICompoundAssignmentOperation compound)
        {
            var current = Evaluate(compound.Target);
            var operand = Evaluate(compound.Value);
            if (current.IsUnknown || operand.IsUnknown) return Assign(compound.Target, Value.Unknown);
            var result = Binary(compound.OperatorKind, compound.OperatorMethod, compound.Target.Type, current, operand, compound.IsChecked, compound.IsLifted, compound.Syntax);
            var targetKind = Numbers.KindOf(compound.Target.Type);
            if (result.IsNumeric && targetKind != result.Kind && targetKind >= ValueKind.Char && targetKind <= ValueKind.Decimal)
            {
                result = Numbers.Convert(result, targetKind, compound.IsChecked, compound.Syntax);
            }
            return Assign(compound.Target, result);
        }

        private Value EvaluateConversion(IConversionOperation conversion)
        {
            var value = Evaluate(conversion.Operand);
            if (value.IsUnknown) return value;
            if (conversion.OperatorMethod != null) return CallMethod(conversion.OperatorMethod, Value.Unknown, new[] { value }, conversion.Syntax);
            return Convert(value, conversion.Type, conversion.IsChecked, !conversion.IsImplicit(), conversion.Syntax);
        }

        /// <summary>C#'s built-in conversions: numeric, enum, nullable, tuple; reference conversions checked when explicit.</summary>
        internal Value Convert(Value value, ITypeSymbol? target, bool isChecked, bool isExplicit, SyntaxNode at)
        {
            if (target is null || value.IsUnknown) return value;
            if (target is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return value.IsNull ? value : Convert(value, nullable.TypeArguments[0], isChecked, isExplicit, at);
            }
            if (value.IsNull)
            {
                if (target.IsValueType && isExplicit) throw Throw(at, "InvalidOperationException", "Nullable object must have a value.");
                return value;
            }
            var targetKind = Numbers.KindOf(target);
            if (targetKind == ValueKind.Enum)
            {
                return value.IsNumeric || value.Kind == ValueKind.Enum ? Value.Enum(target, Numbers.Convert(value, ValueKind.Int64, false, null).Bits, value.Origin) : value;
            }
            if (targetKind >= ValueKind.Char && targetKind <= ValueKind.Decimal && (value.IsNumeric || value.Kind == ValueKind.Enum))
            {
                try
                {
                    var source = value.Kind == ValueKind.Enum
                        ? Numbers.Convert(Value.Primitive(ValueKind.Int64, value.Bits, null), Numbers.KindOf(((INamedTypeSymbol)value.Ref!).EnumUnderlyingType), false, null)
                        : value;
                    return Numbers.Convert(source, targetKind, isChecked, value.Origin);
                }
                catch (OverflowException)
                {
                    throw Throw(at, "OverflowException", "Arithmetic operation resulted in an overflow.");
                }
            }
            if (target.IsTupleType && value.Ref is TupleValue tuple && target is INamedTypeSymbol tupleType)
            {
                var elements = tupleType.TupleElements;
                if (elements.Length == tuple.Items.Length)
                {
                    var items = new Value[elements.Length];
                    for (int i = 0; i < items.Length; i++) items[i] = Convert(tuple.Items[i], elements[i].Type, isChecked, false, at);
                    return Value.Object(new TupleValue(items), value.Origin);
                }
            }
            if (isExplicit && !IsOfType(value, target) && value.Kind == ValueKind.Object && (value.Ref is ObjectValue || value.Ref is DslHandle))
            {
                throw Throw(at, "InvalidCastException", "Unable to cast object to type '" + target.Name + "'.");
            }
            return value;
        }

        /// <summary>The conversion of a <c>foreach</c> element to its declared type (<c>foreach (long x in ints)</c>).</summary>
        private Value ConvertForEach(Value item, ITypeSymbol type, SyntaxNode at) =>
            item.IsNumeric && Numbers.KindOf(type) != item.Kind && type.SpecialType != SpecialType.System_Object && type.TypeKind != TypeKind.TypeParameter
                ? Convert(item, type, false, true, at)
                : item;
    }

    internal static class ConversionExtensions
    {
        /// <summary>Whether the conversion was written as a cast (C#'s own conversion object knows; the common one does not).</summary>
        public static bool IsImplicit(this IConversionOperation conversion) => conversion.IsImplicit || conversion.Conversion.IsImplicit;
    }

    /// <summary><c>^n</c>: an index from the end of an array, list or string.</summary>
    internal sealed class IndexFromEnd
    {
        public IndexFromEnd(int value) => Value = value;

        public int Value { get; }
    }
}
