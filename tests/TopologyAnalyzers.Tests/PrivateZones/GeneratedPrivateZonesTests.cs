using System.Linq;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>
    /// The generated <c>PrivateZones</c> (interpreter + engine at compile time, carried in the generated code) equal
    /// <c>Topology.Build(...).PrivateZones</c> (DSL + engine at run time), and the sample's zones resolve as its
    /// ExpectResolves says.
    /// </summary>
    public class GeneratedPrivateZonesTests
    {
        private static readonly string[] Names =
        {
            "corp.internal", "db.corp.internal", "x.db.corp.internal", "y.db.corp.internal", "www.corp.internal",
            "v6.corp.internal", "DB.Corp.Internal.", "b.internal", "odd.b.internal", "nothing.example",
        };

        private static readonly string[] Vpcs = { "VPC-A", "VPC-A2", "VPC-B", "VPC-C", "VPC-X" };

        private const string SeedEndState = TwoAccounts + """
                    var vpcA2 = a.Vpc("VPC-A2", "cn-shanghai", "10.1.0.0/16");
                    a.LinkAccount(b, "b-root@example.com");
                    a.PrivateZone("Corp.Internal.")
                        .Record("@", "10.0.0.5").Record("db", "10.0.0.10").Record("y.db", "10.0.0.12").Record("v6", "2408:4000::10")
                        .EffectiveIn(vpcA).EffectiveIn(vpcA2).EffectiveIn(vpcB);
                    a.PrivateZone("db.corp.internal").Record("x", "10.0.1.1").EffectiveIn(vpcA);
            """;

        public static TheoryData<string> Sources => new TheoryData<string>
        {
            // The seed document's end state, nested zones, an AAAA record and the apex.
            SeedEndState,
            // Bindings the cloud refuses (no link, a UID login, a RAM user, another site) and a name in effect twice.
            TwoAccounts + """
                    var c = net.Account("C", "3000000000000003", site: Site.ChinaMainland);
                    var vpcC = c.Vpc("VPC-C", "cn-hangzhou", "172.16.0.0/16");
                    a.LinkAccount(b, "2000000000000002");
                    a.LinkAccount(b.RamUser("ops"));
                    b.LinkAccount(c, "c-root@example.com");
                    a.PrivateZone("corp.internal").Record("www", "10.0.0.80").EffectiveIn(vpcA).EffectiveIn(vpcB).EffectiveIn(vpcC);
                    b.PrivateZone("b.internal").Record("@", "192.168.0.1").EffectiveIn(vpcB).EffectiveIn(vpcC).EffectiveIn(vpcA);
                    b.PrivateZone("corp.internal").Record("www", "192.168.0.80").EffectiveIn(vpcB);
                    a.PrivateZone("CORP.INTERNAL").Record("db", "10.9.9.9").EffectiveIn(vpcA);
            """,
            // Names that need escaping in the generated data.
            TwoAccounts + """
                    a.PrivateZone("b.internal").Record("odd", "10.0.0.1|\"\\\n").Record("we|rd\"name", "10.0.0.2").EffectiveIn(vpcA);
                    a.Vpc("VPC|\"X\n", "cn-hangzhou", "10.2.0.0/16");
            """,
        };

        [Theory]
        [MemberData(nameof(Sources))]
        public void Generated_private_zones_equal_the_private_zones_built_at_run_time(string body)
        {
            var run = GeneratorRun.Run(Topology(body));
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();

            var generated = GeneratedZones(assembly, "Net");
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "Net").PrivateZones;

            Assert.NotEmpty(runtime.Zones);
            Assert.Equal(runtime.ToMarkdown(), generated.ToMarkdown());
            Assert.Equal(Describe(runtime), Describe(generated));
            Assert.Equal(Resolutions(runtime), Resolutions(generated));
        }

        [Fact]
        public void Generated_zones_answer_as_the_cloud_would_for_the_seed_end_state()
        {
            var run = GeneratorRun.Run(Topology(SeedEndState));
            var zones = GeneratedZones(run.Load(), "Net");

            Assert.Equal("10.0.0.10", zones.Resolve("db.corp.internal", "VPC-B"));
            Assert.Equal("10.0.1.1", zones.Resolve("x.db.corp.internal", "VPC-A"));
            Assert.Null(zones.Resolve("db.corp.internal", "VPC-A"));
            Assert.Equal("2408:4000::10", zones.Resolve("v6.corp.internal", "VPC-A2"));
        }

        [Fact]
        public void The_samples_generated_zones_resolve_the_name_its_expect_resolves_names_in_both_accounts()
        {
            var generated = global::PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts.PrivateZones;

            Assert.Equal("10.0.0.10", generated.Resolve("db.corp.internal", "VPC-B"));
            Assert.Equal("10.0.0.10", generated.Resolve("db.corp.internal", "VPC-A"));
            Assert.Equal(new[] { "VPC-A", "VPC-B" }, generated.Zones.Single().EffectiveIn);
            Assert.Equal("A", generated.Zones.Single().Owner);
        }

        [Fact]
        public void The_sample_generated_by_the_build_equals_the_sample_built_at_run_time_and_is_sound()
        {
            var generated = global::PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts.PrivateZones;
            var runtime = Topology.Build(global::PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts.Define);

            Assert.Empty(runtime.Diagnostics);
            Assert.Equal(runtime.PrivateZones.ToMarkdown(), generated.ToMarkdown());
            Assert.Equal(Resolutions(runtime.PrivateZones), Resolutions(generated));
        }

        private static string[] Describe(PrivateZoneSet zones) =>
            zones.Zones.Select(z => z.Name + "|" + z.Owner + "|" + string.Join(",", z.EffectiveIn) + "|" + string.Join(",", z.Records.Select(r => r.ToString())))
                .ToArray();

        private static string?[] Resolutions(PrivateZoneSet zones) =>
            Vpcs.Concat(zones.Zones.SelectMany(z => z.EffectiveIn)).Distinct()
                .SelectMany(vpc => Names.Concat(zones.Zones.SelectMany(z => z.Records.Select(r => r.Fqdn))).Select(name => vpc + " " + name + " " + zones.Resolve(name, vpc)))
                .ToArray();
    }
}
