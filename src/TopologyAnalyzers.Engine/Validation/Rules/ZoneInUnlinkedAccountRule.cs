using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO010: (being written).</summary>
    internal static class ZoneInUnlinkedAccountRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
