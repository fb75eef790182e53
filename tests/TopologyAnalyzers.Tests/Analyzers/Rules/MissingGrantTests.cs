using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO002: a VPC of another account attached to a CEN without a grant naming the CEN owner's UID and the CEN.
    /// Reported on the Attach call; a mismatched grant is the additional location (its wrong argument), and the
    /// diagnostic tells the code fix what to do (GrantFix, PeerAccountUid, PeerCenId).
    /// </summary>
    public class MissingGrantTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("B", "2000000000000002");
                    var c = net.Account("C", "3000000000000003");
                    var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                        .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                        .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                    var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16")
                        .VSwitch("vsw3-a", "ap-southeast-1a", "192.168.0.0/24")
                        .VSwitch("vsw3-b", "ap-southeast-1b", "192.168.1.0/24");
                    var cen1 = a.Cen("CEN1");
                    var cen2 = a.Cen("CEN2");
                    var cen9 = c.Cen("CEN9");
                    var tr = cen1.TransitRouter("ap-southeast-1");
                    tr.Attach(vpc1, "attach1");

            """;

        private const string Footer = """

                }
            }
            """;

        private const string Prefix = "Attachment 'attach3' connects VPC 'VPC3' of account 'B' to CEN 'CEN1' of account 'A', but ";

        private const string NoGrant = "account 'B' has not authorized CEN 'CEN1' (no cross-account grant on VPC 'VPC3')";

        private static DiagnosticResult Missing(int attach, string reason) =>
            new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(attach)
                .WithArguments("attach3", "VPC3", "B", "CEN1", "A", reason);

        private static DiagnosticResult Mismatched(int attach, int grant, string reason) =>
            new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(attach).WithLocation(grant)
                .WithArguments("attach3", "VPC3", "B", "CEN1", "A", reason);

        [Fact]
        public async Task A_cross_account_attachment_without_any_grant_is_reported_on_the_attach_call()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Missing(0, NoGrant));
        }

        [Fact]
        public async Task A_grant_with_the_wrong_uid_is_reported_and_points_at_the_uid_argument()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.Grant({|#1:"999"|}, "CEN1", Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Mismatched(0, 1, "the grant on VPC 'VPC3' names peer account UID '999' instead of '1000000000000001' (the UID of account 'A')"));
        }

        [Fact]
        public async Task A_grant_with_the_wrong_cen_id_is_reported_and_points_at_the_cen_argument()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.Grant("1000000000000001", {|#1:"CEN2"|}, Payer.VpcOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Mismatched(0, 1, "the grant on VPC 'VPC3' names peer CEN instance 'CEN2' instead of 'CEN1'"));
        }

        [Fact]
        public async Task GrantTo_another_cen_of_the_same_owner_is_a_cen_mismatch_on_the_cen_argument()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.GrantTo({|#1:cen2|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Mismatched(0, 1, "the grant on VPC 'VPC3' names peer CEN instance 'CEN2' instead of 'CEN1'"));
        }

        [Fact]
        public async Task GrantTo_a_cen_of_another_owner_is_a_cen_mismatch_because_the_cen_argument_carries_the_uid()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.GrantTo({|#1:cen9|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Mismatched(0, 1, "the grant on VPC 'VPC3' names peer CEN instance 'CEN9' instead of 'CEN1'"));
        }

        [Fact]
        public async Task A_raw_grant_wrong_on_both_values_is_reported_naming_both_and_pointing_at_both()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.Grant({|#1:"3000000000000003"|}, {|#2:"CEN9"|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Mismatched(0, 1, "the grant on VPC 'VPC3' names peer account UID '3000000000000003' instead of '1000000000000001' "
                    + "(the UID of account 'A') and peer CEN instance 'CEN9' instead of 'CEN1'").WithLocation(2));
        }

        [Fact]
        public async Task Of_several_mismatched_grants_the_one_naming_the_cen_is_reported_before_the_one_naming_the_owner()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.Grant("3000000000000003", "CEN9", Payer.CenOwner);
                        vpc3.Grant("1000000000000001", "CEN2", Payer.CenOwner);
                        vpc3.Grant({|#1:"1000000000000007"|}, "CEN1", Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Mismatched(0, 1, "the grant on VPC 'VPC3' names peer account UID '1000000000000007' instead of '1000000000000001' (the UID of account 'A')"));
        }

        [Fact]
        public async Task Of_grants_wrong_on_both_values_or_on_the_cen_the_one_naming_the_owner_is_reported()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.Grant("3000000000000003", "CEN9", Payer.CenOwner);
                        vpc3.Grant("1000000000000001", {|#1:"CEN2"|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Mismatched(0, 1, "the grant on VPC 'VPC3' names peer CEN instance 'CEN2' instead of 'CEN1'"));
        }

        [Fact]
        public async Task A_grant_on_another_vpc_does_not_authorize_this_one()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                        vpc4.GrantTo(cen1, Payer.CenOwner);
                        tr.Attach(vpc4, "attach4");
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Missing(0, NoGrant));
        }

        [Fact]
        public async Task A_matching_grant_among_mismatched_ones_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc3.Grant("999", "CEN1", Payer.CenOwner);
                        vpc3.GrantTo(cen2, Payer.CenOwner);
                        vpc3.Grant("1000000000000001", "CEN1", Payer.VpcOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer);
        }

        [Fact]
        public async Task A_grant_declared_after_the_attach_call_still_counts()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.Attach(vpc3, "attach3");
                        vpc3.GrantTo(cen1, Payer.CenOwner);
                """ + Footer);
        }

        [Fact]
        public async Task A_same_account_attachment_needs_no_grant()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc2 = a.Vpc("VPC2", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw2-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw2-b", "ap-southeast-1b", "172.16.1.0/24");
                        tr.Attach(vpc2, "attach2");
                """ + Footer);
        }

        [Fact]
        public async Task The_seed_scenario_is_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public async Task Every_attachment_of_an_unauthorized_vpc_is_reported()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        tr.{|#0:Attach(vpc3, "attach3")|};
                        cen2.TransitRouter("ap-southeast-1").{|#1:Attach(vpc3, "attach3b")|};
                """ + Footer,
                Missing(0, NoGrant),
                new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(1)
                    .WithArguments("attach3b", "VPC3", "B", "CEN2", "A", "account 'B' has not authorized CEN 'CEN2' (no cross-account grant on VPC 'VPC3')"));
        }

        [Theory]
        [InlineData("", "AddGrant")]
        [InlineData("vpc3.Grant(\"999\", \"CEN1\", Payer.CenOwner);", "FixUid")]
        [InlineData("vpc3.Grant(\"1000000000000001\", \"CEN2\", Payer.CenOwner);", "FixCen")]
        [InlineData("vpc3.GrantTo(cen2, Payer.CenOwner);", "FixCen")]
        [InlineData("vpc3.GrantTo(cen9, Payer.CenOwner);", "FixCen")]
        [InlineData("vpc3.Grant(\"3000000000000003\", \"CEN9\", Payer.CenOwner);", "FixUidAndCen")]
        public async Task The_diagnostic_tells_the_code_fix_what_to_change_and_the_values_the_grant_must_name(string grant, string fix)
        {
            var source = Header + grant + "\ntr.Attach(vpc3, \"attach3\");" + Footer;
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(GeneratorRun.Compile(source));

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("TOPO002", diagnostic.Id);
            Assert.Equal(fix, diagnostic.Properties["GrantFix"]);
            Assert.Equal("1000000000000001", diagnostic.Properties["PeerAccountUid"]);
            Assert.Equal("CEN1", diagnostic.Properties["PeerCenId"]);
            Assert.Equal(fix == "AddGrant" ? 0 : fix == "FixUidAndCen" ? 2 : 1, diagnostic.AdditionalLocations.Count);
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var source = Header + """
                        var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                        var vpc5 = b.Vpc("VPC5", "ap-southeast-1", "172.17.0.0/16")
                            .VSwitch("vsw5-a", "ap-southeast-1a", "172.17.0.0/24")
                            .VSwitch("vsw5-b", "ap-southeast-1b", "172.17.1.0/24");
                        tr.Attach(vpc3, "attach3");
                        vpc4.Grant("999", "CEN1", Payer.CenOwner);
                        tr.Attach(vpc4, "attach4");
                        vpc5.GrantTo(cen2, Payer.VpcOwner);
                        tr.Attach(vpc5, "attach5");
                """ + Footer;
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);

            Assert.Equal(new[]
            {
                Prefix + NoGrant,
                "Attachment 'attach4' connects VPC 'VPC4' of account 'B' to CEN 'CEN1' of account 'A', but the grant on VPC 'VPC4' "
                    + "names peer account UID '999' instead of '1000000000000001' (the UID of account 'A')",
                "Attachment 'attach5' connects VPC 'VPC5' of account 'B' to CEN 'CEN1' of account 'A', but the grant on VPC 'VPC5' "
                    + "names peer CEN instance 'CEN2' instead of 'CEN1'",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO002", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
