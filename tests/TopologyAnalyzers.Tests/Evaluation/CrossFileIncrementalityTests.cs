using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TopologyAnalyzers.Generators;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// The evaluation reads helpers and constants from other files, which <c>ForAttributeWithMetadataName</c> does not
    /// watch: an edit there regenerates the tables, and an edit to a file the evaluation did not read reruns nothing.
    /// </summary>
    public class CrossFileIncrementalityTests
    {
        private const string Topology = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    Helpers.Spoke(a, "spoke", 1);
                    a.Vpc("hub", Settings.Region, "10.0.0.0/16");
                }
            }
            """;

        private const string Helpers = """
            using TopologyAnalyzers;

            public static class Helpers
            {
                public static Vpc Spoke(Account a, string name, int octet) => a.Vpc(name, Settings.Region, $"10.{octet}.0.0/16");
            }
            """;

        private const string Settings = """
            public static class Settings
            {
                public const string Region = "ap-southeast-1";
            }
            """;

        private const string Other = """
            using TopologyAnalyzers;

            public static partial class Other
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net) => net.Account("B", "2000000000000002").Vpc("other", "cn-hangzhou", "172.16.0.0/16");
            }
            """;

        private const string Unrelated = "public class Unrelated { public int X => 1; }";

        // Built by a loop over a constant of another class: the evaluation reads Settings.cs as well as this file.
        private const string Loop = """
            using TopologyAnalyzers;

            public static partial class Spokes
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("C", "3000000000000003");
                    var tr = a.Cen("CEN1").TransitRouter(Settings.Region);
                    for (int i = 0; i < 3; i++)
                    {
                        tr.Attach(a.Vpc($"spoke{i}", Settings.Region, $"10.{i}.0.0/16").VSwitch($"s{i}", Settings.Region + "a", $"10.{i}.0.0/24"), $"attach{i}");
                    }
                }
            }
            """;

        // Straight-line, so evaluated from its syntax (the fast path), reading a constant of another file.
        private const string StraightLine = """
            using TopologyAnalyzers;

            public static partial class Straight
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("D", "4000000000000004");
                    a.Vpc("straight", Settings.Region, "10.9.0.0/16");
                }
            }
            """;

        // A partial method: the attribute on the bodiless definition in one file, the body in another.
        private const string PartialDefinition = """
            using TopologyAnalyzers;

            public static partial class Split
            {
                [NetworkTopology]
                static partial void Define(TopologyBuilder net);
            }
            """;

        private const string PartialImplementation = """
            using TopologyAnalyzers;

            public static partial class Split
            {
                static partial void Define(TopologyBuilder net)
                {
                    var a = net.Account("E", "5000000000000005");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                    tr.Attach(a.Vpc("left", "cn-hangzhou", "10.20.0.0/16").VSwitch("s", "cn-hangzhou-j", "10.20.0.0/24"), "attach");
                }
            }
            """;

        private sealed class Session
        {
            private GeneratorDriver _driver;

            public Session(params string[] sources)
            {
                Compilation = GeneratorRun.Compile(sources);
                _driver = CSharpGeneratorDriver.Create(
                    new[] { new TopologyGenerator().AsSourceGenerator() },
                    driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
                _driver = _driver.RunGenerators(Compilation);
            }

            public Compilation Compilation { get; private set; }

            /// <summary>An editor's edit: the new text knows what changed (<c>SourceText.WithChanges</c>), as the IDE's does.</summary>
            public GeneratorRunResult EditInPlace(int file, string find, string replacement)
            {
                var tree = Compilation.SyntaxTrees.ElementAt(file);
                var text = tree.GetText();
                var change = new TextChange(new TextSpan(text.ToString().IndexOf(find, System.StringComparison.Ordinal), find.Length), replacement);
                Compilation = Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(change)));
                _driver = _driver.RunGenerators(Compilation);
                return _driver.GetRunResult().Results.Single();
            }

            public GeneratorRunResult Edit(int file, string text)
            {
                var tree = Compilation.SyntaxTrees.ElementAt(file);
                Compilation = Compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(text)));
                _driver = _driver.RunGenerators(Compilation);
                return _driver.GetRunResult().Results.Single();
            }
        }

        private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
            result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

        private static string Generated(GeneratorRunResult result, string hint) =>
            result.GeneratedSources.Single(s => s.HintName.StartsWith(hint + ".")).SourceText.ToString();

        /// <summary>What a generator that has seen no earlier compilation makes of <paramref name="compilation"/>.</summary>
        private static string FreshlyGenerated(Compilation compilation, string hint) =>
            Generated(CSharpGeneratorDriver.Create(new TopologyGenerator()).RunGenerators(compilation).GetRunResult().Results.Single(), hint);

        private static void AssertNothingReran(GeneratorRunResult result)
        {
            foreach (var step in new[] { TopologyGenerator.TargetsStep, TopologyGenerator.CurrentStep, TopologyGenerator.ResolvedStep })
            {
                Assert.All(Reasons(result, step), reason => Assert.True(
                    reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged, step + " was " + reason));
            }
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void An_edit_to_a_helper_in_another_file_regenerates_the_tables()
        {
            var session = new Session(Topology, Helpers, Settings);
            var result = session.Edit(1, Helpers.Replace("$\"10.{octet}.0.0/16\"", "$\"10.{octet + 100}.0.0/16\""));

            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TopologyGenerator.CurrentStep));
            Assert.Contains("10.101.0.0/16", Generated(result, "Net"));
        }

        [Fact]
        public void An_edit_to_a_const_in_another_class_regenerates_the_tables()
        {
            var session = new Session(Topology, Helpers, Settings);
            var result = session.Edit(2, Settings.Replace("ap-southeast-1", "cn-hangzhou"));

            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TopologyGenerator.CurrentStep));
            Assert.Contains("cn-hangzhou", Generated(result, "Net"));
        }

        [Fact]
        public void A_straight_line_topology_reading_a_const_of_another_file_is_evaluated_again_when_it_changes_and_not_otherwise()
        {
            var session = new Session(StraightLine, Settings, Unrelated);
            AssertEvaluatedAgainOnlyWhenTheReadFileChanges(session, "Straight", 1, Settings, "ap-southeast-1", "cn-hangzhou");
        }

        [Fact]
        public void A_partial_method_gets_compile_time_tables_from_its_body_in_another_file_and_an_edit_there_regenerates_them()
        {
            var session = new Session(PartialDefinition, PartialImplementation, Unrelated);
            Assert.Contains("RouteTable left =>", Generated(session.Edit(2, Unrelated.Replace("1", "4")), "Split"));   // typed properties, not the run-time fallback
            AssertEvaluatedAgainOnlyWhenTheReadFileChanges(session, "Split", 1, PartialImplementation, "10.20.0.0/16", "10.21.0.0/16");
        }

        /// <summary>
        /// In a session whose file 2 is <see cref="Unrelated"/>: edits there rerun nothing, and replacing <paramref name="before"/>
        /// by <paramref name="after"/> in file <paramref name="file"/> (which the evaluation of <paramref name="hint"/> read) regenerates it.
        /// </summary>
        private static void AssertEvaluatedAgainOnlyWhenTheReadFileChanges(Session session, string hint, int file, string text, string before, string after)
        {
            Assert.Contains(before, Generated(session.Edit(2, Unrelated.Replace("1", "2")), hint));
            AssertNothingReran(session.Edit(2, Unrelated.Replace("1", "3")));

            var result = session.Edit(file, text.Replace(before, after));
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TopologyGenerator.CurrentStep));
            Assert.Contains(after, Generated(result, hint));
            Assert.DoesNotContain(before, Generated(result, hint));
        }

        [Fact]
        public void An_edit_to_a_file_the_evaluation_did_not_read_reruns_no_topology_step()
        {
            var session = new Session(Topology, Helpers, Settings, Unrelated);
            AssertNothingReran(session.Edit(3, Unrelated.Replace("1", "2")));
        }

        [Fact]
        public void An_edit_elsewhere_does_not_evaluate_the_topology_again()
        {
            var session = new Session(Topology, Helpers, Settings, Unrelated);
            var before = session.Edit(3, Unrelated.Replace("1", "3"));
            var after = session.Edit(3, Unrelated.Replace("1", "2"));

            // The very evaluation is reused (the same object), not one made again and found equal.
            object Evaluated(GeneratorRunResult run) => run.TrackedSteps[TopologyGenerator.CurrentStep].Single().Outputs.Single().Value;
            Assert.Same(Evaluated(before), Evaluated(after));
        }

        [Fact]
        public void After_a_helper_edit_the_next_unrelated_edit_reruns_nothing()
        {
            var session = new Session(Topology, Helpers, Settings, Unrelated);
            session.Edit(1, Helpers.Replace("$\"10.{octet}.0.0/16\"", "$\"10.{octet + 100}.0.0/16\""));
            var result = session.Edit(3, Unrelated.Replace("1", "2"));

            AssertNothingReran(result);
            Assert.Contains("10.101.0.0/16", Generated(result, "Net"));
        }

        [Fact]
        public void An_edit_that_only_moves_the_topologys_code_neither_resolves_nor_emits_the_tables_again()
        {
            var session = new Session(Topology, Helpers, Settings);
            var result = session.Edit(0, Topology.Replace("        var a = net.Account", "        // Account A owns the hub.\n\n        var a = net.Account"));

            // The method's file changed, so it was evaluated again, but the topology it declares did not change.
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TopologyGenerator.TargetsStep));
            Assert.All(Reasons(result, TopologyGenerator.CurrentStep), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
            Assert.All(Reasons(result, TopologyGenerator.ResolvedStep), reason => Assert.True(
                reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged, "resolved was " + reason));
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void An_edit_to_one_of_two_topologies_reruns_that_one_only()
        {
            var session = new Session(Topology, Helpers, Settings, Other);
            var result = session.Edit(3, Other.Replace("172.16.0.0/16", "172.17.0.0/16"));

            var resolved = result.TrackedSteps[TopologyGenerator.ResolvedStep].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(1, resolved.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, resolved.Count(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged));
            Assert.Contains("172.17.0.0/16", Generated(result, "Other"));
        }

        [Fact]
        public void A_declaration_added_in_a_file_the_topology_never_read_evaluates_it_again()
        {
            // A better overload of the topology's helper, in another file: the call now binds to it.
            var topology = Programs.Net(
                "var a = net.Account(\"A\", \"1000000000000001\");\na.Vpc(\"V\", \"cn-hangzhou\", Pick(1)).VSwitch(\"s\", \"cn-hangzhou-j\", \"10.0.0.0/24\");",
                "private static string Pick(long x) => \"10.0.0.0/16\";");
            var session = new Session(topology, "public static partial class Net { }");
            var result = session.Edit(1, "public static partial class Net { private static string Pick(int x) => \"10.1.0.0/16\"; }");

            Assert.Contains("10.1.0.0/16", Generated(result, "Net"));
            Assert.Equal(FreshlyGenerated(session.Compilation, "Net"), Generated(result, "Net"));
        }

        [Fact]
        public void Edits_elsewhere_to_bodies_or_to_names_the_topology_never_says_evaluate_nothing()
        {
            // Whether the generator evaluated for a compilation shows in its hand-off to the analyzer, made for that one only.
            var session = new Session(Topology, Helpers, Settings, "public class Other { private int _x = 1; public int X => 1; public int Y { get { return 1; } } }");
            foreach (var edit in new[]
            {
                "public class Other { private int _x = 2; public int X => 1; public int Y { get { return 1; } } }",
                "public class Other { private int _x = 2; public int X => 3; public int Y { get { return 4; } } }",
                "public class Other { private int _x = 2; public int Xs => 3; public int Y { get { return 4; } } }",
                "public class Other { private int _x = 2; public int Xs => 3; public int Y { get { return 4; } } public static int Z() => 5; }",
            })
            {
                AssertNothingReran(session.Edit(3, edit));
                Assert.False(HandOffParity.IsOffered(session.Compilation), "evaluated again after: " + edit);
            }

            // The same, typed in an editor, whose texts know their changes.
            foreach (var (find, replacement) in new[] { ("_x = 2", "_x = 7"), ("=> 3", "=> 8"), ("Xs", "Xt") })
            {
                AssertNothingReran(session.EditInPlace(3, find, replacement));
                Assert.False(HandOffParity.IsOffered(session.Compilation), "evaluated again after typing " + replacement);
            }
            session.EditInPlace(3, "public static int Z()", "public static int Spoke()");
            Assert.True(HandOffParity.IsOffered(session.Compilation), "a member named as the topology's helper call");
        }

        [Fact]
        public void Half_typed_declarations_elsewhere_break_nothing_and_the_tables_stay_a_fresh_generators()
        {
            var session = new Session(Topology, Helpers, Settings, "public class Other { }");
            foreach (var (find, replacement) in new[]
            {
                ("{ }", "{ public static "), ("static ", "static Vpc Sp"), ("Sp", "Spoke("), ("Spoke(", "Spoke(this Account a) => a.Vpc(\"x\", \"cn-hangzhou\", \"10.8.0.0/16\"); }"),
                ("public class Other", "public static class Other"),
            })
            {
                if (!session.Compilation.SyntaxTrees.ElementAt(3).ToString().Contains(find)) continue;
                var result = session.EditInPlace(3, find, replacement);
                Assert.Null(result.Exception);
                Assert.Empty(result.Diagnostics);
                Assert.Equal(FreshlyGenerated(session.Compilation, "Net"), Generated(result, "Net"));
            }
        }

        [Theory]
        // A member named as one the topology calls, in a class it never read: Helpers.Spoke could now bind to it.
        [InlineData("public static class Helpers2 { } public static class More { public static int Spoke(int x) => x; }")]
        // An extension method named as a DSL call.
        [InlineData("public static class VpcExtensions { public static TopologyAnalyzers.Vpc Vpc(this TopologyAnalyzers.Account a, string name) => a.Vpc(name, \"cn-hangzhou\", \"10.9.0.0/16\"); }")]
        // A conversion, which the language applies without its name being written.
        [InlineData("public class Other { public static implicit operator string(Other m) => \"\"; }")]
        // A member an interpolation calls without its name being written.
        [InlineData("public class Other { public override string ToString() => \"other\"; }")]
        // A using directive, which can change what any name in its file means.
        [InlineData("using System;\npublic class Other { }")]
        public void A_declaration_elsewhere_that_could_change_what_the_topology_binds_to_evaluates_it_again(string edit)
        {
            var session = new Session(Topology, Helpers, Settings, "public class Other { }");
            var result = session.Edit(3, edit);
            Assert.True(HandOffParity.IsOffered(session.Compilation));
            Assert.Equal(FreshlyGenerated(session.Compilation, "Net"), Generated(result, "Net"));
        }

        [Fact]
        public void An_unrelated_edit_reruns_no_step_of_a_loop_built_topology()
        {
            var session = new Session(Loop, Settings, Unrelated);
            AssertNothingReran(session.Edit(2, Unrelated.Replace("1", "2")));
        }

        [Fact]
        public void An_edit_to_another_topology_leaves_a_loop_built_one_unchanged()
        {
            var session = new Session(Loop, Settings, Other);
            var result = session.Edit(2, Other.Replace("172.16.0.0/16", "172.17.0.0/16"));

            var resolved = result.TrackedSteps[TopologyGenerator.ResolvedStep].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(1, resolved.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, resolved.Count(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged));
            Assert.Contains("10.2.0.0/16", Generated(result, "Spokes"));
            Assert.Contains("172.17.0.0/16", Generated(result, "Other"));
        }

        [Fact]
        public void An_edit_to_a_loop_built_topology_reruns_it_and_not_the_other()
        {
            var session = new Session(Loop, Settings, Other);
            var result = session.Edit(0, Loop.Replace("$\"spoke{i}\"", "$\"spokf{i}\""));

            var resolved = result.TrackedSteps[TopologyGenerator.ResolvedStep].SelectMany(s => s.Outputs).ToArray();
            Assert.Equal(1, resolved.Count(o => o.Reason == IncrementalStepRunReason.Modified));
            Assert.Equal(1, resolved.Count(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged));
            Assert.Contains("spokf2", Generated(result, "Spokes"));
        }
    }
}
