using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>TOPO019: an ExpectResolves that fails, on the ExpectResolves call, saying why.</summary>
    public class UnresolvedNameTests
    {
        private static DiagnosticResult Unresolved(int location, string fqdn, string vpc, string why) =>
            new DiagnosticResult("TOPO019", DiagnosticSeverity.Error).WithLocation(location).WithArguments(fqdn, vpc, why);

        private static DiagnosticResult Unlinked(int location, string zone, string owner, string vpc, string account) =>
            new DiagnosticResult("TOPO010", DiagnosticSeverity.Error).WithLocation(location).WithArguments(zone, owner, vpc, account);

        [Fact]
        public async Task A_name_no_zone_in_effect_covers_is_reported_on_the_expect_resolves_call()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA);
                        net.{|#0:ExpectResolves("db.other.internal", vpcA)|};
                        net.{|#1:ExpectResolves("db.corp.internal", vpcB)|};
                """),
                Unresolved(0, "db.other.internal", "VPC-A", "no private zone in effect there covers it"),
                Unresolved(1, "db.corp.internal", "VPC-B", "no private zone in effect there covers it"));
        }

        [Fact]
        public async Task A_name_missing_from_the_zone_that_covers_it_names_the_zone_and_the_record()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA);
                        net.{|#0:ExpectResolves("cache.corp.internal", vpcA)|};
                        net.{|#1:ExpectResolves("Corp.Internal.", vpcA)|};
                """),
                Unresolved(0, "cache.corp.internal", "VPC-A", "zone 'corp.internal' (the most specific in effect there) has no record 'cache'"),
                Unresolved(1, "Corp.Internal.", "VPC-A", "zone 'corp.internal' (the most specific in effect there) has no record '@'"));
        }

        [Fact]
        public async Task The_more_specific_zone_answers_alone_so_a_record_of_the_wider_zone_does_not_help()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").Record("x.db", "10.0.0.11").EffectiveIn(vpcA);
                        a.PrivateZone("db.corp.internal").Record("y", "10.0.1.1").EffectiveIn(vpcA);
                        net.{|#0:ExpectResolves("x.db.corp.internal", vpcA)|};
                        net.{|#1:ExpectResolves("db.corp.internal", vpcA)|};
                        net.ExpectResolves("y.db.corp.internal", vpcA);
                """),
                Unresolved(0, "x.db.corp.internal", "VPC-A", "zone 'db.corp.internal' (the most specific in effect there) has no record 'x'"),
                Unresolved(1, "db.corp.internal", "VPC-A", "zone 'db.corp.internal' (the most specific in effect there) has no record '@'"));
        }

        [Fact]
        public async Task A_zone_bound_into_a_vpc_of_an_unlinked_account_is_named_as_the_reason()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA).{|#0:EffectiveIn(vpcB)|};
                        net.{|#1:ExpectResolves("db.corp.internal", vpcB)|};
                """),
                Unlinked(0, "corp.internal", "A", "VPC-B", "B"),
                Unresolved(1, "db.corp.internal", "VPC-B", "zone 'corp.internal' of account 'A' is not in effect there because account 'A' has not linked account 'B'"));
        }

        [Fact]
        public async Task A_zone_left_out_because_the_cloud_refuses_the_link_says_so()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.{|#0:LinkAccount(b.RamUser("ops"))|};
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").{|#1:EffectiveIn(vpcB)|};
                        net.{|#2:ExpectResolves("db.corp.internal", vpcB)|};
                """),
                new DiagnosticResult("TOPO004", DiagnosticSeverity.Error).WithLocation(0)
                    .WithArguments("A", "B", "the credentials of RAM user 'ops' of account 'B'"),
                Unlinked(1, "corp.internal", "A", "VPC-B", "B"),
                Unresolved(2, "db.corp.internal", "VPC-B", "zone 'corp.internal' of account 'A' is not in effect there because the cloud refuses the link of account 'A' to account 'B'"));
        }

        [Fact]
        public async Task An_unlinked_zone_more_specific_than_the_zone_in_effect_is_named_rather_than_the_missing_record()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        b.PrivateZone("corp.internal").Record("www", "192.168.0.80").EffectiveIn(vpcB);
                        a.PrivateZone("db.corp.internal").Record("@", "10.0.0.10").{|#0:EffectiveIn(vpcB)|};
                        net.{|#1:ExpectResolves("db.corp.internal", vpcB)|};
                """),
                Unlinked(0, "db.corp.internal", "A", "VPC-B", "B"),
                Unresolved(1, "db.corp.internal", "VPC-B", "zone 'db.corp.internal' of account 'A' is not in effect there because account 'A' has not linked account 'B'"));
        }

        [Fact]
        public async Task Names_that_resolve_are_quiet_whatever_their_case_trailing_dot_or_address_family()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, "b-root@example.com");
                        a.PrivateZone("Corp.Internal.")
                            .Record("@", "10.0.0.5")
                            .Record("DB", "10.0.0.10")
                            .Record("v6", "2408:4000::10")
                            .EffectiveIn(vpcA)
                            .EffectiveIn(vpcB);
                        net.ExpectResolves("db.corp.internal", vpcA);
                        net.ExpectResolves("DB.CORP.INTERNAL.", vpcB);
                        net.ExpectResolves("corp.internal", vpcB);
                        net.ExpectResolves("v6.corp.internal", vpcB);
                """));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA).EffectiveIn(vpcB);
                        a.PrivateZone("db.corp.internal").Record("y", "10.0.1.1").EffectiveIn(vpcA);
                        net.ExpectResolves("db.corp.internal", vpcA);
                        net.ExpectResolves("y.db.corp.internal", vpcA);
                        net.ExpectResolves("cache.corp.internal", vpcA);
                        net.ExpectResolves("db.corp.internal", vpcB);
                        net.ExpectResolves("db.other.internal", vpcA);
                """), 5);
        }

        [Fact]
        public async Task The_vpc_may_be_named_instead_of_passed_and_the_answer_is_the_same()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, "b-root@example.com");
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA);
                        net.ExpectResolves("db.corp.internal", "VPC-A");
                        net.{|#0:ExpectResolves("db.corp.internal", "VPC-B")|};
                        net.{|#1:ExpectResolves("cache.corp.internal", "VPC-A")|};
                """),
                Unresolved(0, "db.corp.internal", "VPC-B", "no private zone in effect there covers it"),
                Unresolved(1, "cache.corp.internal", "VPC-A", "zone 'corp.internal' (the most specific in effect there) has no record 'cache'"));
        }

        [Fact]
        public async Task A_vpc_name_no_vpc_has_is_reported_on_the_name_naming_the_closest_declared_vpc()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA);
                        net.ExpectResolves("db.corp.internal", {|#0:"VPCB"|});
                        net.ExpectResolves("db.corp.internal", {|#1:"vpc-a"|});
                """),
                Unresolved(0, "db.corp.internal", "VPCB", "no VPC of the topology is named 'VPCB'; the closest declared is 'VPC-B'"),
                Unresolved(1, "db.corp.internal", "vpc-a", "no VPC of the topology is named 'vpc-a'; the closest declared is 'VPC-A'"));
        }

        [Fact]
        public async Task The_name_overload_gives_the_same_findings_at_compile_time_and_at_run_time()
        {
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA);
                        net.ExpectResolves("db.corp.internal", "VPC-A");
                        net.ExpectResolves("db.corp.internal", "VPC-B");
                        net.ExpectResolves("db.corp.internal", "VPC-C");
                """), 2);
        }
    }
}
