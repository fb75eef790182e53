namespace TopologyAnalyzers.Engine
{
    /// <summary>A RAM user of an account (<c>account.RamUser(name)</c>).</summary>
    internal sealed record RamUserDefinition(
        int Account,
        string Name,
        SourceSpan Call,
        SourceSpan NameSpan);
}
