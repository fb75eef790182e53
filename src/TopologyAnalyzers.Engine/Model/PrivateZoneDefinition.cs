namespace TopologyAnalyzers.Engine
{
    /// <summary>A user-defined private zone owned by an account (<c>account.PrivateZone(zoneName)</c>).</summary>
    internal sealed record PrivateZoneDefinition(
        int Account,
        string Name,
        SourceSpan Call,
        SourceSpan NameSpan);
}
