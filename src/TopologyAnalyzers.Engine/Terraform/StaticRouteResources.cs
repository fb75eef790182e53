using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>routeTable.Route</c> and <c>routeTable.Blackhole</c>: <c>alicloud_cen_transit_router_route_entry</c>, next hop
    /// type <c>Attachment</c> with the attachment's ID, or <c>BlackHole</c> with none, in the table's router's region.
    /// What the table does not hold is a comment in its place: a next hop at another router (TOPO026), a malformed
    /// destination (TOPO005), or a destination an earlier static route of the table already has (that one is active).
    /// </summary>
    internal static class StaticRouteResources
    {
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            var index = context.Index;
            var held = new bool[model.StaticRoutes.Count];
            for (int router = 0; router < model.TransitRouters.Count; router++)
            {
                foreach (int route in index.StaticRoutesOf(router, TopologyIndex.DefaultTable)) held[route] = true;
                foreach (int table in index.CustomTablesOf(router))
                {
                    foreach (int route in index.StaticRoutesOf(router, table)) held[route] = true;
                }
            }

            var destinations = new HashSet<string>(System.StringComparer.Ordinal);
            for (int i = 0; i < model.StaticRoutes.Count; i++)
            {
                var definition = model.StaticRoutes[i];
                if (!TerraformContext.Has(definition.RouteTable, model.RouteTables.Count)) continue;
                var table = model.RouteTables[definition.RouteTable];
                if (!TerraformContext.Has(table.TransitRouter, model.TransitRouters.Count)) continue;
                string what = TerraformContext.Named("Route table", table.Name) + ": " + (definition.IsBlackhole ? "blackhole " : "route ")
                    + HclText.Quote(definition.Destination) + (definition.IsBlackhole ? "" : " -> " + HclText.Quote(AttachmentName(model, definition.Attachment)));
                var destination = index.StaticRouteDestinations[i];
                int tableRef = table.IsDefault ? TopologyIndex.DefaultTable : definition.RouteTable;
                string key = table.TransitRouter + "|" + tableRef + "|" + destination;
                string? refused = !held[i] ? "the next hop is not an attachment of the table's transit router, which the cloud refuses (TOPO026)"
                    : !(destination is Cidr) ? "the destination is not a valid CIDR block (TOPO005)"
                    : !destinations.Add(key) ? "an earlier static route of the table has the same destination and is the active one"
                    : !definition.IsBlackhole && !context.AttachmentWritten[definition.Attachment] ? "its attachment is left out above"
                    : null;
                if (refused != null)
                {
                    context.Resources.Comment(what + " left out: " + refused + ".");
                    continue;
                }

                string text = destination!.Value.ToString();
                var block = context.Resource("alicloud_cen_transit_router_route_entry", context.TableStem(table.TransitRouter, tableRef) + "_" + text, "route")
                    .Set("provider", context.RouterProvider(table.TransitRouter))
                    .Set("transit_router_route_table_id", context.TableId(table.TransitRouter, tableRef))
                    .String("transit_router_route_entry_destination_cidr_block", text);
                if (definition.IsBlackhole)
                {
                    block.String("transit_router_route_entry_next_hop_type", "BlackHole");
                }
                else
                {
                    block.String("transit_router_route_entry_next_hop_type", "Attachment")
                        .Set("transit_router_route_entry_next_hop_id", context.Attachments[definition.Attachment] + ".transit_router_attachment_id");
                }
            }
        }

        private static string AttachmentName(TopologyModel model, int attachment) =>
            TerraformContext.Has(attachment, model.Attachments.Count) ? model.Attachments[attachment].Name : "";
    }
}
