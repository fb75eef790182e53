using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// Property names for the tables: a valid C# identifier derived from the table (<c>VPC1</c>,
    /// <c>TR_ap_southeast_1</c>, <c>TR_ap_southeast_1_shared</c>), with collisions (with each other, with the
    /// members of <c>RouteTableSet</c>, with the generated class) resolved by <c>_2</c>, <c>_3</c>... in table order.
    /// </summary>
    internal static class TableIdentifiers
    {
        private static readonly string[] Reserved =
        {
            "Count", "ForVpc", "ForTransitRouter", "ToMarkdown", "GetEnumerator", "Item",
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "Instance", "Data", "Zones", "ZoneData", "MermaidText", "TerraformText",
        };

        public static string[] For(ResolvedNetwork network, string className)
        {
            var used = new HashSet<string>(Reserved) { className };
            var names = new string[network.Tables.Count];
            for (int i = 0; i < names.Length; i++)
            {
                var table = network.Tables[i];
                // A keyword is escaped once the whole name is known: "TR_x_" + "@class" would not be an identifier.
                string baseName = EscapeKeyword(table.Kind == TableKind.Vpc
                    ? Sanitize(table.Name)
                    : "TR_" + Sanitize(table.Region) + (table.Name == ResolvedTable.DefaultTableName ? "" : "_" + Sanitize(table.Name)));
                string name = baseName;
                for (int suffix = 2; !used.Add(Unescaped(name)); suffix++) name = baseName + "_" + suffix;
                names[i] = name;
            }
            return names;
        }

        private static string Unescaped(string name) => name.StartsWith("@", System.StringComparison.Ordinal) ? name.Substring(1) : name;

        private static string Sanitize(string text)
        {
            var name = new StringBuilder(text.Length + 1);
            foreach (char c in text)
            {
                name.Append(SyntaxFacts.IsIdentifierPartCharacter(c) && c != '\u200d' && c != '\u200c' ? c : '_');
            }
            if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0])) name.Insert(0, '_');
            return name.ToString();
        }

        private static string EscapeKeyword(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }
}
