using System.Linq;
using CsCheck;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// Random topologies (<see cref="RandomTopology"/>: every DSL call, awkward names, most with findings) export a
    /// configuration that the validator finds valid for the provider's schema and that is laid out as
    /// <c>terraform fmt</c> leaves it; and the generator embeds the same text that <c>ToTerraform()</c> gives at run time.
    /// </summary>
    public class RandomTopologyExportTests
    {
        [Fact]
        public void Every_random_topology_exports_a_configuration_valid_for_the_schema_and_laid_out_as_terraform_fmt()
        {
            Gen.Int.Select(RandomTopology.Create).Sample(random =>
            {
                var topology = Topology.Build(random.Apply);
                string text = topology.ToTerraform();
                var problems = ExportedConfiguration.Parse(text).Problems.Concat(FmtLayout.Problems(text)).ToList();
                Assert.True(problems.Count == 0, random + ":\n" + string.Join("\n", problems) + "\n\n" + text);
                Assert.Equal(text, Topology.Build(random.Apply).ToTerraform());
            }, iter: 300);
        }

        [Fact]
        public void The_generator_embeds_the_text_that_the_run_time_export_gives_for_random_topologies()
        {
            Gen.Int.Array[8].Select(seeds => seeds.Select(RandomTopology.Create).ToArray()).Sample(randoms =>
            {
                var run = GeneratorRun.Run(randoms.Select((r, i) => r.Source("Random" + i)).ToArray());
                Assert.Empty(run.CompilationProblems());
                var assembly = run.Load();
                for (int i = 0; i < randoms.Length; i++)
                {
                    var type = assembly.GetType("Random" + i)!;
                    var generated = type.GetProperty("Terraform")?.GetValue(null) as string;
                    Assert.True(generated != null, randoms[i] + ": no generated Terraform property\n" + randoms[i].Source("Random" + i));
                    Assert.Equal(GeneratorRun.BuildAtRunTime(assembly, "Random" + i).ToTerraform(), generated);
                }
            }, iter: 3);
        }
    }
}
