using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// The generated <c>Terraform</c> (the interpreter's model, written at compile time) equals <c>ToTerraform()</c> on
    /// the same method run at run time, for every topology the generator tests share, and is valid for the schema.
    /// </summary>
    public class CompileTimeExportTests
    {
        /// <summary>The generator tests' topologies, and the one that calls every DSL method.</summary>
        public static TheoryData<string, string> AllTopologies
        {
            get
            {
                var topologies = Generation.GeneratedMatchesRuntimeTests.AllTopologies;
                topologies.Add(Topologies.EveryCall, "EveryCall");
                return topologies;
            }
        }

        [Theory]
        [MemberData(nameof(AllTopologies))]
        public void The_generated_export_equals_the_run_time_export(string source, string typeName)
        {
            var run = GeneratorRun.Run(source);
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();
            string generated = (string)assembly.GetType(typeName)!.GetProperty("Terraform")!.GetValue(null)!;

            Assert.Equal(GeneratorRun.BuildAtRunTime(assembly, typeName).ToTerraform(), generated);
            ExportedConfiguration.Parse(generated).AssertValid();
        }
    }
}
