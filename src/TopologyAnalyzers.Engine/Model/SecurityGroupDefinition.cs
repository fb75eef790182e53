namespace TopologyAnalyzers.Engine
{
    /// <summary>A security group of a VPC, as declared by <c>vpc.SecurityGroup(name, kind)</c>.</summary>
    internal sealed record SecurityGroupDefinition(
        int Vpc,
        string Name,
        SecurityGroupType Kind,
        SourceSpan Call,
        SourceSpan NameSpan,
        SourceSpan KindSpan);
}
