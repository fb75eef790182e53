using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Evaluation;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// One [NetworkTopology] method as the generator pipeline carries it: where to emit (namespace and the chain of
    /// partial types, outermost first), the evaluated model (partial when some code could not be evaluated: the
    /// generated members then build the topology at run time), what the evaluation read beyond its own file, and the
    /// method's documentation ID to find it again in a later compilation. Value-equatable: no symbols, syntax nodes or
    /// compilations.
    /// <see cref="Namespace"/> is written as in source (<c>@void</c>); type and method names are symbol names, without <c>@</c>.
    /// </summary>
    internal sealed record TopologyTarget(
        string Namespace,
        EquatableArray<ContainingType> Types,
        string MethodName,
        string MethodId,
        TopologyModel Model,
        ReadSet Reads)
    {
        /// <summary>Whether the whole body was evaluated, so the tables can be resolved at compile time.</summary>
        public bool IsComplete => !Model.IsPartial;

        /// <summary>How many characters of the readable part a hint name keeps; file paths stay short.</summary>
        private const int ReadableLength = 100;

        /// <summary>
        /// A file name unique per class: namespace, type chain (<c>+</c> between nested types, <c>`</c> and the generic
        /// arity) and method, in the ASCII characters a hint name allows, then a hash of the exact names. The compiler
        /// compares hint names without case (and throws on a duplicate), and the readable part also loses whatever was
        /// replaced or cut, so classes <c>Net</c> and <c>net</c> of one namespace would otherwise collide.
        /// </summary>
        public string HintName
        {
            get
            {
                var identity = new StringBuilder();
                if (Namespace.Length > 0) identity.Append(Namespace.Replace("@", "")).Append('.');
                for (int i = 0; i < Types.Count; i++)
                {
                    if (i > 0) identity.Append('+');
                    identity.Append(Types[i].Name);
                    if (Types[i].TypeParameters.Count > 0) identity.Append('`').Append(Types[i].TypeParameters.Count);
                }
                identity.Append('.').Append(MethodName);

                var readable = new StringBuilder();
                foreach (char c in CSharpIdentifiers.Truncate(identity.ToString(), ReadableLength))
                {
                    readable.Append(c == '.' || c == '+' || c == '`' || c < 128 && SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
                }
                return readable.Append('.').Append(Fnv1a(identity.ToString()).ToString("x8", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(".RouteTables.g.cs").ToString();
            }
        }

        /// <summary>FNV-1a over the UTF-16 code units: stable across runs and platforms, unlike string.GetHashCode.</summary>
        private static uint Fnv1a(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash;
        }
    }
}
