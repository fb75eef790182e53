using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// Overload resolution for the fast path, where it is trivial or not attempted: the member is the one instance method
    /// of the receiver's DSL type whose parameters take the arguments by identity (the rest filled by their defaults), and
    /// every other member of that name provably cannot take them. Then C# picks that method: it is applicable, no other
    /// candidate is, and an applicable instance method means extension methods are never considered. Whenever another
    /// candidate might apply (a conversion that could exist, <c>params</c>, generics, <c>in</c> parameters, a non-method
    /// member of that name), the answer is null and the bound path decides.
    /// </summary>
    internal static class StraightLineOverloads
    {
        /// <summary>
        /// The method a call resolves to, or null where that is not certain. <paramref name="names"/> holds each argument's
        /// name (null for a positional one; named ones only after all positional ones).
        /// </summary>
        public static IMethodSymbol? Pick(ITypeSymbol receiverType, string name, ITypeSymbol[] arguments, Value[] values, string?[] names)
        {
            if (DslTypes.Classify(receiverType) == DslKind.None) return null;
            IMethodSymbol? exact = null;
            for (var type = receiverType; type != null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (!(member is IMethodSymbol method) || method.MethodKind != MethodKind.Ordinary) return null;
                    switch (Judge(method, arguments, values, names))
                    {
                        case Fit.Exact when exact is null && !method.IsStatic && method.DeclaredAccessibility == Accessibility.Public:
                            exact = method;
                            break;
                        case Fit.Impossible:
                            break;
                        default:
                            return null;
                    }
                }
            }
            return exact != null && DslTypes.Classify(exact.ContainingType) != DslKind.None ? exact : null;
        }

        private enum Fit
        {
            Exact,
            Impossible,
            Maybe,
        }

        private static Fit Judge(IMethodSymbol method, ITypeSymbol[] arguments, Value[] values, string?[] names)
        {
            var parameters = method.Parameters;
            foreach (var parameter in parameters)
            {
                if (parameter.IsParams || parameter.RefKind == RefKind.In) return Fit.Maybe;
            }
            if (arguments.Length > parameters.Length) return Fit.Impossible;
            var filled = new bool[parameters.Length];
            var fit = Fit.Exact;
            for (int i = 0; i < arguments.Length; i++)
            {
                int p = names[i] is null ? i : ParameterIndex(method, names[i]!);
                // No parameter of that name, or one an earlier argument took: not applicable.
                if (p < 0 || filled[p]) return Fit.Impossible;
                filled[p] = true;
                var parameter = parameters[p];
                if (parameter.RefKind != RefKind.None) return Fit.Impossible;
                if (SymbolEqualityComparer.Default.Equals(arguments[i], parameter.Type)) continue;
                if (NoImplicitConversion(arguments[i], values[i], parameter.Type)) return Fit.Impossible;
                fit = Fit.Maybe;
            }
            for (int p = 0; p < parameters.Length; p++)
            {
                if (!filled[p] && !parameters[p].HasExplicitDefaultValue) return Fit.Impossible;
            }
            return method.IsGenericMethod ? Fit.Maybe : fit;
        }

        /// <summary>The position of the parameter named <paramref name="name"/>, or -1.</summary>
        public static int ParameterIndex(IMethodSymbol method, string name)
        {
            var parameters = method.Parameters;
            for (int i = 0; i < parameters.Length; i++)
            {
                if (parameters[i].Name == name) return i;
            }
            return -1;
        }

        /// <summary>
        /// Whether no implicit conversion exists from an argument of the fast path (a string, int or bool literal, an enum
        /// member, a DSL object; never null) to <paramref name="target"/>: only for targets whose conversions C# fixes
        /// (strings, bool, numbers, enums, the DSL's classes, which declare no conversion operators and derive from
        /// object alone). Any other target might take it (object, interfaces, nullable, spans, a user type's operator).
        /// </summary>
        private static bool NoImplicitConversion(ITypeSymbol source, Value value, ITypeSymbol target)
        {
            bool targetIsNumber = IsNumber(target);
            bool targetIsDsl = DslTypes.Classify(target) != DslKind.None && target.BaseType?.SpecialType == SpecialType.System_Object;
            bool targetIsEnum = target.TypeKind == TypeKind.Enum;
            bool targetIsClosed = target.SpecialType == SpecialType.System_String || target.SpecialType == SpecialType.System_Boolean
                || targetIsNumber || targetIsEnum || targetIsDsl;
            if (!targetIsClosed) return false;
            switch (source.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Boolean:
                    return true;
                case SpecialType.System_Int32:
                    // A constant int converts to the other numeric types it fits; the literal 0 to any enum.
                    return !targetIsNumber && !(targetIsEnum && value.Bits == 0);
            }
            // An enum member or a DSL object: neither converts to another closed type (DSL classes are unrelated).
            return source.TypeKind == TypeKind.Enum
                || DslTypes.Classify(source) != DslKind.None && source.BaseType?.SpecialType == SpecialType.System_Object;
        }

        private static bool IsNumber(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Char:
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return true;
                default:
                    return false;
            }
        }
    }
}
