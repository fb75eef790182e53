namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A VPC connection to a transit router (<c>tr.Attach(vpc, name, ...)</c>), with the console's
    /// "Advanced Settings" switches.
    /// </summary>
    internal sealed record AttachmentDefinition(
        int TransitRouter,
        int Vpc,
        string Name,
        bool AssociateWithDefaultRouteTable,
        bool PropagateSystemRoutes,
        bool AutoCreateVpcRoutes,
        bool RouteSynchronization,
        SourceSpan Call,
        SourceSpan VpcSpan,
        SourceSpan NameSpan);
}
