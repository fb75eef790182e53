using System;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>
    /// A route table of a transit router (<see cref="TransitRouter.RouteTable(string)"/>): its <c>default</c> table or
    /// a custom one. Its methods return the table, so static routes chain.
    /// </summary>
    public sealed class TransitRouterRouteTable
    {
        private readonly TopologyBuilder _net;

        internal TransitRouterRouteTable(TopologyBuilder net, int index)
        {
            _net = net;
            Index = index;
        }

        internal TopologyBuilder Net => _net;

        internal int Index { get; }

        /// <summary>The table's name: <c>default</c> for the router's default table.</summary>
        public string Name => _net.Model.RouteTableName(Index);

        /// <summary>Adds a static route (type <c>Static</c>) whose next hop is <paramref name="attachment"/>.</summary>
        /// <param name="destination">The destination CIDR block, for example <c>"10.0.0.0/16"</c>.</param>
        /// <param name="attachment">An attachment of the same transit router.</param>
        /// <returns>This table, so routes chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="attachment"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="attachment"/> was declared in another topology.</exception>
        public TransitRouterRouteTable Route(string destination, Attachment attachment)
        {
            if (attachment is null) throw new ArgumentNullException(nameof(attachment));
            _net.EnsureOwns(attachment.Net, nameof(attachment));
            _net.Model.AddStaticRoute(Index, destination, attachment.Index, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>Adds a blackhole route: a static route (next hop shown as <c>Blackhole</c>) that drops what it matches.</summary>
        /// <param name="destination">The destination CIDR block.</param>
        /// <returns>This table, so routes chain.</returns>
        public TransitRouterRouteTable Blackhole(string destination)
        {
            _net.Model.AddStaticRoute(Index, destination, -1, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }
    }
}
