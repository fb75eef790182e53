using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO003: (being written).</summary>
    internal static class SingleZoneRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
