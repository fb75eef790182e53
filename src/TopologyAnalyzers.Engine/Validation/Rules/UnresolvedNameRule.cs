using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO019: (being written).</summary>
    internal static class UnresolvedNameRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
