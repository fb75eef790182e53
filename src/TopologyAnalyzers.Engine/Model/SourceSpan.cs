namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Where a piece of the topology was written: a character span in one of the files the compile-time evaluation
    /// read (<see cref="Tree"/> indexes the evaluator's list of files; 0 is the file of the [NetworkTopology] method).
    /// A DSL call made inside a helper also carries <see cref="Via"/>: the call in the [NetworkTopology] method that led
    /// to it, shown as an additional location. <see cref="None"/> is used at run time, where there is no source.
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int Length, int Tree = 0, int ViaStart = -1, int ViaLength = 0)
    {
        public static SourceSpan None => new SourceSpan(-1, 0);

        public bool IsNone => Start < 0;

        public bool HasVia => ViaStart >= 0;

        /// <summary>The call site in the [NetworkTopology] method (tree 0), or <see cref="None"/>.</summary>
        public SourceSpan Via => HasVia ? new SourceSpan(ViaStart, ViaLength) : None;

        // The generated PrintMembers would print Via, whose Via is None, whose Via is None... without end.
        public override string ToString() =>
            IsNone ? "none" : "[" + Start + ".." + (Start + Length) + ") of file " + Tree + (HasVia ? " via [" + ViaStart + ".." + (ViaStart + ViaLength) + ")" : "");

        public SourceSpan WithVia(SourceSpan via) => IsNone || via.IsNone ? this : this with { ViaStart = via.Start, ViaLength = via.Length };
    }
}
