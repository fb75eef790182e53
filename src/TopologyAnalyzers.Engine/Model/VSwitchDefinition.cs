namespace TopologyAnalyzers.Engine
{
    /// <summary>A vSwitch, as declared by <c>vpc.VSwitch(name, zone, cidr, ipv6Cidr)</c>.</summary>
    internal sealed record VSwitchDefinition(
        int Vpc,
        string Name,
        string Zone,
        string Cidr,
        string? Ipv6Cidr,
        SourceSpan Call,
        SourceSpan NameSpan,
        SourceSpan ZoneSpan,
        SourceSpan CidrSpan,
        SourceSpan Ipv6CidrSpan);
}
