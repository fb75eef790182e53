using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>
    /// The type of the generated <c>RouteTables</c> property, with a property per table: a top-level type of
    /// <c>TopologyAnalyzers.Generated</c>, not a member of the user's class (which the compiler would then complete, a
    /// thousand properties, whenever it looks at the user's half), named apart for every topology, and public only where
    /// the user's property can be reached from another assembly.
    /// </summary>
    public class TablesTypeTests
    {
        [Fact]
        public void The_tables_type_is_top_level_and_the_users_class_gets_no_nested_type()
        {
            var run = HostileNameTests.BuildClean("""
                using TopologyAnalyzers;

                /// <summary>Outer.</summary>
                public static partial class Outer
                {
                    /// <summary>A topology.</summary>
                    public static partial class Big<T>
                    {
                        /// <summary>Declares it.</summary>
                        [NetworkTopology]
                        public static void Define(TopologyBuilder net)
                        {
                            net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                        }
                    }
                }
                """);

            var big = run.Output.GetTypeByMetadataName("Outer+Big`1")!;
            Assert.Empty(big.GetTypeMembers());
            Assert.Equal(new[] { "Big" }, run.Output.GetTypeByMetadataName("Outer")!.GetTypeMembers().Select(t => t.Name));
            var tablesType = (INamedTypeSymbol)((IPropertySymbol)big.GetMembers("RouteTables").Single()).Type;
            Assert.Null(tablesType.ContainingType);
            Assert.Equal("TopologyAnalyzers.Generated", tablesType.ContainingNamespace.ToDisplayString());
            Assert.True(tablesType.GetMembers("VPC1").Single() is IPropertySymbol);

            var type = run.Load().GetType("Outer+Big`1")!.MakeGenericType(typeof(int));
            var tables = (RouteTableSet)type.GetProperty("RouteTables")!.GetValue(null)!;
            Assert.Equal("VPC1", ((RouteTable)tables.GetType().GetProperty("VPC1")!.GetValue(tables)!).Title);
        }

        [Theory]
        [InlineData("public", "public", true)]
        [InlineData("public", "protected", true)]
        [InlineData("public", "protected internal", true)]
        [InlineData("public", "internal", false)]
        [InlineData("public", "private", false)]
        [InlineData("public", "private protected", false)]
        [InlineData("internal", "public", false)]
        public void The_tables_type_is_public_only_when_the_users_property_can_be_reached_from_another_assembly(string outer, string inner, bool expected)
        {
            string source = $$"""
                using TopologyAnalyzers;

                /// <summary>Outer.</summary>
                {{outer}} partial class Outer
                {
                    /// <summary>A topology.</summary>
                    {{inner}} static partial class Net
                    {
                        /// <summary>Declares it.</summary>
                        [NetworkTopology]
                        public static void Define(TopologyBuilder net)
                        {
                            net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                        }
                    }
                }
                """;

            // Warnings as errors: an internal type for a reachable property would be CS0053.
            var assembly = HostileNameTests.BuildClean(source).Load();

            var tablesType = GeneratorRun.GeneratedTables(assembly, "Outer+Net").GetType();
            Assert.Equal(expected, tablesType.IsPublic);
            Assert.Equal(expected, assembly.GetExportedTypes().Contains(tablesType));
        }

        public static TheoryData<string> Settings()
        {
            var data = new TheoryData<string>();
            foreach (var version in new[] { LanguageVersion.CSharp7_3, LanguageVersion.Latest }) data.Add(version.ToDisplayString());
            return data;
        }

        [Theory]
        [MemberData(nameof(Settings))]
        public void Topologies_whose_readable_names_are_the_same_get_tables_types_of_their_own_that_build(string languageVersion)
        {
            Assert.True(LanguageVersionFacts.TryParse(languageVersion, out var version));
            string longName = new string('L', 600);
            string source = "using TopologyAnalyzers;\n"
                + Type("A", Type("B_C", Method("ab_c"))) + Type("A_B", Type("C", Method("a_bc")))
                + Type("Big<T>", Method("generic")) + Type("Big", Method("plain"))
                + "namespace N1\n{\n" + Type("Net", Method("n1")) + "}\nnamespace N2\n{\n" + Type("Net", Method("n2")) + "}\n"
                + Type(longName + "x", Method("long-x")) + Type(longName + "y", Method("long-y"));

            var assembly = HostileNameTests.BuildClean(new ProjectSettings(version, NullableContextOptions.Disable), source).Load();

            var types = new (string Type, string Vpc, string Readable)[]
            {
                ("A+B_C", "ab_c", "A_B_C_Define"), ("A_B+C", "a_bc", "A_B_C_Define"),
                ("Big`1", "generic", "Big_Define"), ("Big", "plain", "Big_Define"),
                ("N1.Net", "n1", "Net_Define"), ("N2.Net", "n2", "Net_Define"),
                (longName + "x", "long-x", new string('L', 64)), (longName + "y", "long-y", new string('L', 64)),
            };
            var tablesTypes = types.Select(t =>
            {
                var type = assembly.GetType(t.Type)!;
                if (type.IsGenericTypeDefinition) type = type.MakeGenericType(typeof(object));
                var tables = (RouteTableSet)type.GetProperty("RouteTables")!.GetValue(null)!;
                Assert.Equal(t.Vpc, tables.ForVpc(t.Vpc).Title);
                Assert.Matches("^" + t.Readable + "_RouteTables_[0-9a-f]{8}$", tables.GetType().Name);
                return tables.GetType();
            }).ToArray();
            Assert.Equal(types.Length, tablesTypes.Select(t => t.FullName).Distinct().Count());
        }

        [Fact]
        public void The_tables_types_documentation_links_to_the_method_and_the_property_even_in_a_private_generic_class()
        {
            var run = HostileNameTests.BuildClean("using TopologyAnalyzers;\n/// <summary>Outer.</summary>\npublic partial class Outer\n{\n"
                + Type("Net<T>", Method("VPC1"), "private static partial class") + "}\n");

            string documentation = run.DocumentationFile();

            string tablesType = run.Load().GetType("Outer+Net`1")!.GetProperty("RouteTables")!.PropertyType.FullName!;
            string member = documentation.Substring(documentation.IndexOf("<member name=\"T:" + tablesType + "\">", StringComparison.Ordinal));
            member = member.Substring(0, member.IndexOf("</member>", StringComparison.Ordinal));
            Assert.Contains("<see cref=\"M:Outer.Net`1.Define(TopologyAnalyzers.TopologyBuilder)\"/>", member);
            Assert.Contains("<see cref=\"P:Outer.Net`1.RouteTables\"/>", member);
        }

        /// <summary>A documented type declaration holding <paramref name="body"/>.</summary>
        private static string Type(string name, string body, string keywords = "public static partial class") =>
            "/// <summary>A type.</summary>\n" + keywords + " " + name + "\n{\n" + body + "}\n";

        /// <summary>A documented [NetworkTopology] method making one VPC named <paramref name="vpc"/>.</summary>
        private static string Method(string vpc) =>
            "/// <summary>Declares it.</summary>\n[NetworkTopology]\npublic static void Define(TopologyBuilder net)\n{\n"
            + "    net.Account(\"A\", \"1000000000000001\").Vpc(\"" + vpc + "\", \"cn-hangzhou\", \"10.0.0.0/16\");\n}\n";
    }
}
