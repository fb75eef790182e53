using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO025: only one transit router per VPC may have route synchronization on. The resolver advertises the table
    /// of the first attachment declared with it on (<see cref="RouteSynchronization.SynchronizingAttachment"/>); each
    /// later attachment of the VPC with it on is ignored there and reported on its Attach call, pointing at the
    /// synchronizing one. A later attachment to the same router is reported too: a VPC attaches once per router, so
    /// the second switch is as ignored as one at another router.
    /// </summary>
    internal static class RouteSynchronizationTwiceRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            for (int vpc = 0; vpc < model.Vpcs.Count; vpc++)
            {
                int synchronizing = RouteSynchronization.SynchronizingAttachment(index, vpc);
                if (synchronizing == RouteSynchronization.NoAttachment) continue;
                var first = model.Attachments[synchronizing];
                foreach (int attachment in index.AttachmentsOf(vpc))
                {
                    var ignored = model.Attachments[attachment];
                    if (attachment == synchronizing || !ignored.RouteSynchronization) continue;
                    findings.Add(Finding.WithRelated(RuleCatalog.RouteSynchronizationTwice, ignored.Call, first.Call,
                        ignored.Name, ObjectNames.TransitRouter(model, ignored.TransitRouter), model.Vpcs[vpc].Name, first.Name, ObjectNames.TransitRouter(model, first.TransitRouter)));
                }
            }
        }
    }
}
