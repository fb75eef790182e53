using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Generators;
using TopologyAnalyzers.Tests.Evaluation;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>
    /// The analyzer takes the generator's evaluation of a topology (a build evaluates it once, not twice) only for the
    /// compilation the generator's files were added to, and only where the generated code cannot change what a name in the
    /// user's code means; its findings are then exactly those it would have found on its own.
    /// </summary>
    public class EvaluationHandOffTests
    {
        private static string Mistakes
        {
            get
            {
                TestFileMarkupParser.GetSpans(EveryMistakeTests.Mistakes, out string plain, out System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
                return plain;
            }
        }

        [Fact]
        public async Task The_analyzer_takes_the_generators_evaluation_and_finds_what_it_finds_alone()
        {
            var run = GeneratorRun.Run(Mistakes);
            Assert.True(HandOffParity.IsOffered(run.Output));
            var taken = await HandOffParity.FindingsAsync(run.Output);
            Assert.Equal(await HandOffParity.FindingsAsync(HandOffParity.WithoutHandOff(run.Output)), taken);
            foreach (string id in new[] { "TOPO001", "TOPO002", "TOPO005", "TOPO016", "TOPO020" }) Assert.Contains(taken, finding => finding.StartsWith(id, StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_partial_method_in_two_files_is_handed_over_by_its_implementation()
        {
            var run = GeneratorRun.Run(
                "using TopologyAnalyzers;\npublic static partial class Split { [NetworkTopology] static partial void Define(TopologyBuilder net); }\n",
                "using TopologyAnalyzers;\npublic static partial class Split\n{\n    static partial void Define(TopologyBuilder net)\n    {\n"
                + "        var a = net.Account(\"A\", \"1000000000000001\");\n"
                + "        a.Vpc(\"V\", \"cn-hangzhou\", \"10.0.0.1/16\").VSwitch(\"s\", \"cn-hangzhou-j\", \"10.0.0.0/24\");\n    }\n}\n");
            Assert.True(HandOffParity.IsOffered(run.Output));
            var taken = await HandOffParity.FindingsAsync(run.Output);
            Assert.Contains(taken, finding => finding.StartsWith("TOPO005", StringComparison.Ordinal) && finding.Contains("Topology1.cs"));
            Assert.Equal(await HandOffParity.FindingsAsync(HandOffParity.WithoutHandOff(run.Output)), taken);
        }

        [Fact]
        public void Another_compilation_is_not_handed_the_evaluation()
        {
            var run = GeneratorRun.Run(Mistakes);
            var output = run.Output;
            // A file that the generator never saw.
            Assert.False(HandOffParity.IsOffered(output.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Other { }", path: "Other.cs"))));
            // Other options, or another reference.
            Assert.False(HandOffParity.IsOffered(output.WithOptions(output.Options.WithOptimizationLevel(OptimizationLevel.Release))));
            Assert.False(HandOffParity.IsOffered(output.RemoveReferences(output.References.Last())));
            // The same texts parsed again: other trees, so spans could point outside the compilation.
            Assert.False(HandOffParity.IsOffered(HandOffParity.WithoutHandOff(output)));
            Assert.True(HandOffParity.IsOffered(output));
        }

        [Fact]
        public async Task Code_naming_a_generated_member_is_evaluated_again_where_the_member_changes_its_meaning()
        {
            // Without the generated files, 'Trace' is the class below (whose region has a typo, TOPO020); with them, it is the
            // generated Trace method of Net, and 'Trace.Region' no longer compiles (CS0119: no region to judge).
            var source = Programs.Net(
                "var a = net.Account(\"A\", \"1000000000000001\");\na.Vpc(\"V\", Trace.Region, \"10.0.0.0/16\").VSwitch(\"s\", \"cn-hangzhou-j\", \"10.0.0.0/24\");",
                outside: "public static class Trace { public const string Region = \"cn-hangzhuo\"; }");
            var run = GeneratorRun.Run(source);
            Assert.False(HandOffParity.IsOffered(run.Output));
            var found = await HandOffParity.FindingsAsync(run.Output);
            Assert.Equal(await HandOffParity.FindingsAsync(HandOffParity.WithoutHandOff(run.Output)), found);
            // What the generator's compilation makes of the same code: handing its evaluation over would have been wrong.
            Assert.NotEqual(await HandOffParity.FindingsAsync(GeneratorRun.Compile(source)), found);
        }

        [Theory]
        [InlineData("// Trace the route in the console: Mermaid, Terraform and RouteTables are generated.", true)]
        [InlineData("private const string Note = \"RouteTables\";", true)]
        [InlineData("private static string Tables() => nameof(RouteTables);", false)]
        [InlineData("private static int @Trace() => 1;", false)]
        [InlineData("private static int \\u0054race() => 1;", false)]
        [InlineData("private static int Traces() => 1;", true)]
        public void Only_an_identifier_of_a_generated_name_stops_the_hand_off(string member, bool offered)
        {
            var source = Programs.Net("var a = net.Account(\"A\", \"1000000000000001\");", member);
            Assert.Equal(offered, HandOffParity.IsOffered(GeneratorRun.Run(source).Output));
        }

        [Fact]
        public void The_hand_off_does_not_keep_the_generators_compilation_alive()
        {
            var (compilation, tree) = RunAndForget(Mistakes);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Assert.False(compilation.TryGetTarget(out _), "The evaluation handed to the analyzer holds the compilation it was made in");
            GC.KeepAlive(tree);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private static (WeakReference<Compilation>, SyntaxTree) RunAndForget(string source)
        {
            var input = GeneratorRun.Compile(source);
            CSharpGeneratorDriver.Create(new TopologyGenerator()).RunGeneratorsAndUpdateCompilation(input, out var output, out _);
            Assert.True(HandOffParity.IsOffered(output));
            return (new WeakReference<Compilation>(input), input.SyntaxTrees.Single());
        }

        [Fact]
        public void Every_name_the_generated_files_declare_is_one_the_hand_off_looks_for()
        {
            var evaluated = GeneratorRun.Run(Topologies.Seed);
            var fallback = GeneratorRun.Run(Programs.Net("var a = net.Account(Environment.MachineName, \"1000000000000001\");"));
            Assert.Contains(fallback.GeneratedSources, text => text.Contains("Topology.Build"));
            var isGenerated = typeof(TopologyGenerator).Assembly.GetType("TopologyAnalyzers.Generators.Emission.GeneratedNames")!.GetMethod("IsGenerated")!;
            var declared = new List<string>();
            foreach (var run in new[] { evaluated, fallback })
            {
                var userTypes = new HashSet<string>(run.Output.SyntaxTrees.Except(run.Result.GeneratedTrees)
                    .SelectMany(t => t.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()).Select(t => t.Identifier.ValueText));
                foreach (var tree in run.Result.GeneratedTrees)
                {
                    foreach (var type in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
                    {
                        // The user's own types get members; any other type is the package's.
                        if (!userTypes.Contains(type.Identifier.ValueText)) declared.Add(type.Identifier.ValueText);
                        else declared.AddRange(type.Members.SelectMany(Names));
                    }
                    declared.AddRange(tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                        .Select(n => n.Name.ToString()).Where(n => n.StartsWith("TopologyAnalyzers.", StringComparison.Ordinal)).Select(n => n.Substring(n.LastIndexOf('.') + 1)));
                }
            }
            Assert.Contains("RouteTables", declared);
            Assert.Contains("Trace", declared);
            Assert.All(declared, name => Assert.True((bool)isGenerated.Invoke(null, new object[] { name })!, name + " is declared by the generated code but not in GeneratedNames"));
        }

        private static IEnumerable<string> Names(MemberDeclarationSyntax member) => member switch
        {
            PropertyDeclarationSyntax property => new[] { property.Identifier.ValueText },
            MethodDeclarationSyntax method => new[] { method.Identifier.ValueText },
            FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.ValueText),
            EventDeclarationSyntax e => new[] { e.Identifier.ValueText },
            BaseTypeDeclarationSyntax type => new[] { type.Identifier.ValueText },
            _ => new[] { member.ToString() },
        };
    }
}
