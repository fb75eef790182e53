using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>
    /// TOPO022: a zone made effective in a VPC where a zone of the same name is already in effect, on the later
    /// EffectiveIn call with the earlier one as additional location.
    /// </summary>
    public class ZoneNameInEffectTwiceTests
    {
        private static DiagnosticResult InEffectTwice(int later, int earlier, string zone, string owner, string vpc, string firstOwner) =>
            new DiagnosticResult("TOPO022", DiagnosticSeverity.Error).WithLocation(later).WithLocation(earlier)
                .WithArguments(zone, owner, vpc, firstOwner);

        [Fact]
        public async Task A_zone_of_a_linked_account_with_the_name_of_a_zone_already_in_effect_is_reported_on_the_later_binding()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, "b-root@example.com");
                        b.PrivateZone("corp.internal").Record("db", "192.168.0.10").{|#1:EffectiveIn(vpcB)|};
                        a.PrivateZone("Corp.Internal.").Record("db", "10.0.0.10").EffectiveIn(vpcA).{|#0:EffectiveIn(vpcB)|};
                """),
                InEffectTwice(0, 1, "Corp.Internal.", "A", "VPC-B", "B"));
        }

        [Fact]
        public async Task The_same_zone_made_effective_twice_in_one_vpc_is_reported_on_the_second_call()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        var zone = a.PrivateZone("corp.internal").{|#1:EffectiveIn(vpcA)|};
                        zone.{|#0:EffectiveIn(vpcA)|};
                """),
                InEffectTwice(0, 1, "corp.internal", "A", "VPC-A", "A"));
        }

        [Fact]
        public async Task A_binding_that_is_not_in_effect_does_not_take_the_name()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").{|#0:EffectiveIn(vpcB)|};
                        b.PrivateZone("corp.internal").EffectiveIn(vpcB);
                """),
                new DiagnosticResult("TOPO010", DiagnosticSeverity.Error).WithLocation(0).WithArguments("corp.internal", "A", "VPC-B", "B"));
        }

        [Fact]
        public async Task Nested_zone_names_in_one_vpc_and_one_name_in_several_vpcs_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, "b-root@example.com");
                        a.PrivateZone("corp.internal").EffectiveIn(vpcA).EffectiveIn(vpcB);
                        a.PrivateZone("db.corp.internal").EffectiveIn(vpcA).EffectiveIn(vpcB);
                        b.PrivateZone("corp.internal.example").EffectiveIn(vpcB);
                """));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, "b-root@example.com");
                        var first = b.PrivateZone("corp.internal").EffectiveIn(vpcB);
                        a.PrivateZone("CORP.internal").EffectiveIn(vpcB).EffectiveIn(vpcA);
                        first.EffectiveIn(vpcB);
                """), 2);
        }
    }
}
