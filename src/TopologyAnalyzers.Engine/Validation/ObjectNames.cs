namespace TopologyAnalyzers.Engine
{
    /// <summary>How messages name objects that have no name of their own.</summary>
    internal static class ObjectNames
    {
        /// <summary>"the transit router of CEN 'CEN1' in 'cn-hangzhou'": two CENs may each have a router in one region.</summary>
        public static string TransitRouter(TopologyModel model, int transitRouter)
        {
            if ((uint)transitRouter >= (uint)model.TransitRouters.Count) return "an unknown transit router";
            var router = model.TransitRouters[transitRouter];
            string cen = (uint)router.Cen < (uint)model.Cens.Count ? model.Cens[router.Cen].Name : "";
            return "the transit router of CEN '" + cen + "' in '" + router.Region + "'";
        }
    }
}
