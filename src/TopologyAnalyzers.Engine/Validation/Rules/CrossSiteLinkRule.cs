using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO011: (being written).</summary>
    internal static class CrossSiteLinkRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
