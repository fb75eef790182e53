using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO004: (being written).</summary>
    internal static class InvalidAccountLinkRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
