namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>One benchmark case: which source builds the N VPCs, and how many.</summary>
    public sealed class TopologyCase
    {
        public TopologyCase(bool loop, int vpcs)
        {
            Loop = loop;
            Vpcs = vpcs;
        }

        /// <summary>Built by a <c>for</c> loop (<see cref="LoopTopology"/>), else straight-line (<see cref="SyntheticTopology"/>).</summary>
        public bool Loop { get; }

        public int Vpcs { get; }

        public string Source() => Loop ? LoopTopology.Source(Vpcs) : SyntheticTopology.Source(Vpcs);

        /// <summary>Where one character of a VPC name sits: the 'C' of "VPC..." in the middle VPC, or in the loop's template.</summary>
        public int NameCharacter(string source) =>
            source.IndexOf(Loop ? "$\"VPC{i}\"" : "\"VPC" + (Vpcs / 2) + "\"", System.StringComparison.Ordinal) + (Loop ? 4 : 3);

        // BenchmarkDotNet prints this as the parameter's value.
        public override string ToString() => (Loop ? "Loop-" : "StraightLine-") + Vpcs;
    }
}
