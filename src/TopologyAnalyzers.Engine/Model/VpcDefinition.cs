namespace TopologyAnalyzers.Engine
{
    /// <summary>A VPC, as declared by <c>account.Vpc(name, region, cidr, ipv6Cidr)</c>.</summary>
    internal sealed record VpcDefinition(
        int Account,
        string Name,
        string Region,
        string Cidr,
        string? Ipv6Cidr,
        SourceSpan Call,
        SourceSpan NameSpan,
        SourceSpan RegionSpan,
        SourceSpan CidrSpan,
        SourceSpan Ipv6CidrSpan);
}
