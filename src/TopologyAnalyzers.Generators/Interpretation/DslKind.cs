using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Interpretation
{
    /// <summary>The DSL types of the runtime library whose calls the interpreter understands.</summary>
    internal enum DslKind
    {
        None = 0,
        TopologyBuilder,
        Account,
        Vpc,
        Cen,
        TransitRouter,
        Attachment,
        RamUser,
        PrivateZone,
        TransitRouterRouteTable,
    }

    internal static class DslTypes
    {
        public const string Namespace = "TopologyAnalyzers";
        public const string AttributeMetadataName = "TopologyAnalyzers.NetworkTopologyAttribute";
        public const string BuilderMetadataName = "TopologyAnalyzers.TopologyBuilder";

        public static DslKind Classify(ITypeSymbol? type)
        {
            if (type is null || type.ContainingNamespace is null || type.ContainingNamespace.ToDisplayString() != Namespace
                || type.ContainingType != null)
            {
                return DslKind.None;
            }
            switch (type.Name)
            {
                case "TopologyBuilder": return DslKind.TopologyBuilder;
                case "Account": return DslKind.Account;
                case "Vpc": return DslKind.Vpc;
                case "Cen": return DslKind.Cen;
                case "TransitRouter": return DslKind.TransitRouter;
                case "Attachment": return DslKind.Attachment;
                case "RamUser": return DslKind.RamUser;
                case "PrivateZone": return DslKind.PrivateZone;
                case "TransitRouterRouteTable": return DslKind.TransitRouterRouteTable;
                default: return DslKind.None;
            }
        }
    }
}
