namespace TopologyAnalyzers.Engine
{
    /// <summary>A VPC added to a private zone's effective scope (<c>zone.EffectiveIn(vpc)</c>).</summary>
    internal sealed record ZoneBindingDefinition(
        int Zone,
        int Vpc,
        SourceSpan Call,
        SourceSpan VpcSpan);
}
