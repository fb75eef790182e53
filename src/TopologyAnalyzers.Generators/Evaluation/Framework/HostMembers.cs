using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// Strings, numbers, chars and <c>Math</c>: called on the host's own implementation of the very overload the
    /// compiler bound (found by reflection from the parameter types), so results and exceptions are .NET's. The
    /// evaluation runs under the invariant culture, as <c>Topology.Build</c> runs the method.
    /// </summary>
    internal sealed partial class Builtins
    {
        private static readonly HashSet<string> StringInstanceMembers = new HashSet<string>
        {
            "Replace", "Substring", "Split", "Trim", "TrimStart", "TrimEnd", "ToLowerInvariant", "ToUpperInvariant", "ToLower", "ToUpper",
            "StartsWith", "EndsWith", "Contains", "PadLeft", "PadRight", "IndexOf", "LastIndexOf", "IndexOfAny", "Insert", "Remove",
            "Equals", "CompareTo", "ToString", "ToCharArray",
        };

        private static readonly HashSet<string> StringStaticMembers = new HashSet<string>
        {
            "IsNullOrEmpty", "IsNullOrWhiteSpace", "Equals", "Compare", "CompareOrdinal",
        };

        private static readonly HashSet<string> MathMembers = new HashSet<string>
        {
            "Min", "Max", "Abs", "Clamp", "Pow", "Floor", "Ceiling", "Round", "Sign", "Truncate", "Sqrt", "Log2",
        };

        private static readonly HashSet<string> CharMembers = new HashSet<string>
        {
            "IsDigit", "IsLetter", "IsLetterOrDigit", "IsUpper", "IsLower", "IsWhiteSpace", "ToUpperInvariant", "ToLowerInvariant", "ToUpper", "ToLower",
        };

        private Value? StringMember(IMethodSymbol method, Value receiver, Value[] arguments, SyntaxNode? at)
        {
            if (method.IsStatic)
            {
                switch (method.Name)
                {
                    case "Format": return Format(method, arguments, at);
                    case "Join": return Join(arguments, at);
                    case "Concat": return Concat(arguments, at);
                }
                return StringStaticMembers.Contains(method.Name) ? InvokeHost(method, null, arguments, at) : null;
            }
            if (!StringInstanceMembers.Contains(method.Name)) return null;
            var result = InvokeHost(method, receiver.AsString, arguments, at);
            if (result is { Kind: ValueKind.String } text) _e.Charge(text.AsString!.Length / 64, at!);
            return result;
        }

        private Value? HostStatic(IMethodSymbol method, Value[] arguments, SyntaxNode? at, HashSet<string> allowed) =>
            method.IsStatic && allowed.Contains(method.Name) ? InvokeHost(method, null, arguments, at) : null;

        /// <summary><c>i.ToString("D2")</c>, <c>x.CompareTo(y)</c>, <c>c.ToString()</c>: members of a primitive receiver.</summary>
        private Value? PrimitiveMember(IMethodSymbol method, Value receiver, Value[] arguments, SyntaxNode? at)
        {
            if (method.IsStatic) return PrimitiveStatic(method, arguments, at);
            if (method.Name == "ToString" && receiver.Kind != ValueKind.Enum)
            {
                string? format = arguments.Length >= 1 && arguments[0].Kind == ValueKind.String ? arguments[0].AsString : null;
                return Value.String(_e.FormatValue(receiver, format, at), at);
            }
            if (method.Name == "ToString") return Value.String(_e.StringOf(receiver, at), at);
            if (method.Name == "Equals" && arguments.Length == 1) return Value.Bool(_e.AreEqual(receiver, arguments[0]), at);
            if (method.Name == "GetHashCode") return Value.Int32(_e.Equality.GetHashCode(receiver), at);
            if (method.Name == "CompareTo" && arguments.Length == 1) return Value.Int32(Math.Sign(_e.Comparer.Compare(receiver, arguments[0])), at);
            return null;
        }

        /// <summary><c>int.Parse</c>, <c>int.MaxValue</c>-style statics of the numeric types.</summary>
        private Value? PrimitiveStatic(IMethodSymbol method, Value[] arguments, SyntaxNode? at) =>
            method.Name == "Parse" || method.Name == "Max" || method.Name == "Min" || method.Name == "Abs" || method.Name == "IsDigit"
                ? InvokeHost(method, null, arguments, at)
                : null;

        private Value Format(IMethodSymbol method, Value[] arguments, SyntaxNode? at)
        {
            int first = 0;
            if (arguments.Length > 0 && arguments[0].Kind != ValueKind.String && !arguments[0].IsNull) first = 1; // an IFormatProvider
            if (first == 1) return _e.Fail(at, "'string.Format' with a format provider is not evaluated at compile time");
            string? format = arguments[first].AsString;
            if (format is null) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null. (Parameter 'format')");
            var values = new List<object?>();
            for (int i = first + 1; i < arguments.Length; i++)
            {
                if (arguments[i].Ref is ArrayValue array && method.Parameters[i].IsParams)
                {
                    foreach (var item in array.Items) values.Add(HostObject(item, at));
                }
                else values.Add(HostObject(arguments[i], at));
            }
            string text = string.Format(CultureInfo.InvariantCulture, format, values.ToArray());
            _e.Charge(text.Length / 64, at!);
            return Value.String(text, at);
        }

        private Value Join(Value[] arguments, SyntaxNode? at)
        {
            string separator = arguments[0].Kind == ValueKind.Char ? ((char)arguments[0].Bits).ToString() : arguments[0].AsString ?? "";
            var parts = new List<string>();
            for (int i = 1; i < arguments.Length; i++)
            {
                var items = Enumerable(arguments[i], at);
                foreach (var item in items) parts.Add(_e.StringOf(item, at));
            }
            string text = string.Join(separator, parts);
            _e.Charge(text.Length / 64, at!);
            return Value.String(text, at);
        }

        private Value Concat(Value[] arguments, SyntaxNode? at)
        {
            var text = new System.Text.StringBuilder();
            foreach (var argument in arguments)
            {
                if (argument.Ref is ArrayValue || argument.Ref is List<Value> || argument.Ref is SequenceValue)
                {
                    foreach (var item in Enumerable(argument, at)) text.Append(_e.StringOf(item, at));
                }
                else text.Append(_e.StringOf(argument, at));
            }
            _e.Charge(text.Length / 64, at!);
            return Value.String(text.ToString(), at);
        }

        /// <summary>Calls the host's overload matching <paramref name="method"/>'s parameter types; null when the host lacks it.</summary>
        private Value? InvokeHost(IMethodSymbol method, object? receiver, Value[] arguments, SyntaxNode? at)
        {
            if (!_hostMethods.TryGetValue(method, out var info))
            {
                info = FindHostMethod(method);
                _hostMethods[method] = info;
            }
            if (info is null) return _e.Fail(at, "'" + TopologyEvaluator.DescribeMember(method) + "' is not available to the generator in this compiler's runtime");
            var parameters = info.GetParameters();
            var hostArguments = new object?[arguments.Length];
            for (int i = 0; i < arguments.Length; i++) hostArguments[i] = ToHost(arguments[i], parameters[i].ParameterType, at);
            var result = info.Invoke(receiver, hostArguments);
            return FromHost(result, method.ReturnType, at);
        }

        private static MethodInfo? FindHostMethod(IMethodSymbol method)
        {
            var hostType = HostType(method.ContainingType);
            if (hostType is null) return null;
            var parameterTypes = new Type[method.Parameters.Length];
            for (int i = 0; i < parameterTypes.Length; i++)
            {
                var type = HostType(method.Parameters[i].Type);
                if (type is null) return null;
                parameterTypes[i] = type;
            }
            var flags = BindingFlags.Public | (method.IsStatic ? BindingFlags.Static : BindingFlags.Instance);
            return hostType.GetMethod(method.Name, flags, null, parameterTypes, null);
        }

        private static Type? HostType(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array) return HostType(array.ElementType)?.MakeArrayType();
            switch (type.SpecialType)
            {
                case SpecialType.System_Object: return typeof(object);
                case SpecialType.System_String: return typeof(string);
                case SpecialType.System_Char: return typeof(char);
                case SpecialType.System_Boolean: return typeof(bool);
                case SpecialType.System_SByte: return typeof(sbyte);
                case SpecialType.System_Byte: return typeof(byte);
                case SpecialType.System_Int16: return typeof(short);
                case SpecialType.System_UInt16: return typeof(ushort);
                case SpecialType.System_Int32: return typeof(int);
                case SpecialType.System_UInt32: return typeof(uint);
                case SpecialType.System_Int64: return typeof(long);
                case SpecialType.System_UInt64: return typeof(ulong);
                case SpecialType.System_Single: return typeof(float);
                case SpecialType.System_Double: return typeof(double);
                case SpecialType.System_Decimal: return typeof(decimal);
            }
            if (type is INamedTypeSymbol named && named.TypeArguments.Length == 0 && named.ContainingNamespace?.ToDisplayString() == "System")
            {
                // Framework enums and types of System the members take (StringSplitOptions, StringComparison, MidpointRounding, Math).
                return typeof(string).Assembly.GetType("System." + named.MetadataName) ?? Type.GetType("System." + named.MetadataName);
            }
            return null;
        }

        private object? ToHost(Value value, Type type, SyntaxNode? at)
        {
            if (value.IsNull) return null;
            if (type.IsEnum) return Enum.ToObject(type, value.Bits);
            if (type == typeof(string)) return value.Kind == ValueKind.String ? value.AsString : _e.StringOf(value, at);
            if (type.IsArray && value.Ref is ArrayValue array)
            {
                var element = type.GetElementType()!;
                var host = Array.CreateInstance(element, array.Items.Length);
                for (int i = 0; i < array.Items.Length; i++) host.SetValue(ToHost(array.Items[i], element, at), i);
                return host;
            }
            if (type == typeof(object)) return HostObject(value, at);
            var boxed = Numbers.Box(value);
            return type == boxed.GetType() ? boxed : System.Convert.ChangeType(boxed, type, CultureInfo.InvariantCulture);
        }

        /// <summary>A value as an <c>object</c> argument: primitives boxed (so format strings apply), anything else as its text.</summary>
        private object? HostObject(Value value, SyntaxNode? at)
        {
            switch (value.Kind)
            {
                case ValueKind.Null: return null;
                case ValueKind.String: return value.AsString;
                case ValueKind.Object:
                case ValueKind.Enum: return _e.StringOf(value, at);
                default: return Numbers.Box(value);
            }
        }

        private Value FromHost(object? result, ITypeSymbol type, SyntaxNode? at)
        {
            switch (result)
            {
                case null: return Value.Null(at);
                case string s: return Value.String(s, at);
                case string[] parts:
                    var items = new Value[parts.Length];
                    for (int i = 0; i < parts.Length; i++) items[i] = Value.String(parts[i], at);
                    return Value.Object(new ArrayValue(items, ((IArrayTypeSymbol)type).ElementType), at);
                case char[] chars:
                    var charItems = new Value[chars.Length];
                    for (int i = 0; i < chars.Length; i++) charItems[i] = Value.Char(chars[i], at);
                    return Value.Object(new ArrayValue(charItems, ((IArrayTypeSymbol)type).ElementType), at);
                case Enum e: return Value.Enum(type, System.Convert.ToInt64(e, CultureInfo.InvariantCulture), at);
                default: return TopologyEvaluator.FromConstant(result, type, at);
            }
        }
    }
}
