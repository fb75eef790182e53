namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// A [NetworkTopology] method of the right shape, as the generator's first step finds it: its documentation ID, its
    /// file, and the checksum of that file's text. Value-equatable: an edit elsewhere leaves it equal.
    /// </summary>
    internal sealed record TopologyLocation(string MethodId, string FilePath, string Checksum);
}
