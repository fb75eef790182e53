namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// An inbound allow rule of a security group: <c>sg.AllowInbound(protocol, sourceCidr, fromPort, toPort)</c>.
    /// Ports are -1 when not given (all ports; ICMP has none).
    /// </summary>
    internal sealed record SecurityGroupRuleDefinition(
        int Group,
        ProtocolKind Protocol,
        string SourceCidr,
        int FromPort,
        int ToPort,
        SourceSpan Call,
        SourceSpan SourceCidrSpan,
        SourceSpan ProtocolSpan,
        SourceSpan FromPortSpan,
        SourceSpan ToPortSpan);
}
