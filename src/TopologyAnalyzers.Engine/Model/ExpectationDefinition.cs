namespace TopologyAnalyzers.Engine
{
    /// <summary><c>net.ExpectReachable(from, to)</c> or <c>net.ExpectIsolated(from, to)</c>: ECS names or IP addresses.</summary>
    internal sealed record ExpectationDefinition(
        ExpectationKind Kind,
        string From,
        string To,
        SourceSpan Call,
        SourceSpan FromSpan,
        SourceSpan ToSpan);
}
