using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
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
        private static readonly string Version = typeof(Topology).Assembly.GetName().Version!.ToString(3);

        [Fact]
        public void The_package_holds_the_runtime_library_and_the_compiler_side_assemblies_and_depends_on_nothing()
        {
            using var package = ZipFile.OpenRead(PackagePath());
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
            Assert.Equal(Version, metadata.Element(ns + "version")!.Value);
            Assert.Empty(metadata.Descendants(ns + "dependency"));
        }

        [Fact]
        public void A_project_that_references_only_the_package_gets_the_tables_the_diagnostics_and_the_fixes()
        {
            var directory = Directory.CreateTempSubdirectory("topology-consumer-");
            try
            {
                string source = Path.GetDirectoryName(PackagePath())!;
                File.WriteAllText(Path.Combine(directory.FullName, "nuget.config"), $"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <configuration>
                      <packageSources>
                        <clear />
                        <add key="local" value="{source}" />
                      </packageSources>
                    </configuration>
                    """);
                File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <OutputType>Exe</OutputType>
                        <TargetFramework>net10.0</TargetFramework>
                        <Nullable>enable</Nullable>
                      </PropertyGroup>
                      <ItemGroup>
                        <PackageReference Include="TopologyAnalyzers" Version="{Version}" />
                      </ItemGroup>
                    </Project>
                    """);
                File.WriteAllText(Path.Combine(directory.FullName, "Topology.cs"), Topologies.Seed);
                File.WriteAllText(Path.Combine(directory.FullName, "Program.cs"),
                    "System.Console.Write(Seed.CrossAccountVpcs.RouteTables.ToMarkdown());\n");

                var (exit, output) = Dotnet(directory.FullName, "run --nologo -v q");
                Assert.True(exit == 0, output);
                Assert.Equal(Fixtures.Read("cen-seed.routes.md").ReplaceLineEndings("\n"), output.ReplaceLineEndings("\n"));

                // The analyzer comes with the package: VPC3 moved onto VPC1's block is an error at the right spot.
                File.WriteAllText(Path.Combine(directory.FullName, "Topology.cs"),
                    Topologies.Seed.Replace("\"VPC3\", \"ap-southeast-1\", \"192.168.0.0/16\"", "\"VPC3\", \"ap-southeast-1\", \"10.0.0.0/16\""));
                var (failed, errors) = Dotnet(directory.FullName, "build --nologo -v q");
                Assert.NotEqual(0, failed);
                Assert.Contains("error TOPO001: VPC 'VPC3' (10.0.0.0/16) overlaps VPC 'VPC1' (10.0.0.0/16)", errors);

                // The code fixes come with it too: dotnet format applies "Use 192.168.0.0/16" to a block with host bits set.
                string topology = Path.Combine(directory.FullName, "Topology.cs");
                File.WriteAllText(topology,
                    Topologies.Seed.Replace("\"VPC3\", \"ap-southeast-1\", \"192.168.0.0/16\"", "\"VPC3\", \"ap-southeast-1\", \"192.168.0.1/16\""));
                var (formatted, formatOutput) = Dotnet(directory.FullName, "format analyzers --diagnostics TOPO005 --severity error -v q");
                Assert.True(formatted == 0, formatOutput);
                Assert.Equal(Topologies.Seed, File.ReadAllText(topology));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        /// <summary>Runs the SDK in <paramref name="directory"/> with a private package cache, so the package just built is the one used.</summary>
        private static (int ExitCode, string Output) Dotnet(string directory, string command)
        {
            var start = new ProcessStartInfo("dotnet", command)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // The test host runs under MSBuild's and the test runner's environment; the child build must not inherit it.
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || k.StartsWith("DOTNET_", StringComparison.OrdinalIgnoreCase) && k != "DOTNET_ROOT" || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }
            start.Environment["NUGET_PACKAGES"] = Path.Combine(directory, "packages");
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + command + " did not finish in 5 minutes:\n" + output);
            }
            return (process.ExitCode, output + error.Result);
        }

        /// <summary>The .nupkg the package project wrote in this build's configuration.</summary>
        private static string PackagePath()
        {
            string configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/") ? "Release" : "Debug";
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "src", "TopologyAnalyzers.Package", "bin", configuration, "TopologyAnalyzers." + Version + ".nupkg");
                if (File.Exists(candidate)) return candidate;
            }
            throw new FileNotFoundException("No TopologyAnalyzers." + Version + ".nupkg: build src/TopologyAnalyzers.Package first.");
        }
    }
}
