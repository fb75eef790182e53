namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// The IDs and property keys the fixes read from diagnostics. The code-fix assembly does not reference the
    /// analyzer assembly (both are loaded side by side by the IDE), so the contract is restated here and a test
    /// checks it against the engine's <c>FindingProperties</c>.
    /// </summary>
    internal static class DiagnosticIds
    {
        public const string MissingGrant = "TOPO002";
        public const string SingleZone = "TOPO003";
        public const string MalformedAddress = "TOPO005";
        public const string MissingIpv6Route = "TOPO012";
        public const string UnknownRegionOrZone = "TOPO020";
        public const string RouteSynchronizationTwice = "TOPO025";

        public const string NetworkProperty = "Network";
        public const string GrantFixProperty = "GrantFix";
        public const string PeerAccountUidProperty = "PeerAccountUid";
        public const string PeerCenIdProperty = "PeerCenId";
        public const string ZoneProperty = "Zone";
        public const string CidrProperty = "Cidr";
        public const string VSwitchNameProperty = "VSwitchName";
        public const string KnownIdProperty = "KnownId";
        public const string Ipv6RouteProperty = "Ipv6Route";
        public const string SharedCallProperty = "SharedCall";
    }
}
