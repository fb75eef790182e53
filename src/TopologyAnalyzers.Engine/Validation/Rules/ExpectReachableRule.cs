using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO014: an <c>ExpectReachable(from, to)</c> whose ping is dropped: by a missing route, an attachment with no
    /// association, a blackhole, a loop, or the destination's security group; or whose ends name no ECS instance.
    /// Reported on the expectation call, with the trace up to the hop that drops.
    /// </summary>
    internal static class ExpectReachableRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings) =>
            ExpectationCheck.Run(index, findings, ExpectationKind.Reachable, RuleCatalog.ExpectReachableFails, reportWhenReached: false);
    }
}
