namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The Enterprise Edition transit router of a CEN in one region (<c>cen.TransitRouter(region)</c>).
    /// A CEN has at most one per region: asking again for the same region gives the same router.
    /// </summary>
    internal sealed record TransitRouterDefinition(
        int Cen,
        string Region,
        SourceSpan Call,
        SourceSpan RegionSpan);
}
