using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// <c>EqualityComparer&lt;T&gt;.Default</c> over values, as .NET compares them in a <c>Dictionary</c>, a <c>HashSet</c>,
    /// <c>Distinct</c> or <c>Equals</c>: strings ordinally, numbers by kind and value, records, tuples and structs by
    /// their fields, other objects by reference unless their source overrides <c>Equals</c>. Hash codes only have to
    /// agree with equality: enumeration order in .NET's collections is insertion order, whatever the hashes.
    /// </summary>
    internal sealed class ValueEquality : IEqualityComparer<Value>
    {
        private readonly TopologyEvaluator _evaluator;

        public ValueEquality(TopologyEvaluator evaluator) => _evaluator = evaluator;

        public bool Equals(Value x, Value y)
        {
            if (x.IsNull || y.IsNull) return x.IsNull && y.IsNull;
            if (x.Kind != y.Kind) return false;
            switch (x.Kind)
            {
                case ValueKind.String: return string.Equals(x.AsString, y.AsString, StringComparison.Ordinal);
                case ValueKind.Decimal: return x.AsDecimal == y.AsDecimal;
                case ValueKind.Single:
                case ValueKind.Double: return x.AsDouble.Equals(y.AsDouble);
                case ValueKind.Enum: return x.Bits == y.Bits && SymbolEqualityComparer.Default.Equals((ITypeSymbol)x.Ref!, (ITypeSymbol)y.Ref!);
                case ValueKind.Object: return ObjectsEqual(x, y);
                case ValueKind.Unknown: return false;
                default: return x.Bits == y.Bits;
            }
        }

        private bool ObjectsEqual(Value x, Value y)
        {
            if (ReferenceEquals(x.Ref, y.Ref)) return true;
            switch (x.Ref)
            {
                case TupleValue a when y.Ref is TupleValue b:
                    if (a.Items.Length != b.Items.Length) return false;
                    for (int i = 0; i < a.Items.Length; i++)
                    {
                        if (!Equals(a.Items[i], b.Items[i])) return false;
                    }
                    return true;
                case ObjectValue a when y.Ref is ObjectValue b:
                    return _evaluator.ObjectsEqual(a, x, b, y);
                default:
                    return false;
            }
        }

        public int GetHashCode(Value value)
        {
            switch (value.Kind)
            {
                case ValueKind.Null:
                case ValueKind.Unknown: return 0;
                case ValueKind.String: return StringComparer.Ordinal.GetHashCode(value.AsString!);
                case ValueKind.Decimal: return value.AsDecimal.GetHashCode();
                case ValueKind.Single:
                case ValueKind.Double: return value.AsDouble.GetHashCode();
                case ValueKind.Object:
                    switch (value.Ref)
                    {
                        case TupleValue tuple:
                            int hash = 17;
                            foreach (var item in tuple.Items) hash = unchecked(hash * 31 + GetHashCode(item));
                            return hash;
                        case ObjectValue obj:
                            return _evaluator.HasValueEquality(obj) ? _evaluator.StructuralHash(obj) : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
                        default:
                            return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value.Ref!);
                    }
                default: return value.Bits.GetHashCode() ^ (int)value.Kind;
            }
        }
    }

    /// <summary>
    /// <c>Comparer&lt;T&gt;.Default</c> over values, for <c>OrderBy</c>, <c>Min</c>, <c>Max</c> and <c>Sort</c>: numbers by value,
    /// strings with the invariant culture (what <c>string.CompareTo</c> uses under <c>Topology.Build</c>), tuples
    /// element by element, null first; user types through their <c>CompareTo</c>.
    /// </summary>
    internal sealed class ValueComparer : IComparer<Value>
    {
        private readonly TopologyEvaluator _evaluator;

        public ValueComparer(TopologyEvaluator evaluator) => _evaluator = evaluator;

        public int Compare(Value x, Value y)
        {
            if (x.IsNull || y.IsNull) return x.IsNull ? (y.IsNull ? 0 : -1) : 1;
            if (x.IsNumeric && y.IsNumeric)
            {
                if (Numbers.IsFloating(x.Kind) || Numbers.IsFloating(y.Kind)) return x.AsDoubleOf().CompareTo(y.AsDoubleOf());
                return Numbers.Compare(Numbers.Promote(x.Kind, y.Kind), x, y) ?? 0;
            }
            if (x.Kind == ValueKind.String && y.Kind == ValueKind.String) return StringComparer.InvariantCulture.Compare(x.AsString, y.AsString);
            if (x.Kind == ValueKind.Bool && y.Kind == ValueKind.Bool) return x.AsBool.CompareTo(y.AsBool);
            if (x.Kind == ValueKind.Enum && y.Kind == ValueKind.Enum) return x.Bits.CompareTo(y.Bits);
            if (x.Ref is TupleValue a && y.Ref is TupleValue b)
            {
                for (int i = 0; i < a.Items.Length && i < b.Items.Length; i++)
                {
                    int order = Compare(a.Items[i], b.Items[i]);
                    if (order != 0) return order;
                }
                return 0;
            }
            return _evaluator.CompareObjects(x, y);
        }
    }

    internal static class ValueExtensions
    {
        /// <summary>Any numeric value as a double (for comparing across float and integer kinds).</summary>
        public static double AsDoubleOf(this Value value) =>
            Numbers.IsFloating(value.Kind) ? value.AsDouble : (double)Convert.ToDouble(Numbers.Box(value), System.Globalization.CultureInfo.InvariantCulture);
    }
}
