using System;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// One value of the evaluated program, with its provenance: <see cref="Origin"/> is the operation in the user's
    /// source that produced it (a literal, an interpolation, a call), kept however far the value travels through
    /// locals, parameters, fields and collections, so a finding about it points where the user wrote it.
    /// Primitives live in <see cref="Bits"/> (no boxing); strings and heap values in <see cref="Ref"/>.
    /// </summary>
    internal readonly struct Value
    {
        private Value(ValueKind kind, long bits, object? reference, SyntaxNode? origin)
        {
            Kind = kind;
            Bits = bits;
            Ref = reference;
            Origin = origin;
        }

        public ValueKind Kind { get; }

        public long Bits { get; }

        public object? Ref { get; }

        public SyntaxNode? Origin { get; }

        public static readonly Value Unknown = default;

        public bool IsUnknown => Kind == ValueKind.Unknown;

        public bool IsNull => Kind == ValueKind.Null;

        public static Value Null(SyntaxNode? origin) => new Value(ValueKind.Null, 0, null, origin);

        public static Value Bool(bool value, SyntaxNode? origin) => new Value(ValueKind.Bool, value ? 1 : 0, null, origin);

        public static Value Int32(int value, SyntaxNode? origin) => new Value(ValueKind.Int32, value, null, origin);

        public static Value Int64(long value, SyntaxNode? origin) => new Value(ValueKind.Int64, value, null, origin);

        public static Value Double(double value, SyntaxNode? origin) => new Value(ValueKind.Double, BitConverter.DoubleToInt64Bits(value), null, origin);

        public static Value Char(char value, SyntaxNode? origin) => new Value(ValueKind.Char, value, null, origin);

        public static Value String(string? value, SyntaxNode? origin) =>
            value is null ? Null(origin) : new Value(ValueKind.String, 0, value, origin);

        public static Value Object(object? value, SyntaxNode? origin) =>
            value is null ? Null(origin) : new Value(ValueKind.Object, 0, value, origin);

        public static Value Enum(ITypeSymbol enumType, long bits, SyntaxNode? origin) => new Value(ValueKind.Enum, bits, enumType, origin);

        public static Value Decimal(decimal value, SyntaxNode? origin) => new Value(ValueKind.Decimal, 0, value, origin);

        /// <summary>A primitive of <paramref name="kind"/> from its bits (integers sign- or zero-extended, doubles as IEEE bits).</summary>
        public static Value Primitive(ValueKind kind, long bits, SyntaxNode? origin) => new Value(kind, bits, null, origin);

        public static Value Single(float value, SyntaxNode? origin) =>
            new Value(ValueKind.Single, BitConverter.DoubleToInt64Bits(value), null, origin);

        public Value WithOrigin(SyntaxNode? origin) => new Value(Kind, Bits, Ref, origin);

        public bool AsBool => Bits != 0;

        public string? AsString => Ref as string;

        public double AsDouble => BitConverter.Int64BitsToDouble(Bits);

        public decimal AsDecimal => Ref is decimal d ? d : 0m;

        public int AsInt32 => unchecked((int)Bits);

        public bool IsInteger => Kind >= ValueKind.Char && Kind <= ValueKind.UInt64;

        public bool IsNumeric => Kind >= ValueKind.Char && Kind <= ValueKind.Decimal;

        public T? As<T>() where T : class => Ref as T;

        public override string ToString() => Kind + ":" + (Ref ?? Bits);
    }
}
