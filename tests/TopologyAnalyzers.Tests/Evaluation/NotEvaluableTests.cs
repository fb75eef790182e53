using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// TOPO017: what stays out of the evaluation (I/O, the environment, members without source outside the supported
    /// framework members, reflection), an exception the method would throw, and work past the step budget: each at
    /// its spot, naming the member or the exception, once.
    /// </summary>
    public class NotEvaluableTests
    {
        private static string Topology(string body, string members = "") => Programs.Net(
            "        var a = net.Account(\"A\", \"1000000000000001\");\n" + body, members);

        private static DiagnosticResult Topo017(int markup, string reason) =>
            new DiagnosticResult("TOPO017", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(reason, "Define");

        private static string NotEvaluated(string member) =>
            "'" + member + "' is not evaluated at compile time: it has no source in this compilation and is not one of the framework members the generator knows";

        [Fact]
        public async Task Console_input_is_reported_on_the_call_and_its_value_stays_quiet_later()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        var region = Console.{|#0:ReadLine()|}!;
                        a.Vpc("VPC1", region, "10.0.0.0/16");
                        a.Vpc("VPC2", region + "-x", "10.1.0.0/16");
                """), Topo017(0, NotEvaluated("Console.ReadLine")));
        }

        [Fact]
        public async Task Environment_and_clock_are_reported_naming_the_member()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        a.Vpc("VPC1", Environment.{|#0:GetEnvironmentVariable("REGION")|} ?? "ap-southeast-1", "10.0.0.0/16");
                        a.Vpc("VPC-" + {|#1:DateTime.Now|}.Year, "ap-southeast-1", "10.1.0.0/16");
                        var random = {|#2:new Random()|};
                """), Topo017(0, NotEvaluated("Environment.GetEnvironmentVariable")), Topo017(1, NotEvaluated("DateTime.Now")),
                Topo017(2, "Creating 'Random' is not evaluated at compile time"));
        }

        [Fact]
        public async Task Reflection_is_reported()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        a.Vpc({|#0:typeof(Net)|}.Name, "ap-southeast-1", "10.0.0.0/16");
                """), Topo017(0, "Reflection ('typeof') is not evaluated at compile time"));
        }

        [Fact]
        public async Task An_endless_loop_is_reported_at_the_loop_once_the_budget_is_spent()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        int i = 0;
                        {|#0:while|} (i >= 0) { i = (i + 1) % 100; }
                        a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16");
                """), Topo017(0, "The evaluation went past its budget of 10,000,000 steps here (an endless loop?)"));
        }

        [Fact]
        public async Task A_throw_is_reported_where_it_throws_naming_the_exception()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16");
                        {|#0:throw new InvalidOperationException("no region for the spokes");|}
                """), Topo017(0, "This throws InvalidOperationException (no region for the spokes)"));
        }

        [Fact]
        public async Task An_index_out_of_range_a_null_dereference_and_a_division_by_zero_are_the_exceptions_they_are()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        var names = new[] { "VPC1" };
                        a.Vpc({|#0:names[1]|}, "ap-southeast-1", "10.0.0.0/16");
                """), Topo017(0, "This throws IndexOutOfRangeException (Index was outside the bounds of the array.)"));
            await AnalyzerTest.VerifyAsync(Topology("""
                        string? name = null;
                        a.Vpc({|#0:name|}!.ToUpperInvariant(), "ap-southeast-1", "10.0.0.0/16");
                """), Topo017(0, "This throws NullReferenceException (Object reference not set to an instance of an object.)"));
            await AnalyzerTest.VerifyAsync(Topology("""
                        int zero = 0;
                        a.Vpc("VPC" + {|#0:1 / zero|}, "ap-southeast-1", "10.0.0.0/16");
                """), Topo017(0, "This throws DivideByZeroException (Attempted to divide by zero.)"));
        }

        [Fact]
        public async Task Recursion_without_end_is_reported_at_the_innermost_call()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        a.Vpc("VPC" + Depth(0), "ap-southeast-1", "10.0.0.0/16");
                """, """
                    private static int Depth(int n) => {|#0:Depth(n + 1)|};
                """), Topo017(0, "Calls nest deeper than 200 levels here; the generator stops (deep recursion?)"));
        }

        [Fact]
        public async Task A_null_dsl_object_is_the_argument_null_exception_the_dsl_throws()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        Vpc vpc = null!;
                        tr.Attach({|#0:vpc|}, "attach1");
                """), Topo017(0, "This throws ArgumentNullException (Value cannot be null. (Parameter 'vpc'))"));
        }

        [Fact]
        public async Task Each_failure_is_reported_once_though_a_loop_reaches_it_many_times()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        for (int i = 0; i < 5; i++)
                        {
                            a.Vpc("VPC" + i + Environment.{|#0:GetEnvironmentVariable("X")|}, "ap-southeast-1", $"10.{i}.0.0/16");
                        }
                """), Topo017(0, NotEvaluated("Environment.GetEnvironmentVariable")));
        }

        [Fact]
        public async Task A_record_that_holds_itself_printed_without_end_stops_the_evaluation_not_the_compiler()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(Programs.Net("""
                        var a = net.Account("A", "1000000000000001");
                        var node = new Node("hub");
                        node.Next = node;
                        a.Vpc(node.ToString(), "ap-southeast-1", "10.0.0.0/16");
                """, "", "public sealed record Node(string Name) { public Node? Next { get; set; } }"));

            var failure = Assert.Single(diagnostics);
            Assert.Equal("TOPO017", failure.Id);
            Assert.Contains("nests too deeply", failure.Message);
        }

        [Fact]
        public async Task Straight_line_topologies_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Constants);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }
    }
}
