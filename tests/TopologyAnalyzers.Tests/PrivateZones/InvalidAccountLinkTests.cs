using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>TOPO004: a private-zone account link made with a RAM user (reported on the call) or with a UID or an empty login (on the login).</summary>
    public class InvalidAccountLinkTests
    {
        private static DiagnosticResult InvalidLink(int location, string account, string linked, string how) =>
            new DiagnosticResult("TOPO004", DiagnosticSeverity.Error).WithLocation(location).WithArguments(account, linked, how);

        [Fact]
        public async Task A_link_made_with_a_ram_user_is_reported_on_the_call_naming_the_user_and_its_account()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        var ops = b.RamUser("ops");
                        a.{|#0:LinkAccount(ops)|};
                """),
                InvalidLink(0, "A", "B", "the credentials of RAM user 'ops' of account 'B'"));
        }

        [Fact]
        public async Task A_link_whose_login_is_the_linked_accounts_uid_is_reported_as_its_uid()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, {|#0:"2000000000000002"|});
                """),
                InvalidLink(0, "A", "B", "its UID '2000000000000002'"));
        }

        [Fact]
        public async Task A_uid_login_with_spaces_around_it_is_still_a_uid()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, login: {|#0:" 2000000000000002 "|});
                """),
                InvalidLink(0, "A", "B", "its UID '2000000000000002'"));
        }

        [Fact]
        public async Task A_login_that_is_another_accounts_uid_names_that_account()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, {|#0:"1000000000000001"|});
                """),
                InvalidLink(0, "A", "B", "the UID '1000000000000001' of account 'A'"));
        }

        [Fact]
        public async Task An_empty_login_is_reported_and_does_not_link()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b, {|#0:" "|});
                        a.PrivateZone("corp.internal").{|#1:EffectiveIn(vpcB)|};
                """),
                InvalidLink(0, "A", "B", "an empty login"),
                new DiagnosticResult("TOPO010", DiagnosticSeverity.Error).WithLocation(1).WithArguments("corp.internal", "A", "VPC-B", "B"));
        }

        [Fact]
        public async Task Each_invalid_link_is_reported_once_on_its_own_call_or_login()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        var c = net.Account("C", "3000000000000003");
                        c.Vpc("VPC-C", "cn-hangzhou", "172.16.0.0/16");
                        a.{|#0:LinkAccount(b.RamUser("ops"))|}
                         .LinkAccount(c, {|#1:"3000000000000003"|})
                         .LinkAccount(b, "b-root@example.com");
                """),
                InvalidLink(0, "A", "B", "the credentials of RAM user 'ops' of account 'B'"),
                InvalidLink(1, "A", "C", "its UID '3000000000000003'"));
        }

        [Fact]
        public async Task Links_by_email_or_username_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoAccounts + """
                        var c = net.Account("C", "3000000000000003");
                        c.Vpc("VPC-C", "cn-hangzhou", "172.16.0.0/16");
                        a.LinkAccount(b, "b-root@example.com");
                        a.LinkAccount(c, "c_root");
                        b.LinkAccount(c, "30000000000000031");
                """));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(TwoAccounts + """
                        a.LinkAccount(b.RamUser("ops"));
                        a.LinkAccount(b, "2000000000000002");
                        b.LinkAccount(a, "2000000000000002");
                        b.LinkAccount(a, "a-root@example.com");
                """), 3);
        }
    }
}
