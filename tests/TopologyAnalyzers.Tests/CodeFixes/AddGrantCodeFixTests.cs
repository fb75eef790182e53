using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.CodeFixes;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// TOPO002, a cross-account attachment without a matching grant: "Add grant" inserts the grant before the
    /// attachment; "Use UID ..." and "Use CEN ..." correct the argument of a mismatched grant.
    /// </summary>
    public class AddGrantCodeFixTests
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
                    var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                        .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                        .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                    var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16")
                        .VSwitch("vsw3-a", "ap-southeast-1a", "192.168.0.0/24")
                        .VSwitch("vsw3-b", "ap-southeast-1b", "192.168.1.0/24");

            """;

        private const string Footer = """

                }
            }
            """;

        /// <summary>Two more VPCs of account B, for the Fix All tests.</summary>
        private const string Vpc4And5 = """
                    var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                        .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                        .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                    var vpc5 = b.Vpc("VPC5", "ap-southeast-1", "172.17.0.0/16")
                        .VSwitch("vsw5-a", "ap-southeast-1a", "172.17.0.0/24")
                        .VSwitch("vsw5-b", "ap-southeast-1b", "172.17.1.0/24");

            """;

        private static DiagnosticResult MissingGrant(int location = 0) =>
            new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(location);

        private static DiagnosticResult MismatchedGrant() =>
            new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1);

        [Fact]
        public async Task Add_grant_inserts_GrantTo_with_the_cen_local_before_the_attachment()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        tr.Attach(vpc1, "attach1");

                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        tr.Attach(vpc1, "attach1");

                        vpc3.GrantTo(cen1, Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                "Add grant",
                MissingGrant());
        }

        [Fact]
        public async Task Add_grant_uses_the_cen_local_the_transit_router_was_made_from()
        {
            // The CEN's name is not a constant here, so only the router's declaration leads to the CEN local.
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Header + """
                        var name = "CEN1";
                        var hub = a.Cen(name);
                        var tr = hub.TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Header + """
                        var name = "CEN1";
                        var hub = a.Cen(name);
                        var tr = hub.TransitRouter("ap-southeast-1");
                        vpc3.GrantTo(hub, Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                "Add grant",
                MissingGrant());
        }

        [Fact]
        public async Task Add_grant_falls_back_to_Grant_with_the_uid_and_cen_id_when_no_local_holds_the_cen()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Header + """
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Header + """
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                "Add grant",
                MissingGrant());
        }

        [Fact]
        public async Task Add_grant_qualifies_Payer_when_the_file_does_not_import_the_namespace()
        {
            const string Before = """
                public static partial class Net
                {
                    [TopologyAnalyzers.NetworkTopology]
                    public static void Define(TopologyAnalyzers.TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var b = net.Account("B", "2000000000000002");
                        var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16")
                            .VSwitch("vsw3-a", "ap-southeast-1a", "192.168.0.0/24")
                            .VSwitch("vsw3-b", "ap-southeast-1b", "192.168.1.0/24");
                        var cen1 = a.Cen("CEN1");
                        cen1.TransitRouter("ap-southeast-1").{|#0:Attach(vpc3, "attach3")|};
                    }
                }
                """;
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Before,
                Before.Replace("""
                            cen1.TransitRouter("ap-southeast-1").{|#0:Attach(vpc3, "attach3")|};
                    """, """
                            vpc3.GrantTo(cen1, global::TopologyAnalyzers.Payer.CenOwner);
                            cen1.TransitRouter("ap-southeast-1").Attach(vpc3, "attach3");
                    """),
                "Add grant",
                MissingGrant());
        }

        [Fact]
        public async Task Add_grant_is_not_offered_when_the_vpc_argument_is_not_a_local()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24"), "attach4")|};
                """ + Footer,
                MissingGrant());
        }

        [Fact]
        public async Task Use_uid_replaces_the_mismatched_uid_literal_of_Grant()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc3.Grant({|#1:"1000000000000009"|}, "CEN1", Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc3.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                "Use UID 1000000000000001",
                MismatchedGrant());
        }

        [Fact]
        public async Task Use_uid_is_not_offered_when_the_uid_is_a_constant()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        const string Uid = {|#1:"1000000000000009"|};
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant(Uid, "CEN1", Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                MismatchedGrant());
        }

        [Fact]
        public async Task Use_uid_is_not_offered_when_the_uid_comes_from_a_local_an_account_also_uses()
        {
            // The finding points at the local's literal; rewriting it would give account C the CEN owner's UID too.
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        var uid = {|#1:"1000000000000009"|};
                        net.Account("C", uid);
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant(uid, "CEN1", Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                MismatchedGrant());
        }

        [Fact]
        public async Task Use_cen_replaces_the_mismatched_cen_id_literal_of_Grant()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Header + """
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant("1000000000000001", {|#1:"CEN2"|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Header + """
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                "Use CEN CEN1",
                MismatchedGrant());
        }

        [Fact]
        public async Task Use_cen_points_GrantTo_at_the_local_holding_the_attached_cen()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var cen2 = a.Cen("CEN2");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc3.GrantTo({|#1:cen2|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var cen2 = a.Cen("CEN2");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc3.GrantTo(cen1, Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                "Use CEN CEN1",
                MismatchedGrant());
        }

        [Fact]
        public async Task Use_cen_is_not_offered_for_GrantTo_when_no_local_holds_the_attached_cen()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        var cen2 = a.Cen("CEN2");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.GrantTo({|#1:cen2|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                MismatchedGrant());
        }

        [Fact]
        public async Task Fix_all_adds_one_grant_for_each_vpc()
        {
            var test = new CodeFixTest<AddGrantCodeFixProvider>(
                Header + """
                        var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(vpc3, "attach3")|};
                        tr.{|#1:Attach(vpc4, "attach4")|};
                """ + Footer,
                Header + """
                        var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc3.GrantTo(cen1, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                        tr.{|#1:Attach(vpc4, "attach4")|};
                """ + Footer);
            test.ExpectedDiagnostics.Add(MissingGrant(0));
            test.ExpectedDiagnostics.Add(MissingGrant(1));
            test.FixedState.ExpectedDiagnostics.Add(MissingGrant(1));
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedCode = Header + """
                        var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc3.GrantTo(cen1, Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                        vpc4.GrantTo(cen1, Payer.CenOwner);
                        tr.Attach(vpc4, "attach4");
                """ + Footer;
            test.CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne;
            test.NumberOfIncrementalIterations = 1;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_all_adds_a_single_grant_for_two_attachments_of_one_vpc_to_one_cen()
        {
            var test = new CodeFixTest<AddGrantCodeFixProvider>(
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(vpc3, "attach3")|};
                        tr.{|#1:Attach(vpc3, "attach3-again", propagateSystemRoutes: false, autoCreateVpcRoutes: false)|};
                """ + Footer,
                Header + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc3.GrantTo(cen1, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                        tr.{|#1:Attach(vpc3, "attach3-again", propagateSystemRoutes: false, autoCreateVpcRoutes: false)|};
                """ + Footer);
            test.ExpectedDiagnostics.Add(MissingGrant(0));
            test.ExpectedDiagnostics.Add(MissingGrant(1));
            // The second attachment is refused as such (TOPO027), which no grant changes.
            var attachedTwice = new DiagnosticResult("TOPO027", DiagnosticSeverity.Error).WithLocation(1).WithLocation(0);
            test.ExpectedDiagnostics.Add(attachedTwice);
            test.FixedState.ExpectedDiagnostics.Add(attachedTwice);
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedState.ExpectedDiagnostics.Add(attachedTwice);
            test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
            test.NumberOfFixAllIterations = 1;
            test.CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllInProjectCheck | CodeFixTestBehaviors.SkipFixAllInSolutionCheck;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_all_corrects_every_mismatched_uid()
        {
            var test = new CodeFixTest<AddGrantCodeFixProvider>(
                Header + """
                        var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant({|#1:"1000000000000009"|}, "CEN1", Payer.CenOwner);
                        vpc4.Grant({|#3:"1000000000000008"|}, "CEN1", Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                        tr.{|#2:Attach(vpc4, "attach4")|};
                """ + Footer,
                Header + """
                        var vpc4 = b.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw4-b", "ap-southeast-1b", "172.16.1.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        vpc4.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                        tr.Attach(vpc4, "attach4");
                """ + Footer);
            test.ExpectedDiagnostics.Add(MismatchedGrant());
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(2).WithLocation(3));
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task A_raw_grant_wrong_on_both_values_is_corrected_in_one_step()
        {
            await CodeFixTest<AddGrantCodeFixProvider>.VerifyAsync(
                Header + """
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant({|#1:"3000000000000003"|}, {|#2:"CEN9"|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                """ + Footer,
                Header + """
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        vpc3.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                """ + Footer,
                "Use UID 1000000000000001 and CEN CEN1",
                MismatchedGrant().WithLocation(2));
        }

        [Fact]
        public async Task Fix_all_makes_every_kind_of_grant_fix_in_one_pass()
        {
            // dotnet format runs Fix All once per ID: a missing grant, a wrong UID and a wrong CEN are all fixed by it.
            var test = new CodeFixTest<AddGrantCodeFixProvider>(
                Header + Vpc4And5 + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc4.Grant({|#3:"1000000000000009"|}, "CEN1", Payer.CenOwner);
                        vpc5.Grant("1000000000000001", {|#5:"CEN7"|}, Payer.CenOwner);
                        tr.{|#0:Attach(vpc3, "attach3")|};
                        tr.{|#2:Attach(vpc4, "attach4")|};
                        tr.{|#4:Attach(vpc5, "attach5")|};
                """ + Footer,
                Header + Vpc4And5 + """
                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        vpc4.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        vpc5.Grant("1000000000000001", "CEN1", Payer.CenOwner);
                        vpc3.GrantTo(cen1, Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");
                        tr.Attach(vpc4, "attach4");
                        tr.Attach(vpc5, "attach5");
                """ + Footer);
            test.ExpectedDiagnostics.Add(MissingGrant(0));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(2).WithLocation(3));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TOPO002", DiagnosticSeverity.Error).WithLocation(4).WithLocation(5));
            // One at a time, three fixes; Fix All, all three in one pass, each with the one fix its diagnostic needs.
            test.NumberOfIncrementalIterations = 3;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }
    }
}
