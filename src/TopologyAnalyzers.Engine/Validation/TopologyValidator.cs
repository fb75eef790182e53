using System.Collections.Generic;
using System.Threading;

namespace TopologyAnalyzers.Engine
{
    /// <summary>Runs every validation rule over a topology; findings come out in rule order, then declaration order.</summary>
    internal static class TopologyValidator
    {
        public static IReadOnlyList<Finding> Validate(TopologyIndex index, CancellationToken cancellationToken = default)
        {
            var findings = new List<Finding>();
            MalformedAddressRule.Check(index, findings);
            cancellationToken.ThrowIfCancellationRequested();
            return findings;
        }
    }
}
