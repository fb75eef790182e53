namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A transit router's route table asked for by name (<c>tr.RouteTable(name)</c>). Asking twice for one name
    /// gives the same table. The name <c>default</c> is the router's default table, which exists whether or not it
    /// was asked for; any other name is a custom table, listed after <c>default</c> in declaration order.
    /// </summary>
    internal sealed record RouteTableDefinition(
        int TransitRouter,
        string Name,
        SourceSpan Call,
        SourceSpan NameSpan)
    {
        public bool IsDefault => Name == ResolvedTable.DefaultTableName;
    }
}
