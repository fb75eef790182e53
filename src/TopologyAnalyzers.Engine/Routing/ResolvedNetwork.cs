namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Every route table of a topology, in the documented order: transit-router tables first (CEN order,
    /// router order, <c>default</c> then custom tables), then VPC tables in declaration order.
    /// </summary>
    internal sealed record ResolvedNetwork(EquatableArray<ResolvedTable> Tables);
}
