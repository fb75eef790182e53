namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// One row of a resolved route table. <see cref="Active"/> is false for a route that lost a conflict
    /// (another attachment put the same destination into the table first): it is shown, never used.
    /// </summary>
    internal readonly record struct ResolvedRoute(Cidr Destination, string NextHop, RouteKind Kind, bool Active);
}
