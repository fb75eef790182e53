using System;
using System.Linq;
using System.Reflection;

namespace TopologyAnalyzers.Tests.Packaging
{
    /// <summary>
    /// The IDs the C# compiler gives members in an XML documentation file (<c>M:TopologyAnalyzers.Vpc.Route(System.String,TopologyAnalyzers.Attachment)</c>),
    /// worked out from reflection, so the public API can be matched against the file the package ships.
    /// </summary>
    internal static class DocumentationIds
    {
        public static string Of(Type type) => "T:" + TypeName(type);

        public static string Of(MemberInfo member)
        {
            string owner = TypeName(member.DeclaringType!);
            switch (member)
            {
                case ConstructorInfo constructor:
                    return "M:" + owner + "." + (constructor.IsStatic ? "#cctor" : "#ctor") + Parameters(constructor.GetParameters());
                case MethodInfo method:
                    string name = method.Name + (method.IsGenericMethodDefinition ? "``" + method.GetGenericArguments().Length : "");
                    string id = "M:" + owner + "." + name + Parameters(method.GetParameters());
                    return method.Name is "op_Implicit" or "op_Explicit" ? id + "~" + ParameterType(method.ReturnType) : id;
                case PropertyInfo property:
                    return "P:" + owner + "." + property.Name + Parameters(property.GetIndexParameters());
                case FieldInfo field:
                    return "F:" + owner + "." + field.Name;
                case EventInfo @event:
                    return "E:" + owner + "." + @event.Name;
                default:
                    throw new ArgumentException("No documentation ID for " + member.MemberType, nameof(member));
            }
        }

        private static string Parameters(ParameterInfo[] parameters) =>
            parameters.Length == 0 ? "" : "(" + string.Join(",", parameters.Select(p => ParameterType(p.ParameterType))) + ")";

        /// <summary>A type as written in a member's ID: generic arguments in braces, type parameters by position.</summary>
        private static string ParameterType(Type type)
        {
            if (type.IsByRef) return ParameterType(type.GetElementType()!) + "@";
            if (type.IsArray) return ParameterType(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
            if (type.IsPointer) return ParameterType(type.GetElementType()!) + "*";
            if (type.IsGenericParameter) return (type.DeclaringMethod != null ? "``" : "`") + type.GenericParameterPosition;
            if (!type.IsGenericType) return TypeName(type);
            string definition = TypeName(type.GetGenericTypeDefinition());
            string bare = definition.Substring(0, definition.LastIndexOf('`'));
            return bare + "{" + string.Join(",", type.GetGenericArguments().Select(ParameterType)) + "}";
        }

        /// <summary>The type's full name with <c>.</c> between nested types, generic arity kept (<c>List`1</c>).</summary>
        private static string TypeName(Type type) =>
            type.IsNested ? TypeName(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? "" : type.Namespace + ".") + type.Name;
    }
}
