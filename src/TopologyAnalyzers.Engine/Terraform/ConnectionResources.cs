namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>tr.Connect</c>: <c>alicloud_cen_transit_router_peer_attachment</c> from the router's region to the peer's, with the
    /// console's defaults the topology assumes: advertising routes to the peer (<c>auto_publish_route_enabled</c>), and
    /// on both sides associated with and propagating to the default table (the association and propagation resources
    /// take the connection's attachment ID). The DSL has no bandwidth: the connection is billed by data transfer, up to
    /// the <c>inter_region_bandwidth</c> variable the user supplies. A connection the cloud refuses (TOPO024) is a comment.
    /// </summary>
    internal static class ConnectionResources
    {
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            for (int i = 0; i < model.Connections.Count; i++)
            {
                var definition = model.Connections[i];
                int local = definition.TransitRouter;
                int peer = definition.Peer;
                bool valid = TerraformContext.Has(local, model.TransitRouters.Count) && TerraformContext.Has(peer, model.TransitRouters.Count)
                    && local != peer && model.TransitRouters[local].Cen == model.TransitRouters[peer].Cen;
                if (!valid)
                {
                    context.Resources.Comment(TerraformContext.Named("Inter-region connection", definition.Name)
                        + " left out: it must join two transit routers of one CEN, which the cloud checks (TOPO024).");
                    continue;
                }

                context.HasConnections = true;
                var block = context.Resource(context.Connections[i]).Set("provider", context.RouterProvider(local))
                    .Set("cen_id", context.Cens[model.TransitRouters[local].Cen] + ".id")
                    .Set("transit_router_id", context.Routers[local] + ".transit_router_id")
                    .Set("peer_transit_router_id", context.Routers[peer] + ".transit_router_id")
                    .String("peer_transit_router_region_id", model.TransitRouters[peer].Region);
                if (definition.Name.Length > 0) block.String("transit_router_peer_attachment_name", definition.Name);
                block.String("bandwidth_type", "DataTransfer").Set("bandwidth", "var.inter_region_bandwidth").Bool("auto_publish_route_enabled", true);

                string attachmentId = context.Connections[i] + ".transit_router_attachment_id";
                foreach (int router in new[] { local, peer })
                {
                    string side = definition.Name + "_" + model.TransitRouters[router].Region;
                    string provider = context.RouterProvider(router);
                    string table = context.TableId(router, TopologyIndex.DefaultTable);
                    context.Resource("alicloud_cen_transit_router_route_table_association", side, "association")
                        .Set("provider", provider).Set("transit_router_attachment_id", attachmentId).Set("transit_router_route_table_id", table);
                    context.Resource("alicloud_cen_transit_router_route_table_propagation", side, "propagation")
                        .Set("provider", provider).Set("transit_router_attachment_id", attachmentId).Set("transit_router_route_table_id", table);
                }
            }
        }
    }
}
