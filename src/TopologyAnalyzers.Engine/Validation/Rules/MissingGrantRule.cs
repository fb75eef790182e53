using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO002: (being written).</summary>
    internal static class MissingGrantRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
