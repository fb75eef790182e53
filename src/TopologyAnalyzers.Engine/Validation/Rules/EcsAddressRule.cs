using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO007: (being written).</summary>
    internal static class EcsAddressRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
