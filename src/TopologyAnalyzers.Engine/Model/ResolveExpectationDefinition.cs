namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>net.ExpectResolves(fqdn, fromVpc)</c>: the VPC must resolve the name through a private zone. The VPC is the
    /// <c>Vpc</c> value passed (<see cref="Vpc"/>), or, for the overload taking the VPC's name, -1 with that name in
    /// <see cref="VpcName"/>; validation looks the name up (the first VPC of that name, as <c>PrivateZones</c> does).
    /// </summary>
    internal sealed record ResolveExpectationDefinition(
        string Fqdn,
        int Vpc,
        string? VpcName,
        SourceSpan Call,
        SourceSpan FqdnSpan,
        SourceSpan VpcSpan);
}
