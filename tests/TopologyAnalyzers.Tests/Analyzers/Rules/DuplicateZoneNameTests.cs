using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>TOPO008 for private zones: one zone name per owner account, one record name per zone.</summary>
    public class DuplicateZoneNameTests
    {
        private const string Source = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("B", "2000000000000002");
                    a.PrivateZone({|#1:"corp.internal"|}).Record({|#3:"db"|}, "10.0.0.10").Record({|#2:"DB"|}, "10.0.0.11");
                    a.PrivateZone({|#0:"Corp.Internal."|});
                    b.PrivateZone("corp.internal").Record("db", "10.1.0.10");
                }
            }
            """;

        [Fact]
        public async Task Second_zone_of_one_name_in_one_account_and_second_record_of_one_name_in_one_zone_are_reported()
        {
            await AnalyzerTest.VerifyAsync(Source,
                new DiagnosticResult("TOPO008", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1)
                    .WithArguments("Account 'A' owns two private zones named 'corp.internal'"),
                new DiagnosticResult("TOPO008", DiagnosticSeverity.Error).WithLocation(2).WithLocation(3)
                    .WithArguments("Private zone 'corp.internal' has two records named 'db'"));
        }

        [Fact]
        public void Run_time_reports_the_same_duplicates()
        {
            var messages = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                a.PrivateZone("corp.internal").Record("db", "10.0.0.10").Record("DB", "10.0.0.11");
                a.PrivateZone("Corp.Internal.");
                b.PrivateZone("corp.internal").Record("db", "10.1.0.10");
            }).Diagnostics.Where(d => d.Id == "TOPO008").Select(d => d.Message);

            Assert.Equal(new[]
            {
                "Account 'A' owns two private zones named 'corp.internal'",
                "Private zone 'corp.internal' has two records named 'db'",
            }, messages);
        }
    }
}
