namespace TopologyAnalyzers.Engine
{
    /// <summary>An A or AAAA record of a private zone (<c>zone.Record(name, ip)</c>); <c>@</c> names the zone apex.</summary>
    internal sealed record ZoneRecordDefinition(
        int Zone,
        string Name,
        string Ip,
        SourceSpan Call,
        SourceSpan NameSpan,
        SourceSpan IpSpan);
}
