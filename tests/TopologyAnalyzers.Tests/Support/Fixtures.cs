using System;
using System.IO;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// The expected outputs of <c>shared/spec/fixtures</c>, which come from the cloud's documentation. Read from
    /// the shared folder beside the repository when it is there (so a change to the oracle reaches the tests),
    /// else from the copy under <c>Fixtures/</c>; a test checks the copy is current.
    /// </summary>
    internal static class Fixtures
    {
        public static string Read(string name) => File.ReadAllText(SharedPath(name) ?? CopyPath(name));

        public static string CopyPath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

        public static string? SharedPath(string name) => SharedSpecPath("fixtures", name);

        /// <summary>The clone's root: the first folder above the test binaries that holds the solution.</summary>
        public static string RepositoryRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "TopologyAnalyzers.sln"))) return directory.FullName;
            }
            throw new InvalidOperationException("No TopologyAnalyzers.sln above " + AppContext.BaseDirectory);
        }

        /// <summary>A file of <c>shared/spec/&lt;folder&gt;</c> in the first folder above the test binaries that has one, or null.</summary>
        public static string? SharedSpecPath(string folder, string name)
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "shared", "spec", folder, name);
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }
    }
}
