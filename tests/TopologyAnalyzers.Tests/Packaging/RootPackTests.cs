using System;
using System.IO;
using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Packaging
{
    /// <summary>
    /// <c>dotnet pack -c Release -o out</c> at the root of a fresh copy of the repository, as the README's install
    /// section says: it succeeds and writes the one package, complete, and no other.
    /// </summary>
    public class RootPackTests
    {
        [Fact]
        public void Packing_the_repository_root_writes_exactly_the_one_complete_package()
        {
            var copy = Directory.CreateTempSubdirectory("topology-pack-");
            try
            {
                CopySources(DotnetCli.RepositoryRoot(), copy.FullName);
                string output = Path.Combine(copy.FullName, "out");

                var (exit, log) = DotnetCli.Run(copy.FullName, "pack -c Release -o out --nologo");

                Assert.True(exit == 0, log);
                Assert.Equal(new[] { "TopologyAnalyzers." + DotnetCli.Version + ".nupkg" },
                    Directory.GetFiles(output).Select(Path.GetFileName));
                // Nothing else in the tree was packed either (a sample, a test project, the runtime library alone).
                Assert.Equal(new[] { Path.Combine(output, "TopologyAnalyzers." + DotnetCli.Version + ".nupkg") },
                    Directory.GetFiles(copy.FullName, "*.nupkg", SearchOption.AllDirectories));
                PackageContents.AssertIsTheWholeProduct(Path.Combine(output, "TopologyAnalyzers." + DotnetCli.Version + ".nupkg"));
            }
            finally
            {
                copy.Delete(recursive: true);
            }
        }

        /// <summary>The repository as a fresh clone has it: no build output, no git metadata.</summary>
        private static void CopySources(string from, string to)
        {
            foreach (var directory in Directory.GetDirectories(from))
            {
                string name = Path.GetFileName(directory);
                if (name is "bin" or "obj" or "out" or ".git" or ".vs" or "TestResults" or "BenchmarkDotNet.Artifacts") continue;
                string target = Path.Combine(to, name);
                Directory.CreateDirectory(target);
                CopySources(directory, target);
            }
            foreach (var file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }
    }
}
