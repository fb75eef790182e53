using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// The framework members the evaluator knows (SPEC section 2b), as a table: each family in its own file (strings
    /// and numbers through the host's own implementation, LINQ, collections, guards). A member not in the table is
    /// TOPO017 at its call. Host exceptions a member throws on bad arguments become the exception the method would
    /// throw at run time.
    /// </summary>
    internal sealed partial class Builtins
    {
        private readonly TopologyEvaluator _e;
        private readonly Dictionary<IMethodSymbol, MethodInfo?> _hostMethods = new Dictionary<IMethodSymbol, MethodInfo?>(SymbolEqualityComparer.Default);

        public Builtins(TopologyEvaluator evaluator) => _e = evaluator;

        /// <summary>The result of a framework method, or null when the table has no such member.</summary>
        public Value? Call(IMethodSymbol method, Value receiver, Value[] arguments, SyntaxNode? at)
        {
            foreach (var argument in arguments)
            {
                if (argument.IsUnknown) return Value.Unknown;
            }
            var type = method.ContainingType?.OriginalDefinition;
            if (type is null) return null;
            try
            {
                switch (CachedTypeName(type))
                {
                    case "System.String": return StringMember(method, receiver, arguments, at);
                    case "System.Math": return HostStatic(method, arguments, at, MathMembers);
                    case "System.Char": return HostStatic(method, arguments, at, CharMembers) ?? PrimitiveMember(method, receiver, arguments, at);
                    case "System.Linq.Enumerable": return Linq(method, arguments, at);
                    case "System.ArgumentNullException":
                    case "System.ArgumentException":
                    case "System.ArgumentOutOfRangeException": return Guard(method, arguments, at);
                    case "System.Nullable`1": return NullableMember(method, receiver, arguments, at);
                    case "System.Object":
                    case "System.ValueType":
                    case "System.Enum":
                        return ObjectMember(method, receiver, arguments, at);
                }
                if (receiver.Kind != ValueKind.Unknown && receiver.Kind != ValueKind.Object && receiver.Kind != ValueKind.Null) return PrimitiveMember(method, receiver, arguments, at);
                if (type.IsStatic && method.IsStatic && IsNumericType(type)) return PrimitiveStatic(method, arguments, at);
                if (receiver.Kind == ValueKind.Object) return CollectionMember(method, receiver, arguments, at);
                return null;
            }
            catch (TargetInvocationException invocation) when (invocation.InnerException != null)
            {
                throw Thrown(invocation.InnerException, at);
            }
            catch (Exception exception) when (IsUserVisible(exception))
            {
                throw Thrown(exception, at);
            }
        }

        private static bool IsUserVisible(Exception exception) =>
            exception is ArgumentException || exception is FormatException || exception is InvalidOperationException
            || exception is IndexOutOfRangeException || exception is KeyNotFoundException || exception is OverflowException
            || exception is DivideByZeroException || exception is NullReferenceException || exception is InvalidCastException;

        private static EvaluationAbort Thrown(Exception exception, SyntaxNode? at) =>
            exception is EvaluationAbort abort ? abort : TopologyEvaluator.Throw(at, exception.GetType().Name, FirstLine(exception.Message));

        private static string FirstLine(string message)
        {
            int end = message.IndexOfAny(new[] { '\r', '\n' });
            return end < 0 ? message : message.Substring(0, end);
        }

        private readonly Dictionary<INamedTypeSymbol, string> _typeNames = new Dictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);

        /// <summary><see cref="TypeName"/>, worked out once per type: it runs for every framework call of a loop.</summary>
        private string CachedTypeName(INamedTypeSymbol type)
        {
            if (!_typeNames.TryGetValue(type, out var name))
            {
                name = TypeName(type);
                _typeNames.Add(type, name);
            }
            return name;
        }

        internal static string TypeName(INamedTypeSymbol type)
        {
            var ns = type.ContainingNamespace;
            string prefix = ns is null || ns.IsGlobalNamespace ? "" : ns.ToDisplayString() + ".";
            return prefix + type.MetadataName;
        }

        private static bool IsNumericType(INamedTypeSymbol type) => Numbers.KindOf(type) >= ValueKind.Char && Numbers.KindOf(type) <= ValueKind.Decimal;

        /// <summary><c>string.Empty</c> and the other static fields and properties of the framework the table knows.</summary>
        public Value StaticMember(ISymbol member, SyntaxNode at)
        {
            var type = member.ContainingType;
            if (type.SpecialType == SpecialType.System_String && member.Name == "Empty") return Value.String("", at);
            return _e.Fail(at, TopologyEvaluator.NotEvaluated(member));
        }

        private Value ObjectMember(IMethodSymbol method, Value receiver, Value[] arguments, SyntaxNode? at)
        {
            switch (method.Name)
            {
                case "ToString" when arguments.Length == 0: return Value.String(_e.StringOf(receiver, at), at);
                case "Equals" when arguments.Length == 1: return Value.Bool(_e.AreEqual(receiver, arguments[0]), at);
                case "GetHashCode" when arguments.Length == 0: return Value.Int32(_e.Equality.GetHashCode(receiver), at);
                case "ReferenceEquals" when arguments.Length == 2: return Value.Bool(ReferenceEquals(arguments[0].Ref, arguments[1].Ref) && arguments[0].Kind == ValueKind.Object || arguments[0].IsNull && arguments[1].IsNull, at);
                case "Equals" when arguments.Length == 2: return Value.Bool(_e.AreEqual(arguments[0], arguments[1]), at);
                default: return _e.Fail(at, "'" + TopologyEvaluator.DescribeMember(method) + "' is not evaluated at compile time");
            }
        }

        private Value? NullableMember(IMethodSymbol method, Value receiver, Value[] arguments, SyntaxNode? at)
        {
            switch (method.Name)
            {
                case "GetValueOrDefault":
                    if (!receiver.IsNull) return receiver;
                    return arguments.Length == 1 ? arguments[0] : _e.DefaultOf(method.ReturnType, at);
                case "ToString": return Value.String(_e.StringOf(receiver, at), at);
                case "Equals": return Value.Bool(_e.AreEqual(receiver, arguments[0]), at);
                default: return null;
            }
        }

        /// <summary>The properties of framework types: <c>Length</c>, <c>Count</c>, indexers, <c>Key</c>/<c>Value</c>, <c>HasValue</c>.</summary>
        public Value InstanceProperty(IPropertySymbol property, Value instance, Value[] arguments, SyntaxNode at)
        {
            foreach (var argument in arguments)
            {
                if (argument.IsUnknown) return Value.Unknown;
            }
            try
            {
                if (property.ContainingType?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
                {
                    if (property.Name == "HasValue") return Value.Bool(!instance.IsNull, at);
                    if (property.Name == "Value")
                    {
                        if (instance.IsNull) throw TopologyEvaluator.Throw(at, "InvalidOperationException", "Nullable object must have a value.");
                        return instance;
                    }
                }
                if (instance.Kind == ValueKind.String)
                {
                    string text = instance.AsString!;
                    if (property.Name == "Length") return Value.Int32(text.Length, at);
                    if (property.IsIndexer && arguments.Length == 1)
                    {
                        long index = arguments[0].Ref is IndexFromEnd fromEnd ? text.Length - (long)fromEnd.Value : arguments[0].Bits;
                        if (index < 0 || index >= text.Length) throw TopologyEvaluator.Throw(at, "IndexOutOfRangeException", "Index was outside the bounds of the array.");
                        return Value.Char(text[(int)index], at);
                    }
                }
                var result = CollectionProperty(property, instance, arguments, at);
                if (result.HasValue) return result.Value;
            }
            catch (Exception exception) when (IsUserVisible(exception))
            {
                throw Thrown(exception, at);
            }
            return _e.Fail(at, "'" + TopologyEvaluator.DescribeMember(property) + "' is not evaluated at compile time");
        }
    }
}
