using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>Users tune the rules the standard ways: .editorconfig severities and #pragma warning.</summary>
    public class SeverityConfigurationTests
    {
        private const string SingleZoneVpc = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}.VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24");
                    a.Cen("CEN1").TransitRouter("ap-southeast-1").{|#0:Attach(vpc, "attach1")|};
                }
            }
            """;

        [Fact]
        public async Task Editorconfig_raises_a_warning_rule_to_an_error()
        {
            string source = SingleZoneVpc.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", "");

            var asWarning = await EditorConfigRun.DiagnosticsAsync(source, "root = true\n");
            var asError = await EditorConfigRun.DiagnosticsAsync(source, "root = true\n\n[*.cs]\ndotnet_diagnostic.TOPO003.severity = error\n");

            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(asWarning).Severity);
            var raised = Assert.Single(asError);
            Assert.Equal("TOPO003", raised.Id);
            Assert.Equal(DiagnosticSeverity.Error, raised.Severity);
        }

        [Fact]
        public async Task Editorconfig_turns_a_rule_off()
        {
            var test = new AnalyzerTest(SingleZoneVpc.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", ""));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.TOPO003.severity = none\n"));

            await test.RunAsync();
        }

        [Fact]
        public async Task Pragma_warning_disable_silences_a_rule_for_the_lines_it_covers()
        {
            var test = new AnalyzerTest("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                #pragma warning disable TOPO005 // the block is normalised by hand later
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.1/16");
                #pragma warning restore TOPO005
                        a.Vpc("VPC2", "cn-hangzhou", {|TOPO005:"10.1.0.1/16"|});
                    }
                }
                """);
            // The framework's extra pass wraps the file in its own '#pragma warning disable', which the 'restore'
            // above would undo; this test checks pragmas itself.
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;

            await test.RunAsync();
        }
    }
}
