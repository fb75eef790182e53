using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// What test compilations reference: the .NET 8 reference assemblies shipped in a package (the testing
    /// library's own download of reference packs does not work here) and the runtime library under test.
    /// </summary>
    internal static class TestReferences
    {
        public static readonly MetadataReference Runtime = MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location);

        public static IReadOnlyList<MetadataReference> All { get; } =
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(Runtime).ToArray();

        /// <summary>Configures a Microsoft.CodeAnalysis.Testing test to compile against <see cref="All"/>.</summary>
        public static void Apply(SolutionState state, ref ReferenceAssemblies referenceAssemblies)
        {
            referenceAssemblies = new ReferenceAssemblies("net8.0");
            state.AdditionalReferences.AddRange(All);
        }
    }
}
