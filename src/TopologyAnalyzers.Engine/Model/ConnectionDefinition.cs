namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// An inter-region connection between two transit routers of one CEN (<c>tr.Connect(otherTr, name)</c>), with the
    /// console's defaults: associated with and propagating to the default route table of both routers.
    /// </summary>
    internal sealed record ConnectionDefinition(
        int TransitRouter,
        int Peer,
        string Name,
        SourceSpan Call,
        SourceSpan PeerSpan,
        SourceSpan NameSpan);
}
