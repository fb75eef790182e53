namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The console's route types. The numeric order is the order rows are printed in, and the values equal
    /// those of the public <c>RouteType</c> (a test checks this).
    /// </summary>
    internal enum RouteKind
    {
        System = 0,
        Custom = 1,
        TransitRouter = 2,
        Static = 3,
        Propagated = 4,
    }

    internal static class RouteKindNames
    {
        /// <summary>The "Route Type" column as the console and the documentation print it.</summary>
        public static string DisplayName(this RouteKind kind) => kind switch
        {
            RouteKind.System => "System",
            RouteKind.Custom => "Custom",
            RouteKind.TransitRouter => "Transit Router",
            RouteKind.Static => "Static",
            _ => "Propagated Routes",
        };
    }
}
