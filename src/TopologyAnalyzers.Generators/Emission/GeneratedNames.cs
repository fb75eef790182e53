using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// Every name the generated files declare: the members added to the user's partial types, the namespace of the tables
    /// types, and the tables types themselves (their names all hold <see cref="TablesTypeMarker"/>). A test parses the
    /// output of both emitters and fails on a declared name missing here.
    /// </summary>
    /// <remarks>
    /// Adding the generated files to a compilation can only change what a name in the user's code binds to when that
    /// code says one of these names: generated code adds no extension method, using directive, operator, conversion or
    /// pattern member (<c>GetEnumerator</c>, <c>Deconstruct</c>, <c>Add</c>), and no type a simple name could find except
    /// under these names. <see cref="Evaluation.EvaluationHandOff"/> relies on that.
    /// </remarks>
    internal static class GeneratedNames
    {
        public const string RouteTables = "RouteTables";
        public const string PrivateZones = "PrivateZones";
        public const string Mermaid = "Mermaid";
        public const string Terraform = "Terraform";
        public const string Trace = "Trace";
        public const string RuntimeField = "s_topologyAnalyzersRuntime";

        /// <summary>The last part of <see cref="TopologyTarget.TablesNamespace"/>, a namespace of its own.</summary>
        public const string TablesNamespaceName = "Generated";

        /// <summary>What every tables type's name holds (<see cref="TopologyTarget.TablesTypeName"/>).</summary>
        public const string TablesTypeMarker = "_RouteTables_";

        private static readonly string[] Searched = { RouteTables, PrivateZones, Mermaid, Terraform, Trace, RuntimeField, TablesNamespaceName };

        private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<bool>> Mentions = new ConditionalWeakTable<SyntaxTree, StrongBox<bool>>();

        /// <summary>Whether an identifier in <paramref name="tree"/> is one of these names (worked out once per tree).</summary>
        public static bool AreMentionedIn(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (Mentions.TryGetValue(tree, out var known)) return known.Value;
            bool mentioned = Scan(tree, cancellationToken);
            Mentions.GetValue(tree, _ => new StrongBox<bool>(mentioned));
            return mentioned;
        }

        /// <summary>Whether <paramref name="name"/> is one of the generated names, or a tables type's.</summary>
        public static bool IsGenerated(string name) =>
            Array.IndexOf(Searched, name) >= 0 || name.IndexOf(TablesTypeMarker, StringComparison.Ordinal) >= 0;

        private static bool Scan(SyntaxTree tree, CancellationToken cancellationToken) =>
            IdentifierSearch.Any(tree, Searched, IsGenerated, cancellationToken);
    }
}
