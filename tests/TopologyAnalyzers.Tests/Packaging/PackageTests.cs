using System;
using System.IO;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Packaging
{
    /// <summary>
    /// The product is one NuGet package (src/TopologyAnalyzers.Package, written on every build): the runtime library
    /// under lib/, the generator, analyzers and code fixes under analyzers/dotnet/cs, no dependencies. A user project
    /// that references only the package gets the generated tables, the diagnostics and the code fixes.
    /// </summary>
    public class PackageTests
    {
        private static (int ExitCode, string Output) Run(string directory, string command) =>
            DotnetCli.Run(directory, command, Path.Combine(directory, "packages"));

        [Fact]
        public void The_package_holds_the_runtime_library_and_the_compiler_side_assemblies_and_depends_on_nothing()
        {
            PackageContents.AssertIsTheWholeProduct(DotnetCli.PackagePath());
        }

        [Fact]
        public void A_project_that_references_only_the_package_gets_the_tables_the_diagnostics_and_the_fixes()
        {
            var directory = Directory.CreateTempSubdirectory("topology-consumer-");
            try
            {
                DotnetCli.WriteLocalFeedConfig(directory.FullName, DotnetCli.PackagePath());
                DotnetCli.WriteConsumerProject(directory.FullName);
                File.WriteAllText(Path.Combine(directory.FullName, "Topology.cs"), Topologies.Seed);
                File.WriteAllText(Path.Combine(directory.FullName, "Program.cs"),
                    "System.Console.Write(Seed.CrossAccountVpcs.RouteTables.ToMarkdown());\n");

                var (exit, output) = Run(directory.FullName, "run --nologo -v q");
                Assert.True(exit == 0, output);
                Assert.Equal(Fixtures.Read("cen-seed.routes.md").ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));

                // The analyzer comes with the package: VPC3 moved onto VPC1's block is an error at the right spot.
                File.WriteAllText(Path.Combine(directory.FullName, "Topology.cs"),
                    Topologies.Seed.Replace("\"VPC3\", \"ap-southeast-1\", \"192.168.0.0/16\"", "\"VPC3\", \"ap-southeast-1\", \"10.0.0.0/16\""));
                var (failed, errors) = Run(directory.FullName, "build --nologo -v q");
                Assert.NotEqual(0, failed);
                Assert.Contains("error TOPO001: VPC 'VPC3' (10.0.0.0/16) overlaps VPC 'VPC1' (10.0.0.0/16)", errors);

                // The code fixes come with it too: dotnet format applies "Use 192.168.0.0/16" to a block with host bits set.
                string topology = Path.Combine(directory.FullName, "Topology.cs");
                File.WriteAllText(topology,
                    Topologies.Seed.Replace("\"VPC3\", \"ap-southeast-1\", \"192.168.0.0/16\"", "\"VPC3\", \"ap-southeast-1\", \"192.168.0.1/16\""));
                var (formatted, formatOutput) = Run(directory.FullName, "format analyzers --diagnostics TOPO005 --severity error -v q");
                Assert.True(formatted == 0, formatOutput);
                Assert.Equal(Topologies.Seed, File.ReadAllText(topology));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }
    }
}
