using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>
    /// Names users do have, and the generated code they used to break: each builds with warnings as errors and a
    /// documentation file, and each name comes back unchanged as data (a table's <c>Title</c>, a route's <c>NextHop</c>).
    /// </summary>
    public class HostileNameTests
    {
        private static readonly ProjectSettings Strict = new ProjectSettings(LanguageVersion.Latest, NullableContextOptions.Enable);

        [Fact]
        public void Vpc_names_with_unicode_line_and_paragraph_separators_stay_inside_the_doc_comment()
        {
            string[] names = { "x\u2028y", "\u0085", "\u2029", "x\u2028#error injected", "a\r\n#error crlf", "*/ </summary> & <b>" };

            var tables = BuildAndLoad(HostileSources.VpcsNamed(names));

            Assert.Equal(names, names.Select(n => tables.ForVpc(n).Title));
            Assert.Equal(names.Length + 1, TableProperties(tables).Count);   // and the router's table
            Assert.Equal(names.Select((_, i) => "attach" + i), names.Select(n => tables.ForVpc(n).Routes.Last().NextHop));
        }

        [Fact]
        public void Names_that_differ_only_by_format_characters_get_properties_of_their_own()
        {
            string[] names = { "VPC1", "VPC1\u200F", "VPC\u00AD1", "_", "\u200F" };

            var tables = BuildAndLoad(HostileSources.VpcsNamed(names));

            var properties = TableProperties(tables);
            properties.Remove("TR (cn-hangzhou)");
            Assert.Equal(names.OrderBy(n => n, StringComparer.Ordinal), properties.Keys.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal("VPC1", properties["VPC1"]);
            Assert.Equal("VPC1_", properties["VPC1\u200F"]);
            Assert.Equal("VPC_1", properties["VPC\u00AD1"]);
            Assert.Equal("_", properties["_"]);
            Assert.Equal("__2", properties["\u200F"]);
        }

        [Fact]
        public void A_name_longer_than_the_metadata_limit_gets_a_shortened_property_and_stays_whole_as_data()
        {
            string longName = string.Concat(Enumerable.Repeat("vpc-\u00e9\u6f22-", 160)).Substring(0, 1100);
            string twin = longName.Substring(0, 1099) + "!";

            var tables = BuildAndLoad(HostileSources.VpcsNamed(new[] { longName, twin }));

            var properties = TableProperties(tables);
            Assert.Equal(longName, tables.ForVpc(longName).Title);
            Assert.Equal(twin, tables.ForVpc(twin).Title);
            Assert.Equal(128, properties[longName].Length);
            Assert.Equal(properties[longName] + "_2", properties[twin]);
        }

        [Fact]
        public void Route_table_names_that_are_keywords_empty_or_null_and_an_empty_region_build_and_keep_their_titles()
        {
            string?[] tableNames = { "internal", "class", "private", "", "@", null, "default" };
            string body = """
                var a = net.Account("A", "1000000000000001");
                var cen = a.Cen("CEN1");
                var tr = cen.TransitRouter("ap-southeast-1");
                cen.TransitRouter("");

                """ + string.Concat(tableNames.Select(n => "tr.RouteTable(" + HostileSources.Literal(n) + ");\n"));

            var tables = BuildAndLoad(HostileSources.Topology(body));

            Assert.Equal(
                new[] { "TR (ap-southeast-1)", "TR (ap-southeast-1) internal", "TR (ap-southeast-1) class", "TR (ap-southeast-1) private",
                    "TR (ap-southeast-1) ", "TR (ap-southeast-1) @", "TR ()" },
                tables.Select(t => t.Title));
            Assert.Equal(
                new[] { "TR_ap_southeast_1", "TR_ap_southeast_1_internal", "TR_ap_southeast_1_class", "TR_ap_southeast_1_private",
                    "TR_ap_southeast_1__", "TR_ap_southeast_1___2", "TR__" },
                tables.Select(t => TableProperties(tables)[t.Title]));
        }

        [Fact]
        public void Keywords_as_namespace_class_and_method_names_build()
        {
            string source = HostileSources.Topology("""
                net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("j", "cn-hangzhou-j", "10.0.0.0/24").Ecs("E1", "10.0.0.4").Ecs("E2", "10.0.0.5");
                """, ns: "@void.@event", type: "@class", method: "@event");

            var run = BuildClean(source);

            var type = run.Load().GetType("void.event.class")!;
            var tables = (RouteTableSet)type.GetProperty("RouteTables")!.GetValue(null)!;
            Assert.Equal("VPC1", tables.ForVpc("VPC1").Title);
            Assert.Matches("^class_event_RouteTables_[0-9a-f]{8}$", tables.GetType().Name);
            // Trace runs the method named @event at run time.
            var trace = (Func<string, string, TraceResult>)type.GetMethod("Trace")!.CreateDelegate(typeof(Func<string, string, TraceResult>));
            Assert.True(trace("E1", "E2").Reached);
        }

        [Fact]
        public void Keywords_as_names_build_when_the_members_fall_back_to_the_run_time()
        {
            string source = HostileSources.Topology("net.Account(\"A\", System.Environment.MachineName);",
                ns: "@void", type: "@class", method: "@event");

            var run = BuildClean(source);

            Assert.Contains("Topology.Build(@event)", run.GeneratedSources.Single());
            var type = run.Load().GetType("void.class")!;
            Assert.Empty((RouteTableSet)type.GetProperty("RouteTables")!.GetValue(null)!);
        }

        [Fact]
        public void A_generic_class_with_attributes_on_its_type_parameters_builds()
        {
            string source = "using System.ComponentModel;\n" + HostileSources.Topology(
                "net.Account(\"A\", \"1000000000000001\").Vpc(\"VPC1\", \"cn-hangzhou\", \"10.0.0.0/16\");",
                type: "Net<[Description(\"x\")] T, [Description(\"y\")] @string> where T : class", typeKeyword: "partial class");

            var run = BuildClean(source);

            var type = run.Load().GetType("Net`2")!.MakeGenericType(typeof(object), typeof(int));
            Assert.Equal("VPC1", ((RouteTableSet)type.GetProperty("RouteTables")!.GetValue(null)!).ForVpc("VPC1").Title);
        }

        [Theory]
        [InlineData("\"1000000000000001\"")]
        [InlineData("System.Environment.MachineName")]   // the members fall back to the run time
        public void A_topology_method_with_an_overload_builds_with_a_documentation_file(string uid)
        {
            // A cref to "Define" alone would be ambiguous (CS0419): the generated doc comments name the parameter list.
            string source = HostileSources.Topology("net.Account(\"A\", " + uid + ");")
                .Replace("    /// <summary>Declares it.</summary>", "    /// <summary>An overload.</summary>\n    public static void Define(int unused) { }\n\n    /// <summary>Declares it.</summary>");

            var run = BuildClean(source);

            Assert.Empty(GeneratorRun.GeneratedTables(run.Load(), "Net"));
        }

        [Fact]
        public void Classes_whose_names_differ_only_in_case_each_get_a_file_of_their_own()
        {
            string body = "net.Account(\"A\", \"1000000000000001\");";
            var run = BuildClean(HostileSources.Topology(body, type: "Net"), HostileSources.Topology(body, type: "net"));

            var hintNames = run.Result.Results.Single().GeneratedSources.Select(s => s.HintName).ToArray();
            Assert.Equal(2, hintNames.Length);
            Assert.Equal(2, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        [Fact]
        public void A_namespace_and_class_named_like_the_generated_tables_namespace_still_build()
        {
            // Inside Contoso.TopologyAnalyzers, "TopologyAnalyzers.Generated" would mean this class: the generated code says global::.
            var run = BuildClean(HostileSources.Topology("net.Account(\"A\", \"1000000000000001\").Vpc(\"VPC1\", \"cn-hangzhou\", \"10.0.0.0/16\");",
                ns: "Contoso.TopologyAnalyzers", type: "Generated"));

            var tables = GeneratorRun.GeneratedTables(run.Load(), "Contoso.TopologyAnalyzers.Generated");
            Assert.Equal("TopologyAnalyzers.Generated", tables.GetType().Namespace);
            Assert.Equal("VPC1", tables.ForVpc("VPC1").Title);
        }

        [Fact]
        public void A_class_named_like_the_old_nested_tables_class_keeps_its_name_and_builds()
        {
            var run = BuildClean(HostileSources.Topology("net.Account(\"A\", \"1000000000000001\");", type: "DefineRouteTables"));

            Assert.StartsWith("DefineRouteTables_Define_RouteTables_", GeneratorRun.GeneratedTables(run.Load(), "DefineRouteTables").GetType().Name);
        }

        /// <summary>Builds as a strict project would (nothing reported anywhere) and loads the generated tables of <c>Net</c>.</summary>
        private static RouteTableSet BuildAndLoad(string source) =>
            GeneratorRun.GeneratedTables(BuildClean(source).Load(), "Net");

        /// <summary>Runs the generator as a strict project would, asserting that nothing is reported anywhere.</summary>
        internal static GeneratorRun BuildClean(params string[] sources) => BuildClean(Strict, sources);

        /// <summary>The same, for a project with <paramref name="settings"/> (always warnings as errors and a documentation file).</summary>
        internal static GeneratorRun BuildClean(ProjectSettings settings, params string[] sources)
        {
            var run = GeneratorRun.Run(settings, sources);
            Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
            var (generated, user) = run.BuildProblems();
            Assert.Empty(generated);
            Assert.Empty(user);
            return run;
        }

        /// <summary>The name of the generated property of each table, in table order, checking there is exactly one per table.</summary>
        internal static string[] PropertyPerTable(RouteTableSet tables)
        {
            var properties = tables.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(RouteTable))
                .Select(p => (Table: (RouteTable)p.GetValue(tables)!, p.Name))
                .ToArray();
            Assert.Equal(tables.Count, properties.Length);
            return tables.Select(table => Assert.Single(properties, p => ReferenceEquals(p.Table, table)).Name).ToArray();
        }

        /// <summary>The generated property of each table, by title (for topologies whose titles are all different).</summary>
        private static Dictionary<string, string> TableProperties(RouteTableSet tables)
        {
            var names = PropertyPerTable(tables);
            return tables.Select((table, i) => (table.Title, names[i])).ToDictionary(p => p.Title, p => p.Item2, StringComparer.Ordinal);
        }
    }
}
