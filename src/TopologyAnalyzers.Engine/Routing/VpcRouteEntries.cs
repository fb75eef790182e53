using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The custom route entries of a VPC's route table as the cloud counts them against its quota: every route of type
    /// Custom (manual and automatic) and every route a transit router advertises into it (route synchronization
    /// consumes the same quota), counted in the order the table is built.
    /// </summary>
    internal static class VpcRouteEntries
    {
        /// <summary>
        /// The call that adds the entry past <paramref name="figure"/>, or null when the table stays within it;
        /// <paramref name="count"/> is the table's entries then (0 when it was not worth counting).
        /// </summary>
        public static SourceSpan? CallPast(TopologyIndex index, int vpc, int figure, out int count)
        {
            count = 0;
            // Most VPCs cannot get near the figure: skip building their tables again.
            int manual = index.VpcRoutesOf(vpc).Count;
            int automatic = 0;
            foreach (int attachment in index.AttachmentsOf(vpc))
            {
                if (index.Model.Attachments[attachment].AutoCreateVpcRoutes) automatic += VpcRouteTable.AutoCreatedBlocks.Length;
            }
            bool synchronized = RouteSynchronization.SynchronizingAttachment(index, vpc) != RouteSynchronization.NoAttachment;
            if (!synchronized && manual + automatic <= figure) return null;

            var origins = new List<SourceSpan>();
            var routes = VpcRouteTable.InBuildOrder(index, vpc, origins);
            SourceSpan? past = null;
            for (int i = 0; i < routes.Count; i++)
            {
                if (routes[i].Kind != RouteKind.Custom && routes[i].Kind != RouteKind.TransitRouter) continue;
                if (++count == figure + 1) past = origins[i];
            }
            return past;
        }
    }
}
