using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace TopologyAnalyzers.Tests.Packaging
{
    /// <summary>
    /// Runs the SDK as a user would from a shell, and finds the repository and the package the build wrote, for the
    /// tests that pack, build and format real projects.
    /// </summary>
    internal static class DotnetCli
    {
        public static readonly string Version = typeof(Topology).Assembly.GetName().Version!.ToString(3);

        /// <summary>
        /// Runs <c>dotnet <paramref name="command"/></c> in <paramref name="directory"/>. With
        /// <paramref name="packageCache"/> the child restores into that folder, so that a package just built is the
        /// one used rather than a cached one of the same version.
        /// </summary>
        public static (int ExitCode, string Output) Run(string directory, string command, string? packageCache = null)
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
            if (packageCache != null) start.Environment["NUGET_PACKAGES"] = packageCache;
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet " + command + " did not finish in 10 minutes:\n" + output);
            }
            return (process.ExitCode, output + error.Result);
        }

        /// <summary>The folder holding <c>TopologyAnalyzers.sln</c>, above the test's output folder.</summary>
        public static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TopologyAnalyzers.sln"))) return directory.FullName;
            }
            throw new DirectoryNotFoundException("No TopologyAnalyzers.sln above " + AppContext.BaseDirectory);
        }

        /// <summary>The .nupkg the package project wrote in this build's configuration.</summary>
        public static string PackagePath()
        {
            string configuration = AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/") ? "Release" : "Debug";
            var candidate = Path.Combine(RepositoryRoot(), "src", "TopologyAnalyzers.Package", "bin", configuration, "TopologyAnalyzers." + Version + ".nupkg");
            if (File.Exists(candidate)) return candidate;
            throw new FileNotFoundException("No TopologyAnalyzers." + Version + ".nupkg: build src/TopologyAnalyzers.Package first.", candidate);
        }

        /// <summary>A <c>nuget.config</c> whose only source is the folder holding <paramref name="packagePath"/>.</summary>
        public static void WriteLocalFeedConfig(string directory, string packagePath) =>
            File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{Path.GetDirectoryName(packagePath)}" />
                  </packageSources>
                </configuration>
                """);

        /// <summary>A console project referencing only the TopologyAnalyzers package, as the README's install section says.</summary>
        public static void WriteConsumerProject(string directory, string extraProperties = "") =>
            File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>{extraProperties}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="TopologyAnalyzers" Version="{Version}" />
                  </ItemGroup>
                </Project>
                """);
    }
}
