namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// One lookup of a traced packet: the table it was looked up in (<see cref="ResolvedTable.Title"/>) and the route
    /// that decided where it went, or no route (<see cref="Destination"/> null) where the lookup found none.
    /// <see cref="Reply"/> tells the reply's lookups from the request's.
    /// </summary>
    internal readonly record struct TraceStep(bool Reply, string Table, string? Destination, string NextHop, RouteKind Kind)
    {
        public bool FoundRoute => Destination != null;
    }
}
