using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO027: the cloud connects a VPC to a transit router once. Each later attachment of the same VPC to the same
    /// router is reported on its <c>Attach</c> call, pointing at the first one. The tables still list what the second
    /// attachment would put there (its propagated routes lose to the first's, shown as conflicts); TOPO016 does not
    /// report those conflicts again, since this finding says why they are there.
    /// </summary>
    internal static class VpcAttachedTwiceRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            for (int router = 0; router < model.TransitRouters.Count; router++)
            {
                // The first attachment of each VPC on this router, in declaration order.
                Dictionary<int, int>? first = null;
                foreach (int attachment in index.AttachmentsOn(router))
                {
                    var definition = model.Attachments[attachment];
                    first ??= new Dictionary<int, int>();
                    if (!first.TryGetValue(definition.Vpc, out int earlier))
                    {
                        first.Add(definition.Vpc, attachment);
                        continue;
                    }
                    var original = model.Attachments[earlier];
                    string vpc = (uint)definition.Vpc < (uint)model.Vpcs.Count ? model.Vpcs[definition.Vpc].Name : "";
                    findings.Add(Finding.WithRelated(RuleCatalog.VpcAttachedTwice, definition.Call, original.Call,
                        vpc, ObjectNames.TransitRouter(model, router), definition.Name, original.Name));
                }
            }
        }

        /// <summary>Whether two attachments connect one VPC to one router (for TOPO016, which leaves such conflicts to this rule).</summary>
        public static bool SameVpcAndRouter(TopologyModel model, int attachment, int other) =>
            attachment != other
            && model.Attachments[attachment].Vpc == model.Attachments[other].Vpc
            && model.Attachments[attachment].TransitRouter == model.Attachments[other].TransitRouter;
    }
}
