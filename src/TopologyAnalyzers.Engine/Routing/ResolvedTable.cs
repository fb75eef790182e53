namespace TopologyAnalyzers.Engine
{
    internal enum TableKind
    {
        TransitRouter = 0,
        Vpc = 1,
    }

    /// <summary>
    /// A resolved route table: a transit router's table (<see cref="Cen"/>, <see cref="Region"/>, table
    /// <see cref="Name"/>, <c>default</c> for the default one) or a VPC's system route table
    /// (<see cref="Name"/> is the VPC's name, <see cref="Region"/> its region).
    /// </summary>
    internal sealed record ResolvedTable(TableKind Kind, string Cen, string Region, string Name, EquatableArray<ResolvedRoute> Routes)
    {
        public const string DefaultTableName = "default";

        /// <summary>The heading the documentation gives the table: <c>TR (region)</c>, <c>TR (region) name</c> or the VPC's name.</summary>
        public string Title => Kind == TableKind.Vpc
            ? Name
            : Name == DefaultTableName ? "TR (" + Region + ")" : "TR (" + Region + ") " + Name;
    }
}
