using System;
using System.IO;
using System.Reflection;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// Every sample exports a valid configuration, the one its build embedded, and writes it with
    /// <c>dotnet run -- --terraform &lt;dir&gt;</c>; without arguments the seed sample still prints exactly the fixture.
    /// The samples' entry points run in this process, writing to a captured console, so the tests of this class run one
    /// at a time.
    /// </summary>
    public class SampleExportTests
    {
        public static TheoryData<string> Samples => Runtime.SamplesTests.Samples;

        private static Type SampleType(string name) => Runtime.SamplesTests.SampleType(name);

        [Theory]
        [MemberData(nameof(Samples))]
        public void A_sample_exports_a_valid_configuration_equal_to_the_run_time_one(string name)
        {
            var type = SampleType(name);
            string generated = (string)type.GetProperty("Terraform")!.GetValue(null)!;
            ExportedConfiguration.Parse(generated).AssertValid();
            Assert.Empty(FmtLayout.Problems(generated));
            Assert.Equal(Topology.Build(type.GetMethod("Define")!.CreateDelegate<Action<TopologyBuilder>>()).ToTerraform(), generated);
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void Run_with_terraform_and_a_folder_a_sample_writes_its_export_as_main_tf(string name)
        {
            var type = SampleType(name);
            var directory = Path.Combine(Path.GetTempPath(), "topology-terraform-" + Guid.NewGuid().ToString("N"), "out");
            try
            {
                var (exit, output) = RunSample(type.Assembly, "--terraform", directory);
                Assert.Equal(0, exit);
                string path = Path.Combine(directory, "main.tf");
                Assert.Equal("Wrote " + path + Environment.NewLine, output);
                byte[] bytes = File.ReadAllBytes(path);
                Assert.NotEqual(0xEF, bytes[0]); // no byte-order mark
                Assert.Equal((string)type.GetProperty("Terraform")!.GetValue(null)!, System.Text.Encoding.UTF8.GetString(bytes));
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(directory)!, recursive: true);
            }
        }

        [Fact]
        public void Run_without_arguments_the_seed_sample_prints_the_route_tables_of_the_fixture()
        {
            var (exit, output) = RunSample(typeof(CrossAccountVpcs.CrossAccountVpcs).Assembly);
            Assert.Equal(0, exit);
            Assert.Equal(Fixtures.Read("cen-seed.routes.md"), output);
        }

        [Fact]
        public void Run_with_other_arguments_a_sample_says_how_to_use_it_and_fails()
        {
            var (exit, output) = RunSample(typeof(CrossAccountVpcs.CrossAccountVpcs).Assembly, "--terraform");
            Assert.Equal(2, exit);
            Assert.Equal("", output);
        }

        private static (int Exit, string Output) RunSample(Assembly sample, params string[] args)
        {
            var writer = new StringWriter();
            var (outWas, errorWas) = (Console.Out, Console.Error);
            Console.SetOut(writer);
            Console.SetError(TextWriter.Null);
            try
            {
                return ((int)sample.EntryPoint!.Invoke(null, new object[] { args })!, writer.ToString());
            }
            finally
            {
                Console.SetOut(outWas);
                Console.SetError(errorWas);
            }
        }
    }
}
