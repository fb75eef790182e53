namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// A [NetworkTopology] method of the right shape, as the generator's first step finds it: its documentation ID, its
    /// file, the checksum of that file's text, and whether its class can be seen from other assemblies
    /// (<see cref="TopologyTarget.VisibleOutsideAssembly"/>), which another part of the class, in another file, may
    /// change. Value-equatable: an edit elsewhere leaves it equal.
    /// </summary>
    internal sealed record TopologyLocation(string MethodId, string FilePath, string Checksum, bool VisibleOutsideAssembly);
}
