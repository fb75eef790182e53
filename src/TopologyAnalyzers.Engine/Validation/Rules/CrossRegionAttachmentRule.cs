using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO009: (being written).</summary>
    internal static class CrossRegionAttachmentRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
