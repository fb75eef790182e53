namespace TopologyAnalyzers.Engine
{
    /// <summary>An ECS instance, as declared by <c>vpc.Ecs(name, ip)</c>; its vSwitch is the one holding the address.</summary>
    internal sealed record EcsDefinition(
        int Vpc,
        string Name,
        string Ip,
        SourceSpan Call,
        SourceSpan NameSpan,
        SourceSpan IpSpan);
}
