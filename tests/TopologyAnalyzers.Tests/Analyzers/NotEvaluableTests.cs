using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>TOPO017: code the interpreter cannot evaluate is reported at its exact spot, and nothing is generated.</summary>
    public class NotEvaluableTests
    {
        private const string Header = """
            using System;
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");

            """;

        private const string Footer = """

                }
            }
            """;

        private static DiagnosticResult Topo017(int markup, string reason) =>
            new DiagnosticResult("TOPO017", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(markup)
                .WithArguments(reason, "Define");

        [Fact]
        public async Task Non_constant_argument_is_reported_on_the_argument()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Vpc("VPC1", {|#0:Region|}, "10.0.0.0/16");
                    }

                    private static readonly string Region = "ap-southeast-1";
                    private static void Unused()
                    {
                """ + Footer,
                Topo017(0, "'Region' is not a compile-time constant or a DSL value"));
        }

        [Fact]
        public async Task Local_assigned_from_a_call_outside_the_dsl_is_reported_at_the_call_only()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var region = Console.{|#0:ReadLine()|}!;
                        a.Vpc("VPC1", region, "10.0.0.0/16");
                """ + Footer,
                Topo017(0, "The call to 'Console.ReadLine' is outside the topology DSL"));
        }

        [Fact]
        public async Task Environment_lookup_as_an_argument_is_reported_on_the_call()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        a.Vpc("VPC1", Environment.{|#0:GetEnvironmentVariable("REGION")|}!, "10.0.0.0/16");
                """ + Footer,
                Topo017(0, "The call to 'Environment.GetEnvironmentVariable' is outside the topology DSL"));
        }

        [Fact]
        public async Task Loop_is_reported_on_its_keyword()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        {|#0:for|} (int i = 0; i < 3; i++)
                        {
                            a.Vpc("VPC" + i, "ap-southeast-1", "10.0.0.0/16");
                        }
                """ + Footer,
                Topo017(0, "A loop cannot be evaluated at compile time"));
        }

        [Fact]
        public async Task Call_to_a_helper_method_outside_the_dsl_is_reported_on_the_call()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        {|#0:AddVpcs(a)|};
                    }

                    private static void AddVpcs(Account a) { }
                    private static void Unused()
                    {
                """ + Footer,
                Topo017(0, "The call to 'Net.AddVpcs' is outside the topology DSL"));
        }

        [Fact]
        public async Task Each_independent_failure_is_reported_once_and_later_uses_of_a_failed_local_are_not()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc = a.Vpc("VPC1", Guid.NewGuid().{|#0:ToString()|}, "10.0.0.0/16");
                        vpc.VSwitch("vsw", "ap-southeast-1a", "10.0.0.0/24");
                        {|#1:if|} (vpc != null) { }
                """ + Footer,
                Topo017(0, "The call to 'Guid.ToString' is outside the topology DSL"),
                Topo017(1, "An 'if' statement cannot be evaluated at compile time"));
        }

        [Fact]
        public async Task Straight_line_topology_with_constants_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Constants);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void Topology_that_cannot_be_evaluated_gets_no_generated_tables_and_no_generator_error()
        {
            var run = GeneratorRun.Run(Header + """
                        for (int i = 0; i < 3; i++) { }
                """ + Footer);

            Assert.Empty(run.GeneratedSources);
            Assert.Empty(run.GeneratorDiagnostics);
        }
    }
}
