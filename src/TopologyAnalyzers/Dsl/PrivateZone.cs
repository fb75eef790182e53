using System;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A user-defined private zone (Alibaba Cloud DNS PrivateZone). Its methods return the zone, so declarations chain.</summary>
    public sealed class PrivateZone
    {
        private readonly TopologyBuilder _net;

        internal PrivateZone(TopologyBuilder net, int index)
        {
            _net = net;
            Index = index;
        }

        internal int Index { get; }

        /// <summary>The zone's name, for example <c>corp.internal</c>.</summary>
        public string Name => _net.Model.ZoneName(Index);

        /// <summary>Adds an A record (or AAAA for an IPv6 address); <c>@</c> names the zone apex.</summary>
        /// <param name="name">The host record relative to the zone, for example <c>db</c>, or <c>@</c>.</param>
        /// <param name="ip">The address the name resolves to.</param>
        /// <returns>This zone, so records chain.</returns>
        public PrivateZone Record(string name, string ip)
        {
            _net.Model.AddRecord(Index, name, ip, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// Adds a VPC to the zone's effective scope ("Effective Scope" in the console). A VPC of another account can
        /// only be added once the zone's owner has linked that account (<see cref="Account.LinkAccount(Account, string)"/>).
        /// </summary>
        /// <param name="vpc">The VPC whose instances resolve the zone's names.</param>
        /// <returns>This zone, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="vpc"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="vpc"/> was declared in another topology.</exception>
        public PrivateZone EffectiveIn(Vpc vpc)
        {
            if (vpc is null) throw new ArgumentNullException(nameof(vpc));
            _net.EnsureOwns(vpc.Net, nameof(vpc));
            _net.Model.MakeEffectiveIn(Index, vpc.Index, SourceSpan.None, SourceSpan.None);
            return this;
        }
    }
}
