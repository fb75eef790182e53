using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO020: (being written).</summary>
    internal static class UnknownRegionOrZoneRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
