using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>
    /// The generated code compiles in every project that can reference the package: C# 7.3 (a netstandard2.0 library's
    /// default), 8, 10 and latest, nullable on and off, always with warnings as errors and a documentation file. Checked
    /// for the seed, every sample (from the oldest version its own code is written in), and the topologies of odd names
    /// and of every DSL call.
    /// </summary>
    public class EveryProjectTests
    {
        public static TheoryData<string, string, bool> Cases()
        {
            var data = new TheoryData<string, string, bool>();
            foreach (string source in new[] { "Seed", "Escaping", "EveryCall", "Partial" }.Concat(SampleSources.Names))
            {
                foreach (var settings in ProjectSettings.Matrix)
                {
                    if (SampleSources.Names.Contains(source) && settings.LanguageVersion.MapSpecifiedToEffectiveVersion() < SampleSources.MinimumLanguageVersion(source)) continue;
                    data.Add(source, settings.LanguageVersion.ToDisplayString(), settings.Nullable == Microsoft.CodeAnalysis.NullableContextOptions.Enable);
                }
            }
            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Generated_code_builds_with_warnings_as_errors_and_a_documentation_file(string source, string languageVersion, bool nullable)
        {
            Assert.True(LanguageVersionFacts.TryParse(languageVersion, out var version));
            var settings = new ProjectSettings(version, nullable ? Microsoft.CodeAnalysis.NullableContextOptions.Enable : Microsoft.CodeAnalysis.NullableContextOptions.Disable);

            var run = GeneratorRun.Run(settings, Source(source));
            var (generated, user) = run.BuildProblems();

            Assert.Single(run.GeneratedSources);
            Assert.Empty(generated);
            // The user's own members lack doc comments (CS1591, here an error); nothing else may fail in their file.
            Assert.All(user, d => Assert.Equal("CS1591", d.Id));
        }

        [Theory]
        [InlineData("7.3", false)]
        [InlineData("8", true)]
        [InlineData("latest", true)]
        public void The_nullable_directive_is_written_only_where_the_language_version_has_it(string languageVersion, bool expected)
        {
            Assert.True(LanguageVersionFacts.TryParse(languageVersion, out var version));
            var run = GeneratorRun.Run(new ProjectSettings(version, Microsoft.CodeAnalysis.NullableContextOptions.Disable), Topologies.Seed);

            Assert.Equal(expected, run.GeneratedSources.Single().Contains("#nullable"));
        }

        [Fact]
        public void With_nullable_on_the_users_members_are_annotated_the_tables_properties_oblivious_and_reading_them_warns_of_nothing()
        {
            const string consumer = """
                #nullable enable
                public static class Reader
                {
                    public static string Titles()
                    {
                        TopologyAnalyzers.RouteTable vpc = Seed.CrossAccountVpcs.RouteTables.VPC1;
                        TopologyAnalyzers.RouteTable? maybe = Seed.CrossAccountVpcs.RouteTables.TR_ap_southeast_1;
                        return vpc.Title + maybe?.Title + Seed.CrossAccountVpcs.Mermaid.Length;
                    }
                }
                """;
            var settings = new ProjectSettings(LanguageVersion.Latest, Microsoft.CodeAnalysis.NullableContextOptions.Enable);
            var run = GeneratorRun.Run(settings, Topologies.Seed, consumer);

            Assert.All(run.CompilationProblems(), d => Assert.Equal("CS1591", d.Id));   // the consumer's own members lack doc comments
            var user = run.Output.GetTypeByMetadataName("Seed.CrossAccountVpcs")!;
            var tables = (Microsoft.CodeAnalysis.IPropertySymbol)user.GetMembers("RouteTables").Single();
            Assert.Equal(Microsoft.CodeAnalysis.NullableAnnotation.NotAnnotated, tables.NullableAnnotation);
            var vpc1 = (Microsoft.CodeAnalysis.IPropertySymbol)tables.Type.GetMembers("VPC1").Single();
            // The tables class is under '#nullable disable' (docs/decisions.md): oblivious, which neither side warns about.
            Assert.Equal(Microsoft.CodeAnalysis.NullableAnnotation.None, vpc1.NullableAnnotation);
        }

        /// <summary>A topology the generator evaluates only in part (TOPO017): its members are built at run time instead.</summary>
        private const string PartlyEvaluated = """
            using TopologyAnalyzers;

            public static partial class Partial
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", System.Environment.MachineName);
                    a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                }
            }
            """;

        private static string Source(string name) => name switch
        {
            "Seed" => Topologies.Seed,
            "Escaping" => Topologies.Escaping,
            "EveryCall" => Topologies.EveryCall,
            "Partial" => PartlyEvaluated,
            _ => SampleSources.Read(name),
        };
    }
}
