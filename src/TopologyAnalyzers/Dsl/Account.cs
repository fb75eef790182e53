using System;
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

        internal TopologyBuilder Net => _net;

        internal int Index { get; }

        /// <summary>The account's name in the topology.</summary>
        public string Name => _net.Model.AccountName(Index);

        /// <summary>The account ID (UID) the account was declared with.</summary>
        public string Uid => _net.Model.AccountUid(Index);

        /// <summary>Declares a VPC owned by this account.</summary>
        /// <param name="name">The VPC's name (for example <c>"VPC1"</c>); it titles the VPC's route table.</param>
        /// <param name="region">The region ID, for example <c>"ap-southeast-1"</c>.</param>
        /// <param name="cidr">The VPC's IPv4 CIDR block, for example <c>"10.0.0.0/16"</c>.</param>
        /// <param name="ipv6Cidr">The VPC's IPv6 CIDR block, if it has one.</param>
        /// <returns>The VPC, to declare its vSwitches, instances and routes on.</returns>
        public Vpc Vpc(string name, string region, string cidr, string? ipv6Cidr = null)
        {
            int index = _net.Model.AddVpc(Index, name, region, cidr, ipv6Cidr,
                SourceSpan.None, SourceSpan.None, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return new Vpc(_net, index);
        }

        /// <summary>Declares a CEN instance owned by this account; its name is its instance ID in grants.</summary>
        /// <param name="name">The CEN's name (for example <c>"CEN1"</c>), which grants name as its instance ID.</param>
        /// <returns>The CEN, to ask for its transit routers.</returns>
        public Cen Cen(string name)
        {
            int index = _net.Model.AddCen(Index, name, SourceSpan.None, SourceSpan.None);
            return new Cen(_net, index);
        }

        /// <summary>Declares a RAM user of this account.</summary>
        /// <param name="name">The RAM user's name.</param>
        /// <returns>The RAM user (a private-zone link made with it is refused: TOPO004).</returns>
        public RamUser RamUser(string name)
        {
            int index = _net.Model.AddRamUser(Index, name, SourceSpan.None, SourceSpan.None);
            return new RamUser(_net, index);
        }

        /// <summary>Declares a user-defined private zone owned by this account.</summary>
        /// <param name="zoneName">The zone's name, for example <c>corp.internal</c>.</param>
        /// <returns>The zone, to add records and its effective scope to.</returns>
        public PrivateZone PrivateZone(string zoneName)
        {
            int index = _net.Model.AddPrivateZone(Index, zoneName, SourceSpan.None, SourceSpan.None);
            return new PrivateZone(_net, index);
        }

        /// <summary>
        /// "Add Alibaba Cloud Account" for private zones: lets <paramref name="other"/>'s VPCs into the effective scope
        /// of this account's zones. The cloud takes the email address or username of the other ROOT account (not its
        /// UID, not a RAM user), on the same site.
        /// </summary>
        /// <param name="other">The account to link.</param>
        /// <param name="login">The email address or username of <paramref name="other"/>'s root account.</param>
        /// <returns>This account, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="other"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="other"/> was declared in another topology.</exception>
        public Account LinkAccount(Account other, string login)
        {
            if (other is null) throw new ArgumentNullException(nameof(other));
            _net.EnsureOwns(other.Net, nameof(other));
            _net.Model.LinkAccount(Index, other.Index, login, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// The same link attempted with a RAM user's credentials, which the cloud does not support; modelled so that the
        /// mistake is reported (TOPO004).
        /// </summary>
        /// <param name="ramUser">The RAM user whose credentials the link is attempted with.</param>
        /// <returns>This account, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="ramUser"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="ramUser"/> was declared in another topology.</exception>
        public Account LinkAccount(RamUser ramUser)
        {
            if (ramUser is null) throw new ArgumentNullException(nameof(ramUser));
            _net.EnsureOwns(ramUser.Net, nameof(ramUser));
            _net.Model.LinkRamUser(Index, ramUser.Index, SourceSpan.None, SourceSpan.None);
            return this;
        }
    }
}
