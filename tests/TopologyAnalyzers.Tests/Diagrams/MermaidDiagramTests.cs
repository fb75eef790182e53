using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Diagrams
{
    public class MermaidDiagramTests
    {
        private const string SeedDiagram =
            "flowchart LR\n" +
            "    subgraph acct0[\"Account A\"]\n" +
            "        vpc0[\"VPC1<br/>10.0.0.0/16\"]\n" +
            "        vpc1[\"VPC2<br/>172.16.0.0/16\"]\n" +
            "        tr0[\"CEN1 TR (ap-southeast-1)\"]\n" +
            "    end\n" +
            "    subgraph acct1[\"Account B\"]\n" +
            "        vpc2[\"VPC3<br/>192.168.0.0/16\"]\n" +
            "    end\n" +
            "    vpc0 ---|\"attach1\"| tr0\n" +
            "    vpc1 ---|\"attach2\"| tr0\n" +
            "    vpc2 ---|\"attach3\"| tr0\n";

        // A node ["..."] or edge |"..."| label: its content must not hold a quote, so it cannot end early.
        private static readonly Regex Line = new Regex(
            "^(flowchart LR|    subgraph acct\\d+\\[\"[^\"]*\"\\]|    end|( {4}| {8})(vpc|tr)\\d+\\[\"[^\"]*\"\\]|    vpc\\d+ ---\\|\"[^\"]*\"\\| tr\\d+)$");

        [Fact]
        public void Sample_diagram_generated_at_compile_time_draws_accounts_vpcs_the_router_and_each_attachment()
        {
            Assert.Equal(SeedDiagram, global::CrossAccountVpcs.CrossAccountVpcs.Mermaid);
        }

        [Fact]
        public void Seed_diagram_generated_in_memory_is_the_one_built_at_run_time()
        {
            var run = GeneratorRun.Run(Topologies.Seed);
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();

            Assert.Equal(SeedDiagram, GeneratedMermaid(assembly, "Seed.CrossAccountVpcs"));
            Assert.Equal(SeedDiagram, GeneratorRun.BuildAtRunTime(assembly, "Seed.CrossAccountVpcs").Mermaid);
            Assert.Equal(SeedDiagram, Topology.Build(global::CrossAccountVpcs.CrossAccountVpcs.Define).Mermaid);
        }

        [Fact]
        public void Hostile_names_generate_the_same_escaped_diagram_as_run_time()
        {
            var run = GeneratorRun.Run(Topologies.Escaping);
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();
            string generated = GeneratedMermaid(assembly, "Escaping");

            Assert.Equal(GeneratorRun.BuildAtRunTime(assembly, "Escaping").Mermaid, generated);
            Assert.Contains("    subgraph acct0[\"Account A #quot;quoted#quot;\"]\n", generated);
            Assert.Contains("        vpc7[\"line<br/>break */ #quot;q#quot; #124; pipe \\ back<br/>10.8.0.0/16\"]\n", generated);
            Assert.Contains("        tr0[\"CEN #quot;1#quot; TR (cn-hangzhou)\"]\n", generated);
            Assert.Contains("    vpc7 ---|\"attach #quot;x#quot; #124; y<br/>*/\"| tr0\n", generated);
            AssertWellFormed(generated);
        }

        [Fact]
        public void Quotes_brackets_markup_pipes_and_line_breaks_in_names_are_written_as_entity_codes()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("end\"] --> x[\"", "1000000000000001");
                var vpc = a.Vpc("<b>[v]</b> {#1}|`md`", "cn-hangzhou", "10.0.0.0/16");
                a.Cen("c\r\nd\re\nf\u2028g\th").TransitRouter("cn-hangzhou").Attach(vpc, "a&b");
            });

            Assert.Equal(
                "flowchart LR\n" +
                "    subgraph acct0[\"Account end#quot;#93; --#gt; x#91;#quot;\"]\n" +
                "        vpc0[\"#lt;b#gt;#91;v#93;#lt;/b#gt; #123;#35;1#125;#124;#96;md#96;<br/>10.0.0.0/16\"]\n" +
                "        tr0[\"c<br/>d<br/>e<br/>f<br/>g h TR (cn-hangzhou)\"]\n" +
                "    end\n" +
                "    vpc0 ---|\"a#amp;b\"| tr0\n",
                topology.Mermaid);
            AssertWellFormed(topology.Mermaid);
        }

        [Fact]
        public void Cross_account_attachment_draws_the_router_in_the_cen_owners_subgraph_and_still_draws_the_edge()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                var vpcB = b.Vpc("VPC-B", "cn-shanghai", "192.168.0.0/16");
                var cen = a.Cen("CEN1");
                vpcB.GrantTo(cen, Payer.CenOwner);
                cen.TransitRouter("cn-shanghai").Attach(vpcB, "cross");
            });

            Assert.Equal(
                "flowchart LR\n" +
                "    subgraph acct0[\"Account A\"]\n" +
                "        tr0[\"CEN1 TR (cn-shanghai)\"]\n" +
                "    end\n" +
                "    subgraph acct1[\"Account B\"]\n" +
                "        vpc0[\"VPC-B<br/>192.168.0.0/16\"]\n" +
                "    end\n" +
                "    vpc0 ---|\"cross\"| tr0\n",
                topology.Mermaid);
        }

        [Fact]
        public void Unattached_vpcs_and_routers_are_drawn_without_edges()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                a.Cen("CEN1").TransitRouter("cn-hangzhou");
                a.Cen("CEN2").TransitRouter("cn-beijing");
            });

            Assert.Equal(
                "flowchart LR\n" +
                "    subgraph acct0[\"Account A\"]\n" +
                "        vpc0[\"VPC1<br/>10.0.0.0/16\"]\n" +
                "        tr0[\"CEN1 TR (cn-hangzhou)\"]\n" +
                "        tr1[\"CEN2 TR (cn-beijing)\"]\n" +
                "    end\n",
                topology.Mermaid);
        }

        [Fact]
        public void Empty_topology_is_a_bare_flowchart()
        {
            Assert.Equal("flowchart LR\n", Topology.Build(_ => { }).Mermaid);
        }

        [Fact]
        public void Malformed_cidr_is_shown_as_written()
        {
            var topology = Topology.Build(net => net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.0.0.0/33\"x"));

            Assert.Contains("        vpc0[\"VPC1<br/>10.0.0.0/33#quot;x\"]\n", topology.Mermaid);
            AssertWellFormed(topology.Mermaid);
        }

        [Fact]
        public void Readme_shows_the_diagram_the_seed_sample_generates()
        {
            string readme = File.ReadAllText(Path.Combine(Fixtures.RepositoryRoot(), "README.md")).Replace("\r\n", "\n");

            Assert.Contains("```mermaid\n" + global::CrossAccountVpcs.CrossAccountVpcs.Mermaid + "```\n", readme);
        }

        private static string GeneratedMermaid(System.Reflection.Assembly assembly, string typeName) =>
            (string)assembly.GetType(typeName)!.GetProperty("Mermaid")!.GetValue(null)!;

        private static void AssertWellFormed(string diagram)
        {
            Assert.EndsWith("\n", diagram);
            Assert.DoesNotContain("\r", diagram);
            var lines = diagram.Substring(0, diagram.Length - 1).Split('\n');
            Assert.All(lines, line => Assert.Matches(Line, line));
        }
    }
}
