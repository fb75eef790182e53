namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A static route of a transit router's table: <c>table.Route(destination, attachment)</c>, or
    /// <c>table.Blackhole(destination)</c> (<see cref="Attachment"/> is -1), which drops matching traffic.
    /// </summary>
    internal sealed record StaticRouteDefinition(
        int RouteTable,
        string Destination,
        int Attachment,
        SourceSpan Call,
        SourceSpan DestinationSpan,
        SourceSpan AttachmentSpan)
    {
        public bool IsBlackhole => Attachment < 0;
    }
}
