using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>
    /// SPEC 3b: a record's value is an IPv4 or IPv6 address (anything else is TOPO005), its name '@' or a label sequence;
    /// a null or empty name is TOPO023 and never silently the apex. Neither kind of bad record answers for any name.
    /// </summary>
    public class ZoneRecordTests
    {
        private const string Records = """
                    var a = net.Account("A", "1000000000000001");
                    var vpc = a.Vpc("VPC-A", "cn-hangzhou", "10.0.0.0/16");
                    a.PrivateZone("corp.internal")
                        .Record("db", {|#0:"999.0.0.1"|})
                        .Record("web", {|#1:"db.example.com"|})
                        .Record("x", {|#2:""|})
                        .Record("y", {|#3:null|}!)
                        .Record({|#4:null|}!, "10.0.0.1")
                        .Record({|#5:""|}, "10.0.0.2")
                        .Record("@", "10.0.0.3")
                        .Record("v6", "2408:4000::3")
                        .EffectiveIn(vpc);
            """;

        private static DiagnosticResult Malformed(int location, string record, string why) =>
            new DiagnosticResult("TOPO005", DiagnosticSeverity.Error).WithLocation(location)
                .WithArguments("The IP address", "record '" + record + "' of private zone 'corp.internal'", why);

        private static DiagnosticResult EmptyName(int location) =>
            new DiagnosticResult("TOPO023", DiagnosticSeverity.Warning).WithLocation(location).WithArguments("name",
                "a record of private zone 'corp.internal'", "a record is named '@' for the zone apex or by its host labels, and an empty one answers for no name");

        [Fact]
        public async Task A_value_that_is_no_address_and_an_empty_name_are_reported_on_their_arguments()
        {
            await AnalyzerTest.VerifyAsync(Topology(Records),
                Malformed(0, "db", "'999.0.0.1' is not a valid IPv4 address: 999 is above 255"),
                Malformed(1, "web", "'db.example.com' is not a valid IPv4 address: 'db' is not a decimal number"),
                Malformed(2, "x", "an IP address is required"),
                Malformed(3, "y", "an IP address is required"),
                EmptyName(4),
                EmptyName(5));
        }

        [Fact]
        public async Task Bad_records_answer_for_no_name_and_only_the_at_record_is_the_apex_at_compile_time_and_run_time()
        {
            var run = GeneratorRun.Run(Topology(Plain(Records)));
            var assembly = run.Load();
            var runTime = GeneratorRun.BuildAtRunTime(assembly, "Net").PrivateZones;

            foreach (var zones in new[] { runTime, GeneratedZones(assembly, "Net") })
            {
                Assert.Equal("10.0.0.3", zones.Resolve("corp.internal", "VPC-A"));
                Assert.Equal("2408:4000::3", zones.Resolve("v6.corp.internal", "VPC-A"));
                Assert.Null(zones.Resolve("db.corp.internal", "VPC-A"));
                Assert.Null(zones.Resolve("web.corp.internal", "VPC-A"));
                Assert.Null(zones.Resolve("x.corp.internal", "VPC-A"));
                Assert.Equal(new[] { "@", "v6" }, System.Linq.Enumerable.Select(zones.Zones[0].Records, r => r.Name));
            }
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(Records), 6);
        }
    }
}
