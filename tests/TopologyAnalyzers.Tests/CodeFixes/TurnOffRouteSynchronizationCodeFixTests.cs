using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.CodeFixes;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>TOPO025: "Turn off route synchronization here" removes the argument from the ignored attachment.</summary>
    public class TurnOffRouteSynchronizationCodeFixTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24");
                    var blue = a.Cen("BLUE").TransitRouter("cn-hangzhou");
                    var green = a.Cen("GREEN").TransitRouter("cn-hangzhou");

            """;

        private const string Footer = """

                }
            }
            """;

        [Theory]
        [InlineData("routeSynchronization: true", "")]
        [InlineData("true, true, true, true", ", true, true, true")]
        public async Task The_argument_is_removed_from_the_ignored_attachment_only(string before, string after)
        {
            await CodeFixTest<TurnOffRouteSynchronizationCodeFixProvider>.VerifyAsync(
                Header + """
                        blue.{|#1:Attach(vpc1, "blue-vpc1", routeSynchronization: true)|};
                        green.{|#0:Attach(vpc1, "green-vpc1", BEFORE)|};
                """.Replace("BEFORE", before) + Footer,
                Header + """
                        blue.Attach(vpc1, "blue-vpc1", routeSynchronization: true);
                        green.Attach(vpc1, "green-vpc1"AFTER);
                """.Replace("AFTER", after) + Footer,
                "Turn off route synchronization here",
                new DiagnosticResult("TOPO025", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1).WithMessage(null));
        }
    }
}
