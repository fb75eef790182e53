using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO022: (being written).</summary>
    internal static class ZoneNameInEffectTwiceRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
