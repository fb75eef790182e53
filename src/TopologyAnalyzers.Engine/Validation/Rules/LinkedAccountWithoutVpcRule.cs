using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>TOPO021: (being written).</summary>
    internal static class LinkedAccountWithoutVpcRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
        }
    }
}
