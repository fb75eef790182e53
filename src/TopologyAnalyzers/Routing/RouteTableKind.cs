namespace TopologyAnalyzers
{
    /// <summary>Whose route table it is.</summary>
    public enum RouteTableKind
    {
        /// <summary>A route table of a transit router.</summary>
        TransitRouter = 0,

        /// <summary>The system route table of a VPC.</summary>
        Vpc = 1,
    }
}
