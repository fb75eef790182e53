using System;
using System.IO;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>The topology files of <c>samples/</c>, read from the repository the tests were built in.</summary>
    internal static class SampleSources
    {
        public static readonly string[] Names = { "CrossAccountVpcs", "PrivateZoneAcrossAccounts", "SharedServiceIsolation", "CrossRegionAcrossAccounts", "LandingZone" };

        /// <summary>The oldest language version the sample's own code is written in (LandingZone declares a record: C# 9).</summary>
        public static Microsoft.CodeAnalysis.CSharp.LanguageVersion MinimumLanguageVersion(string name) =>
            name == "LandingZone" ? Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9 : Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3;

        /// <summary><c>samples/&lt;name&gt;/&lt;name&gt;.cs</c>: the sample's [NetworkTopology] class, as its user wrote it.</summary>
        public static string Read(string name) => File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", name, name + ".cs"));

        private static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TopologyAnalyzers.sln"))) return directory.FullName;
            }
            throw new InvalidOperationException("The tests run outside the repository: no TopologyAnalyzers.sln above " + AppContext.BaseDirectory);
        }
    }
}
