using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Evaluation;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// One [NetworkTopology] method as the generator pipeline carries it: where to emit (namespace and the chain of
    /// partial types, outermost first), the evaluated model (partial when some code could not be evaluated: the
    /// generated members then build the topology at run time), what the evaluation read beyond its own file, the
    /// method's documentation ID to find it again in a later compilation, and whether its class can be seen from other
    /// assemblies. Value-equatable: no symbols, syntax nodes or compilations.
    /// <see cref="Namespace"/> is written as in source (<c>@void</c>); type and method names are symbol names, without <c>@</c>.
    /// <see cref="VisibleOutsideAssembly"/>: whether the method's class and every type it is nested in are public,
    /// protected or protected internal, so its generated <c>RouteTables</c> property can be reached from another
    /// assembly: the tables type must then be public (else CS0053), and is internal otherwise, so that an internal class
    /// adds nothing to its assembly's public API (<see cref="ExternalVisibility"/>).
    /// </summary>
    internal sealed record TopologyTarget(
        string Namespace,
        EquatableArray<ContainingType> Types,
        string MethodName,
        string MethodId,
        TopologyModel Model,
        ReadSet Reads,
        bool VisibleOutsideAssembly)
    {
        /// <summary>The namespace of every generated tables type (<see cref="TablesTypeName"/>): the package's own, so no name of the user's is in it.</summary>
        public const string TablesNamespace = "TopologyAnalyzers." + GeneratedNames.TablesNamespaceName;

        /// <summary>How many characters of the readable part a hint name keeps; file paths stay short.</summary>
        private const int ReadableLength = 100;

        /// <summary>How many characters of the readable part a tables type name keeps, for names a hover can show.</summary>
        private const int TypeNameReadableLength = 64;

        /// <summary>Whether the whole body was evaluated, so the tables can be resolved at compile time.</summary>
        public bool IsComplete => !Model.IsPartial;

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
                string identity = Identity();
                var readable = new StringBuilder();
                foreach (char c in CSharpIdentifiers.Truncate(identity, ReadableLength))
                {
                    readable.Append(c == '.' || c == '+' || c == '`' || c < 128 && SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
                }
                return readable.Append('.').Append(Hash(identity)).Append(".RouteTables.g.cs").ToString();
            }
        }

        /// <summary>
        /// The name of the class holding the typed table properties, in <see cref="TablesNamespace"/>, top-level: a type
        /// nested in the user's class would be one of its members, which the compiler and the analyzer driver complete
        /// (a thousand properties) whenever they look at the user's half. <c>CrossAccountVpcs_Define_RouteTables_60c47e8e</c>: the type
        /// chain and the method, made an identifier and cut to 64 characters, then the hash of <see cref="HintName"/>. The
        /// readable part alone may repeat (<c>A.B_C</c> and <c>A_B.C</c>, <c>Big&lt;T&gt;</c> and <c>Big</c>, namespaces
        /// left out), the hash of the exact names tells them apart. Never a keyword: it ends in <c>_</c> and eight hex digits.
        /// </summary>
        public string TablesTypeName
        {
            get
            {
                var readable = new StringBuilder();
                foreach (var type in Types) readable.Append(type.Name).Append('_');
                readable.Append(MethodName);
                string name = CSharpIdentifiers.FromText(CSharpIdentifiers.Truncate(readable.ToString(), TypeNameReadableLength));
                return name + GeneratedNames.TablesTypeMarker + Hash(Identity());
            }
        }

        /// <summary>The exact names: namespace, type chain (<c>+</c> between nested types, <c>`</c> and the generic arity), method.</summary>
        private string Identity()
        {
            var identity = new StringBuilder();
            if (Namespace.Length > 0) identity.Append(Namespace.Replace("@", "")).Append('.');
            for (int i = 0; i < Types.Count; i++)
            {
                if (i > 0) identity.Append('+');
                identity.Append(Types[i].Name);
                if (Types[i].TypeParameters.Count > 0) identity.Append('`').Append(Types[i].TypeParameters.Count);
            }
            return identity.Append('.').Append(MethodName).ToString();
        }

        /// <summary>FNV-1a over the UTF-16 code units, as eight hex digits: stable across runs and platforms, unlike string.GetHashCode.</summary>
        private static string Hash(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }
            return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
