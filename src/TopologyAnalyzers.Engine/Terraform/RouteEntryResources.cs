using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The custom routes of VPC route tables, automatic and <c>vpc.Route</c>: one <c>alicloud_route_entry</c> each in the
    /// VPC's system route table, next hop the attachment, managed by the VPC owner's provider. A <c>vpc.Route</c> the
    /// cloud refuses (TOPO026), or with a malformed destination (TOPO005), is a comment in its place: two entries with one
    /// destination fail on apply, so only what the checked table holds is written.
    /// </summary>
    internal static class RouteEntryResources
    {
        /// <summary>One route entry; <paramref name="stem"/> (the attachment's or the VPC's name) starts its resource name.</summary>
        public static void WriteEntry(TerraformContext context, int vpc, string stem, VpcCustomRoute route)
        {
            string destination = route.Destination.ToString();
            context.Resource("alicloud_route_entry", stem + "_" + destination, "route")
                .Set("provider", context.VpcProvider(vpc))
                .Set("route_table_id", context.Vpcs[vpc] + ".route_table_id")
                .String("destination_cidrblock", destination)
                .String("nexthop_type", "Attachment")
                .Set("nexthop_id", context.Attachments[route.Attachment] + ".transit_router_attachment_id");
        }

        /// <summary>The <c>vpc.Route</c> routes, in declaration order, after every attachment.</summary>
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            var accepted = new Dictionary<int, VpcCustomRoute>();
            foreach (var routes in context.CustomRoutesOfVpc)
            {
                foreach (var route in routes)
                {
                    if (!route.IsAutomatic) accepted.Add(route.VpcRoute, route);
                }
            }

            for (int i = 0; i < model.VpcRoutes.Count; i++)
            {
                var definition = model.VpcRoutes[i];
                if (!TerraformContext.Has(definition.Vpc, model.Vpcs.Count) || !TerraformContext.Has(definition.Attachment, model.Attachments.Count)) continue;
                string route = TerraformContext.Named("VPC", model.Vpcs[definition.Vpc].Name) + ": route " + HclText.Quote(definition.Destination) + " -> "
                    + HclText.Quote(model.Attachments[definition.Attachment].Name);
                string? refused = !accepted.TryGetValue(i, out var entry) ? Refusal(context.Index, i)
                    : model.Attachments[definition.Attachment].Vpc != definition.Vpc ? "the attachment is another VPC's, which the cloud refuses (TOPO026)"
                    : !context.AttachmentWritten[definition.Attachment] ? "its attachment is left out above"
                    : null;
                if (refused != null) context.Resources.Comment(route + " left out: " + refused + ".");
                else WriteEntry(context, definition.Vpc, model.Vpcs[definition.Vpc].Name, entry);
            }
        }

        /// <summary>Why the VPC's table does not hold a <c>vpc.Route</c>, in the order <see cref="VpcRouteTable.CustomRoutes"/> checks.</summary>
        private static string Refusal(TopologyIndex index, int route)
        {
            if (!(index.VpcRouteDestinations[route] is Cidr destination)) return "the destination is not a valid CIDR block (TOPO005)";
            return VpcRouteTable.CoveredBySystemRoute(index, index.Model.VpcRoutes[route].Vpc, destination)
                ? "it equals or is inside a vSwitch block, which the cloud refuses (TOPO026)"
                : "an earlier route of the VPC has the same destination, which the cloud refuses (TOPO026)";
        }
    }
}
