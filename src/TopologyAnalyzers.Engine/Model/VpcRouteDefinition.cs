namespace TopologyAnalyzers.Engine
{
    /// <summary>A custom route written into a VPC's route table by hand: <c>vpc.Route(destination, attachment)</c>.</summary>
    internal sealed record VpcRouteDefinition(
        int Vpc,
        string Destination,
        int Attachment,
        SourceSpan Call,
        SourceSpan DestinationSpan,
        SourceSpan AttachmentSpan);
}
