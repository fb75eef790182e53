using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO001: (being written).</summary>
    internal static class OverlappingCidrRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
