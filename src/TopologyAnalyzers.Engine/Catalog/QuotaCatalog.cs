namespace TopologyAnalyzers.Engine
{
    /// <summary>A documented cloud quota TOPO028 checks: what it limits, its figure, and whether it can be raised.</summary>
    internal sealed record Quota(string Name, int Figure, string Raise);

    /// <summary>
    /// The quotas of the cloud's documentation that a topology can go past, each with the page it comes from
    /// (docs/rules/TOPO028.md cites them all, and lists the limits that were looked for without a figure).
    /// </summary>
    internal static class QuotaCatalog
    {
        private const string CannotBeRaised = "it cannot be raised";

        /// <summary>CEN "Route synchronization", Limitations: "VPCs with route synchronization enabled per Enterprise Edition transit router: 50, cannot be adjusted".</summary>
        public static readonly Quota SynchronizedVpcsPerTransitRouter = new Quota(
            "VPCs with route synchronization on per transit router", 50, CannotBeRaised);

        /// <summary>
        /// VPC "CreateRouteEntry": "A route table can contain up to 200 custom route entries"; CEN "Route synchronization":
        /// synchronized routes consume that quota, which is raised "on the VPC quota management page or in Quota Center".
        /// </summary>
        public static readonly Quota CustomRouteEntriesPerVpcTable = new Quota(
            "custom route entries per VPC route table (automatic and synchronized routes included)", 200, "it can be raised in Quota Center");

        /// <summary>PrivateZone "Limits": "Number of VPCs that you can associate with a zone: 100".</summary>
        public static readonly Quota VpcsPerZone = new Quota("VPCs per private zone", 100, CannotBeRaised);

        /// <summary>PrivateZone "Limits": "Number of accounts from which you can associate VPCs: 200".</summary>
        public static readonly Quota AccountsPerZone = new Quota("accounts whose VPCs a private zone is in effect in", 200, CannotBeRaised);

        /// <summary>PrivateZone "Limits": "Number of domains (zones): 500. Each account supports up to 500 zones."</summary>
        public static readonly Quota ZonesPerAccount = new Quota("private zones per account", 500, CannotBeRaised);

        /// <summary>PrivateZone "Limits": "Number of DNS records: 100,000 ... To increase this quota, submit a ticket."</summary>
        public static readonly Quota RecordsPerZone = new Quota("DNS records per private zone", 100000, "it can be raised by submitting a ticket");
    }
}
