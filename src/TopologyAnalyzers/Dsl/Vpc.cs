using System;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A VPC of the topology. Its methods return the VPC, so declarations chain.</summary>
    public sealed class Vpc
    {
        internal Vpc(TopologyBuilder net, int index)
        {
            Net = net;
            Index = index;
        }

        internal TopologyBuilder Net { get; }

        internal int Index { get; }

        /// <summary>The VPC's name.</summary>
        public string Name => Net.Model.VpcName(Index);

        /// <summary>The region ID the VPC was declared in.</summary>
        public string Region => Net.Model.VpcRegion(Index);

        /// <summary>The VPC's IPv4 CIDR block, as declared.</summary>
        public string Cidr => Net.Model.VpcCidr(Index);

        /// <summary>The VPC's IPv6 CIDR block, as declared, or null.</summary>
        public string? Ipv6Cidr => Net.Model.VpcIpv6Cidr(Index);

        /// <summary>Declares a vSwitch of this VPC in a zone; its block must lie inside the VPC's block.</summary>
        /// <param name="name">The vSwitch's name.</param>
        /// <param name="zone">The zone ID, for example <c>"ap-southeast-1a"</c>.</param>
        /// <param name="cidr">The vSwitch's IPv4 CIDR block; it becomes a system route of the VPC.</param>
        /// <param name="ipv6Cidr">The vSwitch's IPv6 CIDR block, if it has one.</param>
        /// <returns>This VPC, so declarations chain.</returns>
        public Vpc VSwitch(string name, string zone, string cidr, string? ipv6Cidr = null)
        {
            Net.Model.AddVSwitch(Index, name, zone, cidr, ipv6Cidr,
                SourceSpan.None, SourceSpan.None, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>Declares an ECS instance in this VPC; its vSwitch is the one whose block holds <paramref name="ip"/>.</summary>
        /// <param name="name">The instance's name, which expectations and traces use.</param>
        /// <param name="ip">The instance's private IPv4 or IPv6 address.</param>
        /// <returns>This VPC, so declarations chain.</returns>
        public Vpc Ecs(string name, string ip)
        {
            Net.Model.AddEcs(Index, name, ip, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// Declares an ECS instance in this VPC, placed in <paramref name="securityGroup"/>: inbound traffic then needs a
        /// rule of the group that allows it (a basic group also lets its own instances in).
        /// </summary>
        /// <param name="name">The instance's name, which expectations and traces use.</param>
        /// <param name="ip">The instance's private IPv4 or IPv6 address.</param>
        /// <param name="securityGroup">A security group of this VPC.</param>
        /// <returns>This VPC, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="securityGroup"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="securityGroup"/> was declared in another topology.</exception>
        public Vpc Ecs(string name, string ip, SecurityGroup securityGroup)
        {
            if (securityGroup is null) throw new ArgumentNullException(nameof(securityGroup));
            Net.EnsureOwns(securityGroup.Net, nameof(securityGroup));
            Net.Model.AddEcs(Index, name, ip, SourceSpan.None, SourceSpan.None, SourceSpan.None, securityGroup.Index);
            return this;
        }

        /// <summary>Declares a security group of this VPC; place instances in it with <see cref="Ecs(string, string, SecurityGroup)"/>.</summary>
        /// <param name="name">The security group's name.</param>
        /// <param name="kind">Basic (its instances reach each other) or enterprise (nothing gets in without a rule).</param>
        /// <returns>The security group, to add inbound rules to and to place instances in.</returns>
        public SecurityGroup SecurityGroup(string name, SecurityGroupKind kind = SecurityGroupKind.Basic)
        {
            int index = Net.Model.AddSecurityGroup(Index, name, (SecurityGroupType)kind, SourceSpan.None, SourceSpan.None);
            return new SecurityGroup(Net, index);
        }

        /// <summary>
        /// Adds a custom route (type <c>Custom</c>) to the VPC's route table. Where an attachment would automatically
        /// create a route with the same destination, this one is kept and the automatic one is not created.
        /// </summary>
        /// <param name="destination">The destination CIDR block, for example <c>"0.0.0.0/0"</c>.</param>
        /// <param name="attachment">The transit-router attachment the route points to.</param>
        /// <returns>This VPC, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="attachment"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="attachment"/> was declared in another topology.</exception>
        public Vpc Route(string destination, Attachment attachment)
        {
            if (attachment is null) throw new ArgumentNullException(nameof(attachment));
            Net.EnsureOwns(attachment.Net, nameof(attachment));
            Net.Model.AddVpcRoute(Index, destination, attachment.Index, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// Cross-account authorization by this VPC's owner ("Cross-account Authorization" in the VPC console):
        /// the peer account is the CEN's owner and the peer CEN instance is <paramref name="cen"/>.
        /// </summary>
        /// <param name="cen">The CEN allowed to attach this VPC.</param>
        /// <param name="payer">Who pays the connection and data transfer fees.</param>
        /// <returns>This VPC, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="cen"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="cen"/> was declared in another topology.</exception>
        public Vpc GrantTo(Cen cen, Payer payer)
        {
            if (cen is null) throw new ArgumentNullException(nameof(cen));
            Net.EnsureOwns(cen.Net, nameof(cen));
            Net.Model.GrantTo(Index, cen.Index, (PayerKind)payer, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// Cross-account authorization with the raw values typed in the console's "Attach to CEN" dialog, so that
        /// a mistyped UID or CEN instance ID is caught.
        /// </summary>
        /// <param name="peerAccountUid">The UID of the account that owns the CEN ("Peer Account UID").</param>
        /// <param name="peerCenId">The CEN's instance ID, its name in the topology ("Peer Instance ID").</param>
        /// <param name="payer">Who pays the connection and data transfer fees.</param>
        /// <returns>This VPC, so declarations chain.</returns>
        public Vpc Grant(string peerAccountUid, string peerCenId, Payer payer)
        {
            Net.Model.Grant(Index, peerAccountUid, peerCenId, (PayerKind)payer, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }
    }
}
