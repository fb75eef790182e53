using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>tr.Attach</c> with the console's settings: <c>alicloud_cen_transit_router_vpc_attachment</c> (one
    /// <c>zone_mappings</c> per zone of the VPC's vSwitches, route synchronization as <c>auto_publish_route_enabled</c>,
    /// and for a VPC of another account <c>vpc_owner_id</c>, the grant's <c>order_type</c> and <c>depends_on</c> the
    /// grant), then its association (the table that forwards its traffic, as resolved: the default one, the last
    /// <c>AssociateWith</c>, or none), a propagation per table it propagates to, and the automatic VPC routes as
    /// <c>alicloud_route_entry</c> (only those the VPC's table holds: a <c>vpc.Route</c> with the same destination,
    /// or an earlier attachment's, replaces them). Resources of the router are the CEN owner's; the routes are the VPC owner's.
    /// </summary>
    internal static class AttachmentResources
    {
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            var index = context.Index;
            var propagations = Propagations(index);
            var grantsOfVpc = VpcResources.Buckets(model.Vpcs.Count, model.Grants.Count, i => model.Grants[i].Vpc);
            var bindings = VpcResources.Buckets(model.Attachments.Count, model.TableBindings.Count, i => model.TableBindings[i].Attachment);
            var automaticRoutes = new List<VpcCustomRoute>?[model.Attachments.Count];
            foreach (var routes in context.CustomRoutesOfVpc)
            {
                foreach (var route in routes)
                {
                    if (route.IsAutomatic) (automaticRoutes[route.Attachment] ??= new List<VpcCustomRoute>()).Add(route);
                }
            }

            for (int attachment = 0; attachment < model.Attachments.Count; attachment++)
            {
                var definition = model.Attachments[attachment];
                if (index.VSwitchesOf(definition.Vpc).Count == 0)
                {
                    context.Resources.Comment(TerraformContext.Named("Attachment", definition.Name) + " left out: "
                        + TerraformContext.Named("VPC", model.Vpcs[definition.Vpc].Name) + " has no vSwitch, and an attachment needs one per zone (zone_mappings).");
                    continue;
                }
                context.AttachmentWritten[attachment] = true;
                WriteAttachment(context, attachment, grantsOfVpc[definition.Vpc]);
                WriteBindings(context, attachment, propagations[attachment], bindings[attachment]);
                foreach (var route in automaticRoutes[attachment] ?? new List<VpcCustomRoute>())
                {
                    RouteEntryResources.WriteEntry(context, definition.Vpc, definition.Name, route);
                }
            }
        }

        private static void WriteAttachment(TerraformContext context, int attachment, List<int> grantsOfVpc)
        {
            var model = context.Model;
            var definition = model.Attachments[attachment];
            var vpc = model.Vpcs[definition.Vpc];
            int cen = model.TransitRouters[definition.TransitRouter].Cen;
            var block = context.Resource(context.Attachments[attachment]).Set("provider", context.RouterProvider(definition.TransitRouter))
                .Set("cen_id", context.Cens[cen] + ".id")
                .Set("transit_router_id", context.Routers[definition.TransitRouter] + ".transit_router_id")
                .Set("vpc_id", context.Vpcs[definition.Vpc] + ".id");

            string? grant = null;
            if (vpc.Account != model.Cens[cen].Account)
            {
                string uid = model.Accounts[vpc.Account].Uid.Trim();
                if (uid.Length > 0) block.String("vpc_owner_id", uid);
                int g = GrantResources.GrantFor(model, grantsOfVpc, cen);
                if (g >= 0)
                {
                    grant = context.Grants[g];
                    string? orderType = GrantResources.OrderType(model.Grants[g].Payer);
                    if (orderType != null) block.String("order_type", orderType);
                }
                else
                {
                    block.Above(TerraformContext.Named("Attachment", definition.Name) + ": no grant of " + TerraformContext.Named("VPC", vpc.Name) + " names " + TerraformContext.Named("CEN", model.Cens[cen].Name)
                        + " and its owner's UID: the cloud refuses this attachment until the VPC's owner grants it (TOPO002).");
                }
            }
            if (definition.Name.Length > 0) block.String("transit_router_vpc_attachment_name", definition.Name);

            bool synchronizes = definition.RouteSynchronization && RouteSynchronization.SynchronizingAttachment(context.Index, definition.Vpc) == attachment;
            if (definition.RouteSynchronization && !synchronizes)
            {
                block.Above(TerraformContext.Named("Attachment", definition.Name) + ": route synchronization left off: the cloud lets one transit router per VPC advertise into it, and an earlier attachment of "
                    + TerraformContext.Named("VPC", vpc.Name) + " does (TOPO025).");
            }
            block.Bool("auto_publish_route_enabled", synchronizes);
            if (context.Index.AssociationOf(attachment) == TopologyIndex.NoTable)
            {
                block.Above(TerraformContext.Named("Attachment", definition.Name) + " is associated with no route table: the transit router drops the traffic that comes in from it.");
            }

            // One zone mapping per zone, with the first vSwitch declared there.
            var zones = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (int vSwitch in context.Index.VSwitchesOf(definition.Vpc))
            {
                string zone = model.VSwitches[vSwitch].Zone;
                if (!zones.Add(zone)) continue;
                block.Nested("zone_mappings").String("zone_id", zone).Set("vswitch_id", context.VSwitches[vSwitch] + ".id");
            }
            // IPv6 routes are propagated and used only where the attachment has IPv6 on, as the topology assumes.
            if (vpc.Ipv6Cidr != null) block.Nested("options").String("ipv6_support", "enable");
            if (grant != null) block.List("depends_on", new[] { grant });
        }

        /// <summary>The association and propagations of one attachment, and a comment per binding the cloud refuses.</summary>
        private static void WriteBindings(TerraformContext context, int attachment, List<int>? propagations, List<int> bindings)
        {
            var model = context.Model;
            var definition = model.Attachments[attachment];
            int router = definition.TransitRouter;
            string provider = context.RouterProvider(router);
            string attachmentId = context.Attachments[attachment] + ".transit_router_attachment_id";

            int association = context.Index.AssociationOf(attachment);
            if (association != TopologyIndex.NoTable)
            {
                context.Resource("alicloud_cen_transit_router_route_table_association", definition.Name, "association")
                    .Set("provider", provider).Set("transit_router_attachment_id", attachmentId)
                    .Set("transit_router_route_table_id", context.TableId(router, association));
            }
            foreach (int table in propagations ?? new List<int>())
            {
                string tableName = table == TopologyIndex.DefaultTable ? ResolvedTable.DefaultTableName : model.RouteTables[table].Name;
                context.Resource("alicloud_cen_transit_router_route_table_propagation", definition.Name + "_" + tableName, "propagation")
                    .Set("provider", provider).Set("transit_router_attachment_id", attachmentId)
                    .Set("transit_router_route_table_id", context.TableId(router, table));
            }

            foreach (int b in bindings)
            {
                var binding = model.TableBindings[b];
                if (TerraformContext.Has(binding.RouteTable, model.RouteTables.Count) && model.RouteTables[binding.RouteTable].TransitRouter == router) continue;
                string what = binding.Kind == TableBindingKind.Association ? "association with" : "propagation to";
                string table = TerraformContext.Has(binding.RouteTable, model.RouteTables.Count) ? TerraformContext.Named("route table", model.RouteTables[binding.RouteTable].Name) : "a route table";
                context.Resources.Comment(TerraformContext.Named("Attachment", definition.Name) + ": " + what + " " + table
                    + " left out: the table belongs to another transit router, which the cloud refuses (TOPO026).");
            }
        }

        /// <summary>
        /// For each attachment, the tables it propagates to (<see cref="TopologyIndex.DefaultTable"/> first, then custom
        /// tables in the router's order), as the index resolved them; null for an attachment that propagates nowhere.
        /// </summary>
        private static List<int>?[] Propagations(TopologyIndex index)
        {
            var model = index.Model;
            var result = new List<int>?[model.Attachments.Count];
            for (int router = 0; router < model.TransitRouters.Count; router++)
            {
                foreach (int attachment in index.PropagatorsOf(router, TopologyIndex.DefaultTable)) (result[attachment] ??= new List<int>()).Add(TopologyIndex.DefaultTable);
                foreach (int table in index.CustomTablesOf(router))
                {
                    foreach (int attachment in index.PropagatorsOf(router, table)) (result[attachment] ??= new List<int>()).Add(table);
                }
            }
            return result;
        }
    }
}
