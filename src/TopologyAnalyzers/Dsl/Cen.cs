using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A Cloud Enterprise Network (CEN) instance.</summary>
    public sealed class Cen
    {
        internal Cen(TopologyBuilder net, int index)
        {
            Net = net;
            Index = index;
        }

        internal TopologyBuilder Net { get; }

        internal int Index { get; }

        /// <summary>The CEN's name, which is its instance ID in grants.</summary>
        public string Name => Net.Model.CenName(Index);

        /// <summary>The CEN's Enterprise Edition transit router in a region; the same router each time for one region.</summary>
        /// <param name="region">The region ID, for example <c>"ap-southeast-1"</c>.</param>
        /// <returns>The transit router, to attach VPCs to and to connect to the CEN's routers in other regions.</returns>
        public TransitRouter TransitRouter(string region)
        {
            int index = Net.Model.TransitRouter(Index, region, SourceSpan.None, SourceSpan.None);
            return new TransitRouter(Net, index);
        }
    }
}
