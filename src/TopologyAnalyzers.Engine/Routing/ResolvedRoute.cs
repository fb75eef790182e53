namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// One row of a resolved route table. <see cref="Active"/> is false for a route that lost a conflict
    /// (another route put the same destination into the table first): it is shown, never used.
    /// <see cref="Blackhole"/> marks a static blackhole route: it drops what it matches, and its next hop reads
    /// <see cref="TransitRouterRouteTable.BlackholeNextHop"/> (the flag, not the text, tells it from an attachment
    /// that happens to bear that name).
    /// </summary>
    internal readonly record struct ResolvedRoute(Cidr Destination, string NextHop, RouteKind Kind, bool Active, bool Blackhole = false);
}
