using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>Shared pieces of the private-zone tests: a topology method around a body, and the parity check.</summary>
    internal static class ZoneSources
    {
        public const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {

            """;

        public const string Footer = """

                }
            }
            """;

        /// <summary>Two accounts of one site, each with a VPC: the starting point of the seed document.</summary>
        public const string TwoAccounts = """
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("B", "2000000000000002");
                    var vpcA = a.Vpc("VPC-A", "cn-hangzhou", "10.0.0.0/16");
                    var vpcB = b.Vpc("VPC-B", "cn-hangzhou", "192.168.0.0/16");

            """;

        public static string Topology(string body) => Header + body + Footer;

        /// <summary>The source without the test markup (<c>{|#0:</c>, <c>{|TOPO004:</c>, <c>|}</c>).</summary>
        public static string Plain(string markup) => Regex.Replace(markup, @"\{\|[^:|]*:", "").Replace("|}", "");

        /// <summary>
        /// Compiles the topology, runs the analyzer over it and <c>Topology.Build</c> on the same method, and checks that
        /// both report the same IDs, severities and messages, in rule order then source order.
        /// </summary>
        public static async Task AssertAnalyzerAndRunTimeAgreeAsync(string markup, int expectedCount)
        {
            var run = GeneratorRun.Run(Plain(markup));
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Net").Diagnostics;

            Assert.Equal(expectedCount, runTime.Count);
            Assert.Equal(
                runTime.Select(d => (d.Id, d.Severity.ToString(), d.Message)),
                compileTime.OrderBy(d => d.Id, System.StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
                    .Select(d => (d.Id, d.Severity.ToString(), d.GetMessage())));
        }

        /// <summary>The generated <c>PrivateZones</c> of <paramref name="typeName"/>.</summary>
        public static PrivateZoneSet GeneratedZones(Assembly assembly, string typeName) =>
            (PrivateZoneSet)assembly.GetType(typeName)!.GetProperty("PrivateZones")!.GetValue(null)!;
    }
}
