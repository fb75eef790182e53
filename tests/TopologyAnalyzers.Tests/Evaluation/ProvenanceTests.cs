using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// A finding points at the expression that produced the offending value, wherever the DSL call that used it is; a
    /// finding about a call made in a helper also points at the call site in the [NetworkTopology] method.
    /// </summary>
    public class ProvenanceTests
    {
        [Fact]
        public async Task A_bad_literal_passed_to_a_helper_is_reported_on_the_literal_at_the_call_site()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(Programs.Net("""
                        var a = net.Account("A", "1000000000000001");
                        StandardVpc(a, "prod", "10.0.0.1/16");
                """, Programs.StandardVpc));

            var finding = Assert.Single(diagnostics, d => d.Id == "TOPO005");
            Assert.Equal("\"10.0.0.1/16\"", finding.Text);
            Assert.Contains("VPC 'prod'", finding.Message);
        }

        [Fact]
        public async Task A_bad_interpolation_in_a_loop_is_reported_on_the_interpolation_once_per_offending_iteration_naming_the_object()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(Programs.Net("""
                        var a = net.Account("A", "1000000000000001");
                        for (int i = 0; i < 4; i++)
                        {
                            a.Vpc($"app{i}", "ap-southeast-1", $"10.{i * 200}.0.0/16");
                        }
                """));

            var findings = diagnostics.Where(d => d.Id == "TOPO005").ToArray();
            Assert.Equal(2, findings.Length);
            Assert.All(findings, f => Assert.Equal("$\"10.{i * 200}.0.0/16\"", f.Text));
            Assert.Contains("VPC 'app2'", findings[0].Message);
            Assert.Contains("VPC 'app3'", findings[1].Message);
        }

        [Fact]
        public async Task A_value_kept_in_a_local_a_field_and_a_list_is_reported_where_it_was_written()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(Programs.Net("""
                        var a = net.Account("A", "1000000000000001");
                        var blocks = new List<string> { "10.0.0.0/16", "10.1.0.1/16" };
                        var zone = "ap-southeast-1z";
                        for (int i = 0; i < blocks.Count; i++)
                        {
                            a.Vpc("vpc" + i, Region, blocks[i]).VSwitch("vsw" + i, zone, blocks[i].Replace("/16", "/24"));
                        }
                """, "    private static readonly string Region = \"ap-southeast-1\";"));

            var malformed = diagnostics.Where(d => d.Id == "TOPO005").ToArray();
            Assert.Contains(malformed, d => d.Text == "\"10.1.0.1/16\"" && d.Message.Contains("VPC 'vpc1'"));
            // The vSwitch's block was made by Replace: that call produced it.
            Assert.Contains(malformed, d => d.Text == "blocks[i].Replace(\"/16\", \"/24\")" && d.Message.Contains("vSwitch 'vsw1'"));
            Assert.All(diagnostics.Where(d => d.Id == "TOPO020"), d => Assert.Equal("\"ap-southeast-1z\"", d.Text));
        }

        [Fact]
        public async Task A_const_in_another_file_is_reported_on_its_declaration()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(
                Programs.Net("""
                        net.Account("A", "1000000000000001").Vpc("VPC1", Regions.Singapore, "10.0.0.0/16");
                """),
                "public static class Regions { public const string Singapore = \"ap-southest-1\"; }");

            var finding = Assert.Single(diagnostics, d => d.Id == "TOPO020");
            Assert.Equal("\"ap-southest-1\"", finding.Text);
            Assert.EndsWith("Topology1.cs", finding.File);
            Assert.Contains("VPC 'VPC1'", finding.Message);
        }

        [Fact]
        public async Task A_finding_about_a_call_in_a_helper_points_at_the_call_and_at_the_call_site_in_the_topology()
        {
            var diagnostics = await LocatedDiagnostics.OfAsync(Programs.Net("""
                        var a = net.Account("A", "1000000000000001");
                        var b = net.Account("B", "2000000000000002");
                        var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                        Connect(tr, b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16")
                            .VSwitch("vsw3-a", "ap-southeast-1a", "192.168.0.0/24")
                            .VSwitch("vsw3-b", "ap-southeast-1b", "192.168.1.0/24"));
                """, """
                    private static void Connect(TransitRouter tr, Vpc vpc) => tr.Attach(vpc, vpc.Name + "-attachment");
                """));

            var missingGrant = Assert.Single(diagnostics, d => d.Id == "TOPO002");
            Assert.Equal("Attach(vpc, vpc.Name + \"-attachment\")", missingGrant.Text);
            Assert.Contains(missingGrant.Additional, text => text.StartsWith("Connect(tr, b.Vpc(\"VPC3\""));
            Assert.Contains("'VPC3-attachment'", missingGrant.Message);
        }
    }
}
