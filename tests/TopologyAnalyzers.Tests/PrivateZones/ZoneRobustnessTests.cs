using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>Null and empty names, logins and records reach the private-zone rules without crashing them.</summary>
    public class ZoneRobustnessTests
    {
        private const string Degenerate = TwoAccounts + """
                    var c = net.Account("", "");
                    a.LinkAccount(b, null!);
                    a.LinkAccount(c, "");
                    a.LinkAccount(a, "a-root");
                    a.LinkAccount(c.RamUser(null!));
                    a.PrivateZone(null!).Record(null!, null!).Record("", "").Record("@", " 10.0.0.1 ").EffectiveIn(vpcA).EffectiveIn(vpcB);
                    a.PrivateZone("").EffectiveIn(vpcA);
                    a.PrivateZone(".").Record("x", "10.0.0.2").EffectiveIn(vpcA);
                    net.ExpectResolves(null!, vpcA);
                    net.ExpectResolves("", vpcB);
                    net.ExpectResolves(".", vpcA);
                    net.ExpectResolves("x.", vpcA);
            """;

        [Fact]
        public async Task Degenerate_names_and_logins_give_findings_not_exceptions_at_compile_time_and_run_time()
        {
            var run = GeneratorRun.Run(Topology(Degenerate));
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Net");

            Assert.DoesNotContain(compileTime, d => d.Id == "AD0001");
            Assert.Contains(runTime.Diagnostics, d => d.Id == "TOPO019" && d.Message == "'' does not resolve from VPC 'VPC-A': no private zone in effect there covers it");
            Assert.Contains(runTime.Diagnostics, d => d.Id == "TOPO004" && d.Message.StartsWith("Account 'A' links account 'B' with an empty login;", System.StringComparison.Ordinal));
            Assert.Equal(
                runTime.Diagnostics.Select(d => (d.Id, d.Message)).OrderBy(d => d.Id, System.StringComparer.Ordinal).ThenBy(d => d.Message, System.StringComparer.Ordinal),
                compileTime.Select(d => (d.Id, d.GetMessage())).OrderBy(d => d.Id, System.StringComparer.Ordinal).ThenBy(d => d.Item2, System.StringComparer.Ordinal));
            // A null or empty record name is TOPO023, never silently the apex; a value that is no address (" 10.0.0.1 " has
            // spaces) is TOPO005. Neither answers for any name.
            Assert.Equal(2, runTime.Diagnostics.Count(d => d.Id == "TOPO023" && d.Message.StartsWith("The name of a record of private zone ''", System.StringComparison.Ordinal)));
            Assert.Equal(3, runTime.Diagnostics.Count(d => d.Id == "TOPO005" && d.Message.StartsWith("The IP address of record", System.StringComparison.Ordinal)));
            Assert.Empty(runTime.PrivateZones.Zones[0].Records);
            Assert.Equal(runTime.PrivateZones.ToMarkdown(), GeneratedZones(run.Load(), "Net").ToMarkdown());
        }
    }
}
