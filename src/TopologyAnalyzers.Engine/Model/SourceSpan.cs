namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Where a piece of the topology was written: a character span in the file that holds the
    /// [NetworkTopology] method. Every DSL call and argument lies in that method's body, so one file is
    /// implied. <see cref="None"/> is used at run time, where there is no source.
    /// </summary>
    internal readonly record struct SourceSpan(int Start, int Length)
    {
        public static SourceSpan None => new SourceSpan(-1, 0);

        public bool IsNone => Start < 0;
    }
}
