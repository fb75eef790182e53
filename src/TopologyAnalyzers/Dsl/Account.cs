using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>An Alibaba Cloud root account of the topology.</summary>
    public sealed class Account
    {
        private readonly TopologyBuilder _net;

        internal Account(TopologyBuilder net, int index)
        {
            _net = net;
            Index = index;
        }

        internal int Index { get; }

        /// <summary>The account's name in the topology.</summary>
        public string Name => _net.Model.AccountName(Index);

        /// <summary>Declares a VPC owned by this account.</summary>
        /// <param name="name">The VPC's name (for example <c>"VPC1"</c>); it titles the VPC's route table.</param>
        /// <param name="region">The region ID, for example <c>"ap-southeast-1"</c>.</param>
        /// <param name="cidr">The VPC's IPv4 CIDR block, for example <c>"10.0.0.0/16"</c>.</param>
        /// <param name="ipv6Cidr">The VPC's IPv6 CIDR block, if it has one.</param>
        public Vpc Vpc(string name, string region, string cidr, string? ipv6Cidr = null)
        {
            int index = _net.Model.AddVpc(Index, name, region, cidr, ipv6Cidr,
                SourceSpan.None, SourceSpan.None, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return new Vpc(_net, index);
        }

        /// <summary>Declares a CEN instance owned by this account; its name is its instance ID in grants.</summary>
        public Cen Cen(string name)
        {
            int index = _net.Model.AddCen(Index, name, SourceSpan.None, SourceSpan.None);
            return new Cen(_net, index);
        }
    }
}
