using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Packaging
{
    /// <summary>What the one TopologyAnalyzers package must hold, whichever way it was packed.</summary>
    internal static class PackageContents
    {
        /// <summary>
        /// The runtime library and its XML docs under lib/, the generator with the analyzers and the code fixes under
        /// analyzers/dotnet/cs, the package ID and version of the product, and no dependencies.
        /// </summary>
        public static void AssertIsTheWholeProduct(string packagePath)
        {
            using var package = ZipFile.OpenRead(packagePath);
            var entries = package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll") || n.EndsWith(".xml") && n.StartsWith("lib/")).OrderBy(n => n);

            Assert.Equal(new[]
            {
                "analyzers/dotnet/cs/TopologyAnalyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/TopologyAnalyzers.Generators.dll",
                "lib/netstandard2.0/TopologyAnalyzers.dll",
                "lib/netstandard2.0/TopologyAnalyzers.xml",
            }, entries);

            using var nuspecStream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open();
            var nuspec = XDocument.Load(nuspecStream);
            var ns = nuspec.Root!.Name.Namespace;
            var metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("TopologyAnalyzers", metadata.Element(ns + "id")!.Value);
            Assert.Equal(DotnetCli.Version, metadata.Element(ns + "version")!.Value);
            Assert.Empty(metadata.Descendants(ns + "dependency"));
        }

        /// <summary>The shipped XML documentation file of the runtime library, read from the package.</summary>
        public static XDocument RuntimeDocumentation(string packagePath)
        {
            using var package = ZipFile.OpenRead(packagePath);
            using var stream = package.GetEntry("lib/netstandard2.0/TopologyAnalyzers.xml")!.Open();
            return XDocument.Load(stream);
        }
    }
}
