using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>TOPO021: a private-zone link to an account that owns no VPC, a warning on the LinkAccount call.</summary>
    public class LinkedAccountWithoutVpcTests
    {
        private const string AccountWithoutVpc = """
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("B", "2000000000000002");
                    a.Vpc("VPC-A", "cn-hangzhou", "10.0.0.0/16");

            """;

        private static DiagnosticResult WithoutVpc(int location, string account, string linked) =>
            new DiagnosticResult("TOPO021", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(account, linked);

        [Fact]
        public async Task A_link_to_an_account_without_a_vpc_is_a_warning_on_the_call()
        {
            await AnalyzerTest.VerifyAsync(Topology(AccountWithoutVpc + """
                        a.{|#0:LinkAccount(b, "b-root@example.com")|};
                """),
                WithoutVpc(0, "A", "B"));
        }

        [Fact]
        public async Task A_refused_link_to_an_account_without_a_vpc_gets_both_findings()
        {
            await AnalyzerTest.VerifyAsync(Topology(AccountWithoutVpc + """
                        a.{|#0:LinkAccount(b, {|#1:"2000000000000002"|})|};
                """),
                new DiagnosticResult("TOPO004", DiagnosticSeverity.Error).WithLocation(1).WithArguments("A", "B", "its UID '2000000000000002'"),
                WithoutVpc(0, "A", "B"));
        }

        [Fact]
        public async Task A_ram_user_attempt_is_left_to_the_ram_user_finding()
        {
            await AnalyzerTest.VerifyAsync(Topology(AccountWithoutVpc + """
                        a.{|#0:LinkAccount(b.RamUser("ops"))|};
                """),
                new DiagnosticResult("TOPO004", DiagnosticSeverity.Error).WithLocation(0)
                    .WithArguments("A", "B", "the credentials of RAM user 'ops' of account 'B'"));
        }

        [Fact]
        public async Task A_link_to_an_account_with_a_vpc_in_any_region_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topology(AccountWithoutVpc + """
                        b.Vpc("VPC-B", "cn-shanghai", "192.168.0.0/16");
                        a.LinkAccount(b, "b-root@example.com");
                """));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(AccountWithoutVpc + """
                        var c = net.Account("C", "3000000000000003");
                        c.Vpc("VPC-C", "cn-hangzhou", "172.16.0.0/16");
                        a.LinkAccount(b, "b-root@example.com");
                        a.LinkAccount(c, "c-root@example.com");
                        c.LinkAccount(b, "b-root");
                """), 2);
        }
    }
}
