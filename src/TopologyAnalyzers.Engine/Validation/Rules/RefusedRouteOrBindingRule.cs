using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO026: a route or a route-table binding the cloud refuses, which resolution handles without a word: a
    /// <c>vpc.Route</c> equal to or more specific than a system route of the VPC, equal to the cloud-service route
    /// 100.64.0.0/10 (<see cref="VpcRouteTable.CloudServiceBlock"/>), or equal to an earlier custom route
    /// (left out; reported on the destination, pointing at the vSwitch block or the earlier route; the system routes
    /// are checked first, as in <see cref="VpcRouteTable"/>); a <c>vpc.Route</c> through an attachment of another VPC
    /// (listed, but traces drop there; on the attachment argument); an <c>AssociateWith</c> or <c>PropagateTo</c>
    /// naming a table of another transit router (ignored; on the table argument); a <c>table.Route</c> through an
    /// attachment of another transit router (left out; on the attachment argument). Each route is reported once, with
    /// its first reason. A route with a malformed destination is not reported here (a malformed block, not a refused
    /// route). Findings come VPC routes first, then bindings, then static routes, each kind in declaration order.
    /// </summary>
    internal static class RefusedRouteOrBindingRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            CheckVpcRoutes(index, findings);
            CheckBindings(model, findings);
            CheckStaticRoutes(index, findings);
        }

        private static void CheckVpcRoutes(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            // Per VPC, the destinations of the routes its table keeps, each with the route that put it there.
            var kept = new Dictionary<(int Vpc, Cidr Destination), int>();
            for (int route = 0; route < model.VpcRoutes.Count; route++)
            {
                var definition = model.VpcRoutes[route];
                if (!(index.VpcRouteDestinations[route] is Cidr destination)) continue;
                if ((uint)definition.Vpc >= (uint)model.Vpcs.Count || (uint)definition.Attachment >= (uint)model.Attachments.Count) continue;
                int vpc = definition.Vpc;
                var attachment = model.Attachments[definition.Attachment];
                string what = "Custom route " + destination + " of VPC '" + model.Vpcs[vpc].Name + "' (next hop '" + attachment.Name + "')";

                int vSwitch = VpcRouteTable.SystemRouteCovering(index, vpc, destination);
                if (vSwitch >= 0)
                {
                    var block = model.VSwitches[vSwitch];
                    var system = destination.IsIPv6 ? index.VSwitchIpv6Cidrs[vSwitch] : index.VSwitchCidrs[vSwitch];
                    findings.Add(Finding.WithRelated(RuleCatalog.RefusedRouteOrBinding, definition.DestinationSpan,
                        destination.IsIPv6 ? block.Ipv6CidrSpan : block.CidrSpan, what,
                        (system == destination ? "it equals" : "it is more specific than") + " the system route " + system
                            + " of vSwitch '" + block.Name + "'; it is left out of the VPC's route table"));
                    continue;
                }
                if (destination == VpcRouteTable.CloudServiceBlock)
                {
                    findings.Add(Finding.Create(RuleCatalog.RefusedRouteOrBinding, definition.DestinationSpan, what,
                        "it equals the system route " + destination + " every VPC keeps for Alibaba Cloud services (a more specific "
                            + "route, such as 100.118.28.0/24, is allowed); it is left out of the VPC's route table"));
                    continue;
                }
                if (kept.TryGetValue((vpc, destination), out int earlier))
                {
                    var earlierDefinition = model.VpcRoutes[earlier];
                    findings.Add(Finding.WithRelated(RuleCatalog.RefusedRouteOrBinding, definition.DestinationSpan, earlierDefinition.Call, what,
                        "it equals the earlier custom route " + destination + " (next hop '" + model.Attachments[earlierDefinition.Attachment].Name
                            + "'); it is left out of the VPC's route table"));
                    continue;
                }
                kept.Add((vpc, destination), route);
                if (attachment.Vpc != vpc)
                {
                    findings.Add(Finding.Create(RuleCatalog.RefusedRouteOrBinding, definition.AttachmentSpan, what,
                        "'" + attachment.Name + "' attaches VPC '" + model.Vpcs[attachment.Vpc].Name
                            + "', and a VPC route's next hop must be an attachment of the VPC itself; the table lists the route, but traffic along it is dropped"));
                }
            }
        }

        private static void CheckBindings(TopologyModel model, List<Finding> findings)
        {
            foreach (var binding in model.TableBindings)
            {
                if ((uint)binding.Attachment >= (uint)model.Attachments.Count || (uint)binding.RouteTable >= (uint)model.RouteTables.Count) continue;
                var attachment = model.Attachments[binding.Attachment];
                var table = model.RouteTables[binding.RouteTable];
                if (table.TransitRouter == attachment.TransitRouter) continue;
                string what = (binding.Kind == TableBindingKind.Association ? "Association of attachment '" : "Propagation of attachment '")
                    + attachment.Name + "' " + (binding.Kind == TableBindingKind.Association ? "with" : "to") + " route table '" + table.Name + "' of "
                    + ObjectNames.TransitRouter(model, table.TransitRouter);
                findings.Add(Finding.Create(RuleCatalog.RefusedRouteOrBinding, binding.RouteTableSpan, what,
                    "the attachment belongs to " + ObjectNames.TransitRouter(model, attachment.TransitRouter)
                        + ", and an attachment is bound only to route tables of its own transit router; the binding is ignored"));
            }
        }

        private static void CheckStaticRoutes(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            for (int route = 0; route < model.StaticRoutes.Count; route++)
            {
                var definition = model.StaticRoutes[route];
                if (definition.IsBlackhole || index.StaticRouteDestinations[route] is null) continue;
                if ((uint)definition.Attachment >= (uint)model.Attachments.Count || (uint)definition.RouteTable >= (uint)model.RouteTables.Count) continue;
                var attachment = model.Attachments[definition.Attachment];
                var table = model.RouteTables[definition.RouteTable];
                if (table.TransitRouter == attachment.TransitRouter) continue;
                string what = "Static route " + index.StaticRouteDestinations[route] + " of route table '" + table.Name + "' of "
                    + ObjectNames.TransitRouter(model, table.TransitRouter) + " (next hop '" + attachment.Name + "')";
                findings.Add(Finding.Create(RuleCatalog.RefusedRouteOrBinding, definition.AttachmentSpan, what,
                    "'" + attachment.Name + "' is an attachment of " + ObjectNames.TransitRouter(model, attachment.TransitRouter)
                        + ", and a static route's next hop must be an attachment of the table's own transit router; it is left out of the table"));
            }
        }
    }
}
