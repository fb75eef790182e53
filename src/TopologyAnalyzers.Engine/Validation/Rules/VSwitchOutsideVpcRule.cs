using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO006: (being written).</summary>
    internal static class VSwitchOutsideVpcRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
