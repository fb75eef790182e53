using System.Collections.Generic;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// Property names for the tables: a valid C# identifier derived from the table (<c>VPC1</c>,
    /// <c>TR_ap_southeast_1</c>, <c>TR_ap_southeast_1_shared</c>; see <see cref="CSharpIdentifiers"/>), with collisions
    /// (with each other, with the members of <c>RouteTableSet</c>, with the generated class) resolved by <c>_2</c>,
    /// <c>_3</c>... in table order. Names are compared as C# compares identifiers: without <c>@</c>, ordinally.
    /// </summary>
    internal static class TableIdentifiers
    {
        /// <summary>The generated class's array of its tables, which the properties read.</summary>
        public const string TableArray = "Tables";

        private static readonly string[] Reserved =
        {
            "Count", "ForVpc", "ForTransitRouter", "ToMarkdown", "GetEnumerator", "Item",
            "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "Instance", "Data", "Zones", "ZoneData", "MermaidText", "TerraformText", TableArray,
        };

        /// <summary>The property name of each table of <paramref name="network"/>, escaped for source (<c>@class</c>).</summary>
        public static string[] For(ResolvedNetwork network, string className)
        {
            var used = new HashSet<string>(Reserved, System.StringComparer.Ordinal) { className };
            var names = new string[network.Tables.Count];
            for (int i = 0; i < names.Length; i++)
            {
                var table = network.Tables[i];
                string baseName = table.Kind == TableKind.Vpc
                    ? CSharpIdentifiers.FromText(table.Name)
                    : "TR_" + CSharpIdentifiers.FromText(table.Region)
                      + (table.Name == ResolvedTable.DefaultTableName ? "" : "_" + CSharpIdentifiers.FromText(table.Name));
                string name = baseName;
                for (int suffix = 2; !used.Add(name); suffix++) name = baseName + "_" + suffix;
                names[i] = CSharpIdentifiers.Escape(name);
            }
            return names;
        }
    }
}
