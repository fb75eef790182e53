using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Route synchronization (<c>tr.Attach(..., routeSynchronization: true)</c>): the transit router advertises the
    /// routes of the table associated with the attachment into the VPC's route table, next hop the attachment, type
    /// Transit Router. A route whose destination equals a custom route of the VPC, or equals or is more specific than
    /// one of its system routes, or equals the cloud-service route 100.64.0.0/10, is not advertised (the VPC's own vSwitch blocks, propagated back, fall out this way).
    /// Only active routes are advertised, never a blackhole nor a route that lost a conflict; IPv4 and IPv6 alike.
    /// </summary>
    internal static class RouteSynchronization
    {
        /// <summary>No attachment of the VPC has route synchronization on.</summary>
        public const int NoAttachment = -1;

        /// <summary>
        /// The attachment whose router advertises into the VPC: the first declared with route synchronization on.
        /// The cloud lets one transit router per VPC have it on; later ones are ignored here.
        /// </summary>
        public static int SynchronizingAttachment(TopologyIndex index, int vpc)
        {
            foreach (int attachment in index.AttachmentsOf(vpc))
            {
                if (index.Model.Attachments[attachment].RouteSynchronization) return attachment;
            }
            return NoAttachment;
        }

        /// <summary>
        /// Adds the advertised routes to <paramref name="routes"/>. <paramref name="customDestinations"/> holds the
        /// destinations of the VPC's custom routes (manual and automatic), which the advertised routes never replace.
        /// </summary>
        public static void Advertise(TopologyIndex index, int vpc, HashSet<Cidr> customDestinations, List<ResolvedRoute> routes)
        {
            int attachment = SynchronizingAttachment(index, vpc);
            if (attachment == NoAttachment) return;
            int table = index.AssociationOf(attachment);
            // An attachment with no association has no table to advertise.
            if (table == TopologyIndex.NoTable) return;

            var definition = index.Model.Attachments[attachment];
            foreach (var route in index.Tables.TransitRouter(definition.TransitRouter, table).Routes)
            {
                if (!route.Active || route.Blackhole) continue;
                if (customDestinations.Contains(route.Destination) || VpcRouteTable.CoveredBySystemRoute(index, vpc, route.Destination)
                    || route.Destination == VpcRouteTable.CloudServiceBlock) continue;
                routes.Add(new ResolvedRoute(route.Destination, definition.Name, RouteKind.TransitRouter, Active: true));
            }
        }
    }
}
