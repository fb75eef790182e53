namespace TopologyAnalyzers.Engine
{
    /// <summary>A CEN instance, as declared by <c>account.Cen(name)</c>; its name is its instance ID in grants.</summary>
    internal sealed record CenDefinition(
        int Account,
        string Name,
        SourceSpan Call,
        SourceSpan NameSpan);
}
