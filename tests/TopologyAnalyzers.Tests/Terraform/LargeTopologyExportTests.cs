using System.Linq;
using System.Text;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// An export too long to embed as a constant (<see cref="TerraformWriter.MaxEmbeddedLength"/> characters) is computed at run
    /// time on first use instead, and is still the same text.
    /// </summary>
    public class LargeTopologyExportTests
    {
        [Fact]
        public void A_topology_whose_export_is_too_long_to_embed_computes_it_at_run_time_with_the_same_text()
        {
            var source = new StringBuilder("using TopologyAnalyzers;\npublic static partial class Large\n{\n    [NetworkTopology]\n    public static void Define(TopologyBuilder net)\n    {\n");
            source.Append("        var a = net.Account(\"A\", \"1000000000000001\");\n        var tr = a.Cen(\"CEN1\").TransitRouter(\"cn-hangzhou\");\n");
            for (int i = 0; i < 120; i++)
            {
                source.Append($"        tr.Attach(a.Vpc(\"VPC{i}\", \"cn-hangzhou\", \"10.{i / 250}.{i % 250}.0/24\").VSwitch(\"j{i}\", \"cn-hangzhou-j\", \"10.{i / 250}.{i % 250}.0/25\")")
                    .Append($".VSwitch(\"k{i}\", \"cn-hangzhou-k\", \"10.{i / 250}.{i % 250}.128/25\"), \"attach{i}\");\n");
            }
            source.Append("    }\n}\n");

            var run = GeneratorRun.Run(source.ToString());
            Assert.Empty(run.CompilationProblems());
            string generated = run.GeneratedSources.Single();
            Assert.DoesNotContain("TerraformText", generated);
            Assert.Contains("public static string Terraform => s_topologyAnalyzersRuntime.Value.ToTerraform();", generated);

            var assembly = run.Load();
            string text = (string)assembly.GetType("Large")!.GetProperty("Terraform")!.GetValue(null)!;
            Assert.True(text.Length > TerraformWriter.MaxEmbeddedLength);
            Assert.Equal(GeneratorRun.BuildAtRunTime(assembly, "Large").ToTerraform(), text);
            Assert.Equal(120, ExportedConfiguration.Parse(text).Resources("alicloud_cen_transit_router_vpc_attachment").Count());
        }
    }
}
