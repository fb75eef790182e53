using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO008: (being written).</summary>
    internal static class DuplicateNameRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
