using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>TOPO010: a zone made effective in a VPC of an account its owner has not (acceptably) linked, on the EffectiveIn call.</summary>
    public class ZoneInUnlinkedAccountTests
    {
        private static DiagnosticResult Unlinked(int location, string zone, string owner, string vpc, string account) =>
            new DiagnosticResult("TOPO010", DiagnosticSeverity.Error).WithLocation(location).WithArguments(zone, owner, vpc, account);

        [Fact]
        public async Task A_zone_made_effective_in_a_vpc_of_an_unlinked_account_is_reported_on_the_effective_in_call()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA).{|#0:EffectiveIn(vpcB)|};
                """),
                Unlinked(0, "corp.internal", "A", "VPC-B", "B"));
        }

        [Fact]
        public async Task A_link_in_the_other_direction_does_not_let_the_vpc_in()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        b.LinkAccount(a, "a-root@example.com");
                        var zone = a.PrivateZone("corp.internal");
                        zone.{|#0:EffectiveIn(vpcB)|};
                """),
                Unlinked(0, "corp.internal", "A", "VPC-B", "B"));
        }

        [Fact]
        public async Task A_binding_through_a_link_the_cloud_refuses_is_reported_as_well_as_the_link()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, {|#0:"2000000000000002"|});
                        a.PrivateZone("corp.internal").{|#1:EffectiveIn(vpcB)|};
                """),
                new DiagnosticResult("TOPO004", DiagnosticSeverity.Error).WithLocation(0).WithArguments("A", "B", "its UID '2000000000000002'"),
                Unlinked(1, "corp.internal", "A", "VPC-B", "B"));
        }

        [Fact]
        public async Task Zones_in_the_owners_vpcs_and_in_vpcs_of_linked_accounts_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        var vpcA2 = a.Vpc("VPC-A2", "cn-shanghai", "10.1.0.0/16");
                        a.LinkAccount(b, "b-root@example.com");
                        a.PrivateZone("corp.internal").EffectiveIn(vpcA).EffectiveIn(vpcA2).EffectiveIn(vpcB);
                        b.PrivateZone("b.internal").EffectiveIn(vpcB);
                """));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(TwoAccounts + """
                        var c = net.Account("C", "3000000000000003");
                        var vpcC = c.Vpc("VPC-C", "cn-hangzhou", "172.16.0.0/16");
                        a.LinkAccount(c, "c-root@example.com");
                        a.PrivateZone("corp.internal").EffectiveIn(vpcB).EffectiveIn(vpcC);
                        b.PrivateZone("b.internal").EffectiveIn(vpcA).EffectiveIn(vpcB);
                """), 2);
        }
    }
}
