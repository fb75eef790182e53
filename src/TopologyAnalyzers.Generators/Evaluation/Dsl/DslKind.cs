using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>The DSL types of the runtime library whose calls the evaluator understands.</summary>
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
        SecurityGroup,
    }

    internal static class DslTypes
    {
        public const string Namespace = "TopologyAnalyzers";
        public const string AttributeMetadataName = "TopologyAnalyzers.NetworkTopologyAttribute";

        /// <summary>The top-level <c>TopologyAnalyzers</c> namespace, checked without building its display string.</summary>
        public static bool IsDslNamespace(INamespaceSymbol? ns) =>
            ns != null && ns.Name == Namespace && ns.ContainingNamespace != null && ns.ContainingNamespace.IsGlobalNamespace;

        /// <summary>Whether <paramref name="type"/> is <c>TopologyAnalyzers.NetworkTopologyAttribute</c>.</summary>
        public static bool IsTopologyAttribute(INamedTypeSymbol? type) =>
            type != null && type.Name == "NetworkTopologyAttribute" && type.ContainingType == null && IsDslNamespace(type.ContainingNamespace);

        public static DslKind Classify(ITypeSymbol? type)
        {
            // Called for every invocation and argument the evaluator evaluates: compare symbols, build no strings.
            if (type is null || type.ContainingType != null || !IsDslNamespace(type.ContainingNamespace))
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
                case "SecurityGroup": return DslKind.SecurityGroup;
                default: return DslKind.None;
            }
        }
    }
}
