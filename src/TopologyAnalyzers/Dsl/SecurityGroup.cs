using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A security group of a VPC. Its methods return the group, so rules chain.</summary>
    public sealed class SecurityGroup
    {
        internal SecurityGroup(TopologyBuilder net, int index)
        {
            Net = net;
            Index = index;
        }

        internal TopologyBuilder Net { get; }

        internal int Index { get; }

        /// <summary>The security group's name.</summary>
        public string Name => Net.Model.SecurityGroupName(Index);

        /// <summary>Adds an inbound rule that allows traffic from <paramref name="sourceCidr"/>.</summary>
        /// <param name="protocol">The protocol allowed; a ping needs <see cref="Protocol.Icmp"/> or <see cref="Protocol.All"/>.</param>
        /// <param name="sourceCidr">The source CIDR block, for example <c>"10.0.0.0/8"</c> or <c>"0.0.0.0/0"</c>.</param>
        /// <param name="fromPort">The first port of the range; -1 for all ports (and for ICMP).</param>
        /// <param name="toPort">The last port of the range; -1 for all ports (and for ICMP).</param>
        /// <returns>This security group, so rules chain.</returns>
        public SecurityGroup AllowInbound(Protocol protocol, string sourceCidr, int fromPort = -1, int toPort = -1)
        {
            Net.Model.AllowInbound(Index, (ProtocolKind)protocol, sourceCidr, fromPort, toPort, SourceSpan.None, SourceSpan.None);
            return this;
        }
    }
}
