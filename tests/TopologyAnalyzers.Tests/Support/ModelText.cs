using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// A topology model as text, source spans left out: the generator's model (its own copy of the engine's types) and
    /// the run time's can then be compared for equality, field by field.
    /// </summary>
    internal static class ModelText
    {
        public static string Of(object model)
        {
            var text = new StringBuilder();
            Write(text, model, 0);
            return text.ToString();
        }

        private static void Write(StringBuilder text, object? value, int depth)
        {
            if (value is null)
            {
                text.Append("null");
                return;
            }
            var type = value.GetType();
            if (value is string || type.IsPrimitive || type.IsEnum)
            {
                text.Append(value is string s ? "\"" + s + "\"" : value.ToString());
                return;
            }
            if (value is IEnumerable items)
            {
                text.Append('[');
                foreach (var item in items)
                {
                    text.Append('\n').Append(' ', depth * 2 + 2);
                    Write(text, item, depth + 1);
                }
                text.Append(']');
                return;
            }
            text.Append(type.Name).Append(" {");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
            {
                if (property.PropertyType.Name == "SourceSpan" || property.Name == "EqualityContract" || property.GetIndexParameters().Length > 0) continue;
                text.Append(' ').Append(property.Name).Append('=');
                Write(text, property.GetValue(value), depth + 1);
            }
            text.Append(" }");
        }
    }
}
