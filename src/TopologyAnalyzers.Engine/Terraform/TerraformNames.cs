using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Terraform names (resource and data names, provider aliases, variable names) derived from DSL names: lower-case
    /// ASCII letters, digits and underscores, starting with a letter, at most <see cref="MaxLength"/> characters. Each
    /// namespace (a resource type, the aliases, the variables) hands out every name once: a later object whose name
    /// comes out the same gets <c>_2</c>, <c>_3</c>, ... in declaration order, so the names are deterministic.
    /// </summary>
    internal sealed class TerraformNames
    {
        /// <summary>Long enough to read, short enough to keep addresses on one screen line.</summary>
        public const int MaxLength = 64;

        private readonly Dictionary<string, HashSet<string>> _taken = new Dictionary<string, HashSet<string>>(System.StringComparer.Ordinal);

        /// <summary>
        /// A name in <paramref name="space"/> for an object called <paramref name="text"/> (see <see cref="Identifier"/>),
        /// not handed out there before.
        /// </summary>
        public string Claim(string space, string? text, string fallback)
        {
            if (!_taken.TryGetValue(space, out var taken))
            {
                taken = new HashSet<string>(System.StringComparer.Ordinal);
                _taken.Add(space, taken);
            }
            string name = Identifier(text, fallback);
            if (taken.Add(name)) return name;
            for (int n = 2; ; n++)
            {
                string suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
                string stem = name.Length + suffix.Length > MaxLength ? name.Substring(0, MaxLength - suffix.Length).TrimEnd('_') : name;
                string candidate = stem + suffix;
                if (taken.Add(candidate)) return candidate;
            }
        }

        /// <summary>
        /// <paramref name="text"/> as a Terraform identifier: ASCII letters lower-cased, digits kept, every run of other
        /// characters one underscore, none at either end. A result that is empty or starts with a digit is prefixed
        /// with <paramref name="fallback"/> (itself a valid identifier), so <c>7up</c> becomes <c>vpc_7up</c>.
        /// </summary>
        public static string Identifier(string? text, string fallback)
        {
            var name = new StringBuilder();
            bool gap = false;
            foreach (char c in text ?? "")
            {
                char lower = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : c;
                if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
                {
                    if (gap && name.Length > 0) name.Append('_');
                    name.Append(lower);
                    gap = false;
                }
                else
                {
                    gap = true;
                }
            }
            string result = name.ToString();
            if (result.Length == 0) result = fallback;
            else if (result[0] >= '0' && result[0] <= '9') result = fallback + "_" + result;
            return result.Length > MaxLength ? result.Substring(0, MaxLength).TrimEnd('_') : result;
        }
    }
}
