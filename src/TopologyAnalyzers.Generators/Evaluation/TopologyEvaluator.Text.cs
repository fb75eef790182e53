using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// How values become text, equal each other and order, as .NET does it: culture-invariant formatting (what
    /// <c>Topology.Build</c> runs the method under), records' synthesized <c>ToString</c>/<c>Equals</c>, user overrides
    /// called through their source.
    /// </summary>
    internal sealed partial class TopologyEvaluator
    {
        private ValueEquality? _equalityInstance;
        private ValueComparer? _comparerInstance;

        internal ValueEquality Equality => _equalityInstance ??= new ValueEquality(this);

        internal ValueComparer Comparer => _comparerInstance ??= new ValueComparer(this);

        /// <summary><c>value.ToString()</c>, or "" for null (as concatenation and interpolation write it).</summary>
        internal string StringOf(Value value, SyntaxNode? at) => FormatValue(value, null, at);

        internal string FormatValue(Value value, string? format, SyntaxNode? at)
        {
            // A record holding itself prints without end, as at run time: stop before the compiler's stack does.
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (value.Kind)
            {
                case ValueKind.Null: return "";
                case ValueKind.String: return value.AsString!;
                case ValueKind.Bool: return value.AsBool ? "True" : "False";
                case ValueKind.Char: return ((char)value.Bits).ToString();
                case ValueKind.Enum: return EnumText((INamedTypeSymbol)value.Ref!, value.Bits);
                case ValueKind.Object: return ObjectText(value, at);
                case ValueKind.Unknown: return "";
                default:
                    var boxed = Numbers.Box(value);
                    try
                    {
                        return ((IFormattable)boxed).ToString(format, CultureInfo.InvariantCulture);
                    }
                    catch (FormatException)
                    {
                        throw Throw(at, "FormatException", "Format string '" + format + "' is invalid.");
                    }
            }
        }

        internal static string Align(string text, int? alignment)
        {
            if (alignment is null) return text;
            int width = Math.Abs(alignment.Value);
            if (text.Length >= width) return text;
            return alignment.Value > 0 ? text.PadLeft(width) : text.PadRight(width);
        }

        /// <summary>Enum.ToString: the member's name, a [Flags] combination, or the number.</summary>
        internal static string EnumText(INamedTypeSymbol type, long bits)
        {
            var members = new List<(string Name, long Value)>();
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field)
                {
                    long value = System.Convert.ToInt64(field.ConstantValue, CultureInfo.InvariantCulture);
                    if (value == bits) return field.Name;
                    members.Add((field.Name, value));
                }
            }
            bool flags = false;
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "FlagsAttribute") flags = true;
            }
            if (flags && bits != 0)
            {
                var names = new List<string>();
                long remaining = bits;
                for (int i = members.Count - 1; i >= 0; i--)
                {
                    var (name, value) = members[i];
                    if (value != 0 && (remaining & value) == value)
                    {
                        names.Insert(0, name);
                        remaining &= ~value;
                    }
                }
                if (remaining == 0) return string.Join(", ", names);
            }
            return bits.ToString(CultureInfo.InvariantCulture);
        }

        private string ObjectText(Value value, SyntaxNode? at)
        {
            switch (value.Ref)
            {
                case ObjectValue obj:
                    var toString = FindOverride(obj.Type, "ToString", 0);
                    if (toString != null) return StringOf(CallMethod(toString, value, Array.Empty<Value>(), at), at);
                    if (obj.Type.IsAnonymousType) return "{ " + Members(obj, obj.Type, at) + " }";
                    if (obj.Type.IsRecord)
                    {
                        string members = Members(obj, obj.Type, at);
                        return obj.Type.Name + (members.Length == 0 ? " { }" : " { " + members + " }");
                    }
                    return RuntimeTypeName(obj.Type);
                case TupleValue tuple when tuple.IsKeyValuePair:
                    return "[" + StringOf(tuple.Items[0], at) + ", " + StringOf(tuple.Items[1], at) + "]";
                case TupleValue tuple:
                    var text = new StringBuilder("(");
                    for (int i = 0; i < tuple.Items.Length; i++)
                    {
                        if (i > 0) text.Append(", ");
                        text.Append(StringOf(tuple.Items[i], at));
                    }
                    return text.Append(')').ToString();
                case DslHandle handle:
                    return "TopologyAnalyzers." + (handle.Kind == DslKind.TopologyBuilder ? "TopologyBuilder" : handle.Kind.ToString());
                case ArrayValue array:
                    return RuntimeTypeName(array.ElementType) + "[]";
                default:
                    throw new EvaluationAbort(at, "The text of this value cannot be evaluated at compile time");
            }
        }

        /// <summary>A record's <c>PrintMembers</c>: its public instance fields and properties, declaration order, base first.</summary>
        private string Members(ObjectValue obj, INamedTypeSymbol type, SyntaxNode? at)
        {
            var parts = new List<string>();
            var chain = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? t = type; t != null && (t.IsRecord || t.IsAnonymousType); t = t.BaseType) chain.Insert(0, t);
            foreach (var t in chain)
            {
                foreach (var member in t.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.IsImplicitlyDeclared && !(member is IPropertySymbol)) continue;
                    Value value;
                    if (member is IPropertySymbol property && property.Parameters.Length == 0 && property.Name != "EqualityContract" && property.GetMethod != null)
                    {
                        var backing = BackingField(property);
                        value = backing != null && obj.Storage.TryGetValue(backing, out var stored) ? stored
                            : obj.Storage.TryGetValue(property, out var anonymous) ? anonymous
                            : CallMethod(property.GetMethod, Value.Object(obj, null), Array.Empty<Value>(), at);
                    }
                    else if (member is IFieldSymbol field && !field.IsConst && field.AssociatedSymbol is null)
                    {
                        value = obj.Storage.TryGetValue(field, out var stored) ? stored : DefaultOf(field.Type, at);
                    }
                    else continue;
                    parts.Add(member.Name + " = " + StringOf(value, at));
                }
            }
            return string.Join(", ", parts);
        }

        /// <summary>A type's name as <c>Type.ToString()</c> prints it: <c>Ns.Outer+Inner</c>, <c>System.Collections.Generic.List`1[System.String]</c>.</summary>
        internal static string RuntimeTypeName(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array) return RuntimeTypeName(array.ElementType) + "[]";
            var name = new StringBuilder();
            if (type.ContainingType != null) name.Append(RuntimeTypeName(type.ContainingType.OriginalDefinition)).Append('+');
            else if (type.ContainingNamespace != null && !type.ContainingNamespace.IsGlobalNamespace) name.Append(type.ContainingNamespace.ToDisplayString()).Append('.');
            name.Append(type.MetadataName);
            if (type is INamedTypeSymbol { IsGenericType: true } generic && !SymbolEqualityComparer.Default.Equals(generic, generic.OriginalDefinition))
            {
                name.Append('[');
                for (int i = 0; i < generic.TypeArguments.Length; i++)
                {
                    if (i > 0) name.Append(',');
                    name.Append(RuntimeTypeName(generic.TypeArguments[i]));
                }
                name.Append(']');
            }
            return name.ToString();
        }

        /// <summary>A method a user type (or its user base) declares to override <c>object</c>'s, or null.</summary>
        private IMethodSymbol? FindOverride(INamedTypeSymbol type, string name, int parameters)
        {
            for (INamedTypeSymbol? t = type; t != null && IsInSource(t); t = t.BaseType)
            {
                foreach (var member in t.GetMembers(name))
                {
                    if (member is IMethodSymbol method && !method.IsImplicitlyDeclared && method.Parameters.Length == parameters && !method.IsStatic
                        && (method.IsOverride || t.IsValueType && method.IsOverride))
                    {
                        return method;
                    }
                }
            }
            return null;
        }

        internal bool AreEqual(Value x, Value y) => Equality.Equals(x, y);

        internal bool HasValueEquality(ObjectValue obj) => obj.Type.IsRecord || obj.Type.IsAnonymousType || obj.Type.IsValueType;

        internal bool ObjectsEqual(ObjectValue a, Value x, ObjectValue b, Value y)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            var equals = FindOverride(a.Type, "Equals", 1);
            if (equals != null) return CallMethod(equals, x, new[] { y }, null).AsBool;
            if (!HasValueEquality(a) || !SymbolEqualityComparer.Default.Equals(a.Type, b.Type)) return false;
            foreach (var entry in a.Storage)
            {
                if (entry.Key is IParameterSymbol) continue;
                if (!b.Storage.TryGetValue(entry.Key, out var other) || !Equality.Equals(entry.Value, other)) return false;
            }
            return true;
        }

        internal int StructuralHash(ObjectValue obj)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (FindOverride(obj.Type, "Equals", 1) != null) return 0;
            int hash = 17;
            foreach (var entry in obj.Storage)
            {
                if (!(entry.Key is IParameterSymbol)) hash = unchecked(hash * 31 + Equality.GetHashCode(entry.Value));
            }
            return hash;
        }

        internal int CompareObjects(Value x, Value y)
        {
            if (x.Ref is ObjectValue obj)
            {
                foreach (var member in obj.Type.GetMembers("CompareTo"))
                {
                    if (member is IMethodSymbol method && method.Parameters.Length == 1 && !method.IsStatic) return CallMethod(method, x, new[] { y }, null).AsInt32;
                }
            }
            throw new EvaluationAbort(default(Spot), "Failed to compare two elements: at least one must implement IComparable", "InvalidOperationException");
        }

        /// <summary>A record's synthesized <c>ToString</c>, <c>Equals</c>, <c>GetHashCode</c>; null for one the evaluator leaves to its source.</summary>
        private Value? RecordMember(IMethodSymbol method, ObjectValue record, Value receiver, Value[] arguments, SyntaxNode? at) =>
            method.Name switch
            {
                "ToString" when arguments.Length == 0 => Value.String(StringOf(receiver, at), at),
                "Equals" when arguments.Length == 1 => Value.Bool(AreEqual(receiver, arguments[0]), at),
                "GetHashCode" when arguments.Length == 0 => Value.Int32(Equality.GetHashCode(receiver), at),
                _ => null,
            };

        /// <summary><c>object</c>'s own <c>ToString</c>, <c>Equals</c>, <c>GetHashCode</c> on a user object that does not override them.</summary>
        private Value ObjectMember(IMethodSymbol method, Value receiver, Value[] arguments, SyntaxNode? at) =>
            method.Name switch
            {
                "ToString" => Value.String(StringOf(receiver, at), at),
                "Equals" => Value.Bool(arguments.Length == 1 && AreEqual(receiver, arguments[0]), at),
                _ => Value.Int32(Equality.GetHashCode(receiver), at),
            };
    }
}
