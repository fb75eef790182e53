using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.CodeFixes;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// TOPO003, an attached VPC in one zone: "Add a vSwitch in ..." appends a vSwitch with the free zone, block and
    /// name the engine found to the chain that declares the VPC.
    /// </summary>
    public class AddVSwitchInAnotherZoneCodeFixTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");

            """;

        private const string Footer = """

                }
            }
            """;

        private static DiagnosticResult SingleZone(int attach = 0, int vpc = 1) =>
            new DiagnosticResult("TOPO003", DiagnosticSeverity.Warning).WithLocation(attach).WithLocation(vpc);

        [Fact]
        public async Task A_multi_line_chain_gets_the_vswitch_on_its_own_line_after_the_last_vswitch()
        {
            await CodeFixTest<AddVSwitchInAnotherZoneCodeFixProvider>.VerifyAsync(
                Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .Ecs("ECS1", "10.0.0.1");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(vpc1, "attach1")|};
                """ + Footer,
                Header + """
                        var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vpc1-b", "ap-southeast-1b", "10.0.1.0/24")
                            .Ecs("ECS1", "10.0.0.1");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.Attach(vpc1, "attach1");
                """ + Footer,
                "Add a vSwitch in ap-southeast-1b",
                SingleZone());
        }

        [Fact]
        public async Task A_multi_line_chain_ending_in_a_vswitch_gets_the_new_vswitch_as_its_last_line()
        {
            await CodeFixTest<AddVSwitchInAnotherZoneCodeFixProvider>.VerifyAsync(
                Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").{|#0:Attach(vpc1, "attach1")|};
                """ + Footer,
                Header + """
                        var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vpc1-b", "ap-southeast-1b", "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").Attach(vpc1, "attach1");
                """ + Footer,
                "Add a vSwitch in ap-southeast-1b",
                SingleZone());
        }

        [Fact]
        public async Task A_single_line_chain_gets_the_vswitch_appended_on_the_same_line()
        {
            await CodeFixTest<AddVSwitchInAnotherZoneCodeFixProvider>.VerifyAsync(
                Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}.VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").{|#0:Attach(vpc1, "attach1")|};
                """ + Footer,
                Header + """
                        var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16").VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24").VSwitch("vpc1-b", "ap-southeast-1b", "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").Attach(vpc1, "attach1");
                """ + Footer,
                "Add a vSwitch in ap-southeast-1b",
                SingleZone());
        }

        [Fact]
        public async Task A_vpc_without_vswitches_gets_the_vswitch_right_after_its_declaration()
        {
            var test = new CodeFixTest<AddVSwitchInAnotherZoneCodeFixProvider>(
                Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|};
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").{|#0:Attach(vpc1, "attach1")|};
                """ + Footer,
                Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}.VSwitch("vpc1-a", "ap-southeast-1a", "10.0.0.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").{|#0:Attach(vpc1, "attach1")|};
                """ + Footer);
            test.ExpectedDiagnostics.Add(SingleZone());
            // One vSwitch is one zone: the warning stays, now suggesting a second zone.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.FixedState.ExpectedDiagnostics.Add(SingleZone());
            test.CodeActionVerifier = (action, verifier) => verifier.Equal("Add a vSwitch in ap-southeast-1a", action.Title);
            test.CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne;
            test.NumberOfIncrementalIterations = 1;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_all_adds_one_vswitch_to_each_single_zone_vpc()
        {
            var test = new CodeFixTest<AddVSwitchInAnotherZoneCodeFixProvider>(
                Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24");
                        var vpc2 = a.{|#3:Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16")|}
                            .VSwitch("vsw2-b", "ap-southeast-1b", "10.1.0.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.{|#0:Attach(vpc1, "attach1")|};
                        tr.{|#2:Attach(vpc2, "attach2")|};
                """ + Footer,
                Header + """
                        var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vpc1-b", "ap-southeast-1b", "10.0.1.0/24");
                        var vpc2 = a.{|#3:Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16")|}
                            .VSwitch("vsw2-b", "ap-southeast-1b", "10.1.0.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.Attach(vpc1, "attach1");
                        tr.{|#2:Attach(vpc2, "attach2")|};
                """ + Footer);
            test.ExpectedDiagnostics.Add(SingleZone(0, 1));
            test.ExpectedDiagnostics.Add(SingleZone(2, 3));
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.FixedState.ExpectedDiagnostics.Add(SingleZone(2, 3));
            test.BatchFixedCode = Header + """
                        var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vpc1-b", "ap-southeast-1b", "10.0.1.0/24");
                        var vpc2 = a.Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16")
                            .VSwitch("vsw2-b", "ap-southeast-1b", "10.1.0.0/24")
                            .VSwitch("vpc2-a", "ap-southeast-1a", "10.1.1.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        tr.Attach(vpc1, "attach1");
                        tr.Attach(vpc2, "attach2");
                """ + Footer;
            test.CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne;
            test.NumberOfIncrementalIterations = 1;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Fix_all_adds_a_single_vswitch_to_a_vpc_attached_to_two_cens()
        {
            var test = new CodeFixTest<AddVSwitchInAnotherZoneCodeFixProvider>(
                Header + """
                        var vpc1 = a.{|#1:Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")|}
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").{|#0:Attach(vpc1, "attach1")|};
                        a.Cen("CEN2").TransitRouter("ap-southeast-1").{|#2:Attach(vpc1, "attach2")|};
                """ + Footer,
                Header + """
                        var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vpc1-b", "ap-southeast-1b", "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter("ap-southeast-1").Attach(vpc1, "attach1");
                        a.Cen("CEN2").TransitRouter("ap-southeast-1").Attach(vpc1, "attach2");
                """ + Footer);
            test.ExpectedDiagnostics.Add(SingleZone(0, 1));
            test.ExpectedDiagnostics.Add(SingleZone(2, 1));
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }
    }
}
