namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>account.Cen</c>, <c>cen.TransitRouter</c> and <c>tr.RouteTable</c>: <c>alicloud_cen_instance</c> (a global
    /// resource, made with its owner's home provider), <c>alicloud_cen_transit_router</c> with the owner's provider of
    /// the router's region, a <c>data "alicloud_cen_transit_router_route_tables"</c> that finds the router's default
    /// (system) table, which the cloud creates with the router, and <c>alicloud_cen_transit_router_route_table</c> per
    /// custom table.
    /// </summary>
    internal static class CenResources
    {
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            var routersOfCen = VpcResources.Buckets(model.Cens.Count, model.TransitRouters.Count, i => model.TransitRouters[i].Cen);
            for (int cen = 0; cen < model.Cens.Count; cen++)
            {
                var definition = model.Cens[cen];
                var block = context.Resource(context.Cens[cen]).Set("provider", context.Providers.HomeReference(definition.Account));
                if (definition.Name.Length > 0) block.String("cen_instance_name", definition.Name);
                foreach (int router in routersOfCen[cen]) WriteRouter(context, router);
            }
        }

        private static void WriteRouter(TerraformContext context, int router)
        {
            string provider = context.RouterProvider(router);
            string routerId = context.Routers[router] + ".transit_router_id";
            context.Resource(context.Routers[router]).Set("provider", provider).Set("cen_id", context.Cens[context.Model.TransitRouters[router].Cen] + ".id");

            string table = context.DefaultTables[router];
            context.Resources.Block("data", "alicloud_cen_transit_router_route_tables", TerraformContext.NameOf(table))
                .Above("The default route table, which the cloud creates with the transit router.")
                .Set("provider", provider).Set("transit_router_id", routerId).String("transit_router_route_table_type", "System");

            foreach (int custom in context.Index.CustomTablesOf(router))
            {
                context.Resource(context.CustomTables[custom]).Set("provider", provider).Set("transit_router_id", routerId)
                    .String("transit_router_route_table_name", context.Model.RouteTables[custom].Name);
            }
        }
    }
}
