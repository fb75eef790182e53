namespace TopologyAnalyzers
{
    /// <summary>The "Route Type" column of the console. Tables list their routes in this order.</summary>
    public enum RouteType
    {
        /// <summary>A vSwitch block of the VPC, next hop <c>Local</c>.</summary>
        System = 0,

        /// <summary>A route added to a VPC's table, by hand or automatically when the VPC is attached.</summary>
        Custom = 1,

        /// <summary>A route the transit router advertised into a VPC (route synchronization).</summary>
        TransitRouter = 2,

        /// <summary>A static route of a transit router's table.</summary>
        Static = 3,

        /// <summary>A route learned by propagation ("Propagated Routes").</summary>
        Propagated = 4,
    }
}
