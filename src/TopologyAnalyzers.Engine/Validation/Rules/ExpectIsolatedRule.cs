using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO015: an <c>ExpectIsolated(from, to)</c> whose ping gets through and is answered; or whose ends name no ECS
    /// instance (an isolation that holds only because of a typo proves nothing). Reported on the expectation call, with
    /// the trace that gets through.
    /// </summary>
    internal static class ExpectIsolatedRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings) =>
            ExpectationCheck.Run(index, findings, ExpectationKind.Isolated, RuleCatalog.ExpectIsolatedFails, reportWhenReached: true);
    }
}
