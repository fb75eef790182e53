namespace TopologyAnalyzers.Engine
{
    /// <summary>An Alibaba Cloud root account, as declared by <c>net.Account(name, uid, site)</c>.</summary>
    internal sealed record AccountDefinition(
        string Name,
        string Uid,
        SiteKind Site,
        SourceSpan Call,
        SourceSpan NameSpan,
        SourceSpan UidSpan,
        SourceSpan SiteSpan);
}
