namespace TopologyAnalyzers.Engine
{
    /// <summary><c>net.ExpectResolves(fqdn, fromVpc)</c>: the VPC must resolve the name through a private zone.</summary>
    internal sealed record ResolveExpectationDefinition(
        string Fqdn,
        int Vpc,
        SourceSpan Call,
        SourceSpan FqdnSpan,
        SourceSpan VpcSpan);
}
