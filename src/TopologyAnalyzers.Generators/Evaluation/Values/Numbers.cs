using System;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// C#'s numeric conversions and arithmetic on <see cref="Value"/>s, done with the host's own operators on the same
    /// types, so wrapping, truncation, rounding and the exceptions of checked code are exactly C#'s.
    /// </summary>
    internal static class Numbers
    {
        public static ValueKind KindOf(ITypeSymbol? type)
        {
            if (type is null) return ValueKind.Unknown;
            if (type.TypeKind == TypeKind.Enum) return ValueKind.Enum;
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean: return ValueKind.Bool;
                case SpecialType.System_Char: return ValueKind.Char;
                case SpecialType.System_SByte: return ValueKind.SByte;
                case SpecialType.System_Byte: return ValueKind.Byte;
                case SpecialType.System_Int16: return ValueKind.Int16;
                case SpecialType.System_UInt16: return ValueKind.UInt16;
                case SpecialType.System_Int32: return ValueKind.Int32;
                case SpecialType.System_UInt32: return ValueKind.UInt32;
                case SpecialType.System_Int64: return ValueKind.Int64;
                case SpecialType.System_UInt64: return ValueKind.UInt64;
                case SpecialType.System_Single: return ValueKind.Single;
                case SpecialType.System_Double: return ValueKind.Double;
                case SpecialType.System_Decimal: return ValueKind.Decimal;
                case SpecialType.System_String: return ValueKind.String;
                default: return ValueKind.Object;
            }
        }

        public static bool IsUnsigned(ValueKind kind) =>
            kind == ValueKind.Byte || kind == ValueKind.UInt16 || kind == ValueKind.UInt32 || kind == ValueKind.UInt64 || kind == ValueKind.Char;

        public static bool IsFloating(ValueKind kind) => kind == ValueKind.Single || kind == ValueKind.Double;

        /// <summary>The host value of a numeric (or enum, bool) value, boxed: for formatting and the framework members.</summary>
        public static object Box(Value value)
        {
            switch (value.Kind)
            {
                case ValueKind.Bool: return value.AsBool;
                case ValueKind.Char: return (char)value.Bits;
                case ValueKind.SByte: return (sbyte)value.Bits;
                case ValueKind.Byte: return (byte)value.Bits;
                case ValueKind.Int16: return (short)value.Bits;
                case ValueKind.UInt16: return (ushort)value.Bits;
                case ValueKind.Int32: return (int)value.Bits;
                case ValueKind.UInt32: return (uint)value.Bits;
                case ValueKind.Int64: return value.Bits;
                case ValueKind.UInt64: return unchecked((ulong)value.Bits);
                case ValueKind.Single: return (float)value.AsDouble;
                case ValueKind.Double: return value.AsDouble;
                case ValueKind.Decimal: return value.AsDecimal;
                default: return value.Bits;
            }
        }

        /// <summary>A numeric value converted to <paramref name="target"/> (C# cast semantics; checked when <paramref name="isChecked"/>).</summary>
        public static Value Convert(Value value, ValueKind target, bool isChecked, SyntaxNode? origin)
        {
            var source = value.Kind == ValueKind.Enum ? ValueKind.Int64 : value.Kind;
            if (source == target) return value.WithOrigin(origin ?? value.Origin);
            origin ??= value.Origin;
            if (source == ValueKind.Decimal) return FromDecimal(value.AsDecimal, target, origin);
            if (IsFloating(source)) return FromDouble(source == ValueKind.Single ? (float)value.AsDouble : value.AsDouble, target, isChecked, origin);
            if (source == ValueKind.UInt64) return FromUInt64(unchecked((ulong)value.Bits), target, isChecked, origin);
            return FromInt64(value.Bits, target, isChecked, origin);
        }

        private static Value FromInt64(long v, ValueKind target, bool c, SyntaxNode? o)
        {
            switch (target)
            {
                case ValueKind.SByte: return Value.Primitive(target, c ? checked((sbyte)v) : unchecked((sbyte)v), o);
                case ValueKind.Byte: return Value.Primitive(target, c ? checked((byte)v) : unchecked((byte)v), o);
                case ValueKind.Int16: return Value.Primitive(target, c ? checked((short)v) : unchecked((short)v), o);
                case ValueKind.UInt16: return Value.Primitive(target, c ? checked((ushort)v) : unchecked((ushort)v), o);
                case ValueKind.Char: return Value.Primitive(target, c ? checked((char)v) : unchecked((char)v), o);
                case ValueKind.Int32: return Value.Primitive(target, c ? checked((int)v) : unchecked((int)v), o);
                case ValueKind.UInt32: return Value.Primitive(target, c ? checked((uint)v) : unchecked((uint)v), o);
                case ValueKind.Int64: return Value.Primitive(target, v, o);
                case ValueKind.UInt64: return Value.Primitive(target, unchecked((long)(c ? checked((ulong)v) : unchecked((ulong)v))), o);
                case ValueKind.Single: return Value.Single(v, o);
                case ValueKind.Double: return Value.Double(v, o);
                case ValueKind.Decimal: return Value.Decimal(v, o);
                default: return Value.Primitive(ValueKind.Int64, v, o);
            }
        }

        private static Value FromUInt64(ulong v, ValueKind target, bool c, SyntaxNode? o)
        {
            switch (target)
            {
                case ValueKind.Int64: return Value.Primitive(target, c ? checked((long)v) : unchecked((long)v), o);
                case ValueKind.Single: return Value.Single(v, o);
                case ValueKind.Double: return Value.Double(v, o);
                case ValueKind.Decimal: return Value.Decimal(v, o);
                case ValueKind.UInt64: return Value.Primitive(target, unchecked((long)v), o);
                default: return FromInt64(c ? checked((long)v) : unchecked((long)v), target, c, o);
            }
        }

        private static Value FromDouble(double v, ValueKind target, bool c, SyntaxNode? o)
        {
            switch (target)
            {
                case ValueKind.Single: return Value.Single((float)v, o);
                case ValueKind.Double: return Value.Double(v, o);
                case ValueKind.Decimal: return Value.Decimal((decimal)v, o);
                case ValueKind.UInt64: return Value.Primitive(target, unchecked((long)(c ? checked((ulong)v) : unchecked((ulong)v))), o);
                case ValueKind.Int64: return Value.Primitive(target, c ? checked((long)v) : unchecked((long)v), o);
                case ValueKind.Int32: return Value.Primitive(target, c ? checked((int)v) : unchecked((int)v), o);
                case ValueKind.UInt32: return Value.Primitive(target, c ? checked((uint)v) : unchecked((uint)v), o);
                case ValueKind.Int16: return Value.Primitive(target, c ? checked((short)v) : unchecked((short)v), o);
                case ValueKind.UInt16: return Value.Primitive(target, c ? checked((ushort)v) : unchecked((ushort)v), o);
                case ValueKind.SByte: return Value.Primitive(target, c ? checked((sbyte)v) : unchecked((sbyte)v), o);
                case ValueKind.Byte: return Value.Primitive(target, c ? checked((byte)v) : unchecked((byte)v), o);
                case ValueKind.Char: return Value.Primitive(target, c ? checked((char)v) : unchecked((char)v), o);
                default: return Value.Double(v, o);
            }
        }

        private static Value FromDecimal(decimal v, ValueKind target, SyntaxNode? o)
        {
            switch (target)
            {
                case ValueKind.Double: return Value.Double((double)v, o);
                case ValueKind.Single: return Value.Single((float)v, o);
                case ValueKind.UInt64: return Value.Primitive(target, unchecked((long)(ulong)v), o);
                case ValueKind.Decimal: return Value.Decimal(v, o);
                default: return FromInt64((long)v, target, true, o);
            }
        }

        /// <summary><paramref name="left"/> op <paramref name="right"/> for operands of one numeric kind; null for an operator that is not arithmetic.</summary>
        public static Value? Arithmetic(Microsoft.CodeAnalysis.Operations.BinaryOperatorKind op, ValueKind kind, Value left, Value right, bool c, SyntaxNode o)
        {
            left = Convert(left, kind, false, left.Origin);
            right = Convert(right, kind, false, right.Origin);
            switch (kind)
            {
                case ValueKind.Int32:
                {
                    int x = left.AsInt32, y = right.AsInt32;
                    switch (op)
                    {
                        case Ops.Add: return Value.Int32(c ? checked(x + y) : unchecked(x + y), o);
                        case Ops.Subtract: return Value.Int32(c ? checked(x - y) : unchecked(x - y), o);
                        case Ops.Multiply: return Value.Int32(c ? checked(x * y) : unchecked(x * y), o);
                        case Ops.Divide: return Value.Int32(x / y, o);
                        case Ops.Remainder: return Value.Int32(x % y, o);
                        case Ops.And: return Value.Int32(x & y, o);
                        case Ops.Or: return Value.Int32(x | y, o);
                        case Ops.ExclusiveOr: return Value.Int32(x ^ y, o);
                        case Ops.LeftShift: return Value.Int32(x << y, o);
                        case Ops.RightShift: return Value.Int32(x >> y, o);
                    }
                    break;
                }
                case ValueKind.UInt32:
                {
                    uint x = (uint)left.Bits, y = (uint)right.Bits;
                    switch (op)
                    {
                        case Ops.Add: return Value.Primitive(kind, c ? checked(x + y) : unchecked(x + y), o);
                        case Ops.Subtract: return Value.Primitive(kind, c ? checked(x - y) : unchecked(x - y), o);
                        case Ops.Multiply: return Value.Primitive(kind, c ? checked(x * y) : unchecked(x * y), o);
                        case Ops.Divide: return Value.Primitive(kind, x / y, o);
                        case Ops.Remainder: return Value.Primitive(kind, x % y, o);
                        case Ops.And: return Value.Primitive(kind, x & y, o);
                        case Ops.Or: return Value.Primitive(kind, x | y, o);
                        case Ops.ExclusiveOr: return Value.Primitive(kind, x ^ y, o);
                        case Ops.LeftShift: return Value.Primitive(kind, x << (int)y, o);
                        case Ops.RightShift: return Value.Primitive(kind, x >> (int)y, o);
                    }
                    break;
                }
                case ValueKind.Int64:
                {
                    long x = left.Bits, y = right.Bits;
                    switch (op)
                    {
                        case Ops.Add: return Value.Int64(c ? checked(x + y) : unchecked(x + y), o);
                        case Ops.Subtract: return Value.Int64(c ? checked(x - y) : unchecked(x - y), o);
                        case Ops.Multiply: return Value.Int64(c ? checked(x * y) : unchecked(x * y), o);
                        case Ops.Divide: return Value.Int64(x / y, o);
                        case Ops.Remainder: return Value.Int64(x % y, o);
                        case Ops.And: return Value.Int64(x & y, o);
                        case Ops.Or: return Value.Int64(x | y, o);
                        case Ops.ExclusiveOr: return Value.Int64(x ^ y, o);
                        case Ops.LeftShift: return Value.Int64(x << (int)y, o);
                        case Ops.RightShift: return Value.Int64(x >> (int)y, o);
                    }
                    break;
                }
                case ValueKind.UInt64:
                {
                    ulong x = unchecked((ulong)left.Bits), y = unchecked((ulong)right.Bits);
                    ulong? r = op switch
                    {
                        Ops.Add => c ? checked(x + y) : unchecked(x + y),
                        Ops.Subtract => c ? checked(x - y) : unchecked(x - y),
                        Ops.Multiply => c ? checked(x * y) : unchecked(x * y),
                        Ops.Divide => x / y,
                        Ops.Remainder => x % y,
                        Ops.And => x & y,
                        Ops.Or => x | y,
                        Ops.ExclusiveOr => x ^ y,
                        Ops.LeftShift => x << (int)y,
                        Ops.RightShift => x >> (int)y,
                        _ => null,
                    };
                    if (r.HasValue) return Value.Primitive(kind, unchecked((long)r.Value), o);
                    break;
                }
                case ValueKind.Single:
                case ValueKind.Double:
                {
                    double x = left.AsDouble, y = right.AsDouble;
                    double? r = op switch
                    {
                        Ops.Add => x + y,
                        Ops.Subtract => x - y,
                        Ops.Multiply => x * y,
                        Ops.Divide => x / y,
                        Ops.Remainder => x % y,
                        _ => null,
                    };
                    if (r.HasValue) return kind == ValueKind.Single ? Value.Single((float)r.Value, o) : Value.Double(r.Value, o);
                    break;
                }
                case ValueKind.Decimal:
                {
                    decimal x = left.AsDecimal, y = right.AsDecimal;
                    decimal? r = op switch
                    {
                        Ops.Add => x + y,
                        Ops.Subtract => x - y,
                        Ops.Multiply => x * y,
                        Ops.Divide => x / y,
                        Ops.Remainder => x % y,
                        _ => null,
                    };
                    if (r.HasValue) return Value.Decimal(r.Value, o);
                    break;
                }
            }
            return null;
        }

        /// <summary>Compares two numeric values of one kind: negative, zero or positive; null when unordered (NaN).</summary>
        public static int? Compare(ValueKind kind, Value left, Value right)
        {
            left = Convert(left, kind, false, null);
            right = Convert(right, kind, false, null);
            switch (kind)
            {
                case ValueKind.UInt64: return unchecked((ulong)left.Bits).CompareTo(unchecked((ulong)right.Bits));
                case ValueKind.Single:
                case ValueKind.Double:
                    double x = left.AsDouble, y = right.AsDouble;
                    if (double.IsNaN(x) || double.IsNaN(y)) return null;
                    return x.CompareTo(y);
                case ValueKind.Decimal: return left.AsDecimal.CompareTo(right.AsDecimal);
                default: return left.Bits.CompareTo(right.Bits);
            }
        }

        /// <summary>The wider of two numeric kinds, as C#'s binary numeric promotion picks it.</summary>
        public static ValueKind Promote(ValueKind a, ValueKind b)
        {
            if (a == ValueKind.Decimal || b == ValueKind.Decimal) return ValueKind.Decimal;
            if (a == ValueKind.Double || b == ValueKind.Double) return ValueKind.Double;
            if (a == ValueKind.Single || b == ValueKind.Single) return ValueKind.Single;
            if (a == ValueKind.UInt64 || b == ValueKind.UInt64) return ValueKind.UInt64;
            if (a == ValueKind.Int64 || b == ValueKind.Int64) return ValueKind.Int64;
            if ((a == ValueKind.UInt32 && !IsSigned(b)) || (b == ValueKind.UInt32 && !IsSigned(a))) return ValueKind.UInt32;
            if (a == ValueKind.UInt32 || b == ValueKind.UInt32) return ValueKind.Int64;
            return ValueKind.Int32;
        }

        private static bool IsSigned(ValueKind kind) => kind == ValueKind.SByte || kind == ValueKind.Int16 || kind == ValueKind.Int32 || kind == ValueKind.Int64;
    }

    internal static class Ops
    {
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind Add = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Add;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind Subtract = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Subtract;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind Multiply = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Multiply;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind Divide = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Divide;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind Remainder = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Remainder;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind And = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.And;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind Or = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Or;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind ExclusiveOr = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.ExclusiveOr;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind LeftShift = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LeftShift;
        public const Microsoft.CodeAnalysis.Operations.BinaryOperatorKind RightShift = Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.RightShift;
    }
}
