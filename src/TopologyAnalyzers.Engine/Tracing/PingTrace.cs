namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A traced ping from one ECS instance to another: every lookup of the request and, when the request got in, of the
    /// reply, and how it ended (<see cref="Detail"/> says where and why it was dropped).
    /// </summary>
    internal sealed record PingTrace(
        string From,
        string FromAddress,
        string To,
        string ToAddress,
        TraceVerdict Verdict,
        string Detail,
        EquatableArray<TraceStep> Steps)
    {
        public bool Reached => Verdict == TraceVerdict.Reached;

        /// <summary>One line: <c>ECS3 (192.168.0.1) -> ECS1 (10.0.0.1): VPC3: 10.0.0.0/8 -> attach3; ...; reached</c>.</summary>
        public override string ToString() => TraceText.Format(this);
    }
}
