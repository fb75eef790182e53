namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// An ECS instance, as declared by <c>vpc.Ecs(name, ip)</c> or <c>vpc.Ecs(name, ip, securityGroup)</c>; its vSwitch is
    /// the one holding the address. <see cref="SecurityGroup"/> is -1 for an instance declared without a security group.
    /// </summary>
    internal sealed record EcsDefinition(
        int Vpc,
        string Name,
        string Ip,
        SourceSpan Call,
        SourceSpan NameSpan,
        SourceSpan IpSpan,
        int SecurityGroup = -1);
}
