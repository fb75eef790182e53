using System;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>An Enterprise Edition transit router: one per CEN and region.</summary>
    public sealed class TransitRouter
    {
        private readonly TopologyBuilder _net;

        internal TransitRouter(TopologyBuilder net, int index)
        {
            _net = net;
            Index = index;
        }

        internal int Index { get; }

        internal TopologyBuilder Net => _net;

        /// <summary>The region ID of the transit router.</summary>
        public string Region => _net.Model.TransitRouterRegion(Index);

        /// <summary>
        /// Creates a VPC connection ("Create Connection &gt; Intra-region"). The switches are the console's
        /// "Advanced Settings"; their defaults are the console's.
        /// </summary>
        /// <param name="vpc">The VPC to connect. A VPC of another account needs a grant to this router's CEN.</param>
        /// <param name="name">The attachment's name, which is the next hop of the routes it creates.</param>
        /// <param name="associateWithDefaultRouteTable">Associate with the router's default route table.</param>
        /// <param name="propagateSystemRoutes">Propagate the VPC's system routes to the router's default route table.</param>
        /// <param name="autoCreateVpcRoutes">Add 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 to the VPC's route table, next hop this attachment.</param>
        /// <param name="routeSynchronization">Advertise the router's routes into the VPC's route table.</param>
        /// <returns>The attachment, to bind to route tables and to name as a next hop.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="vpc"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="vpc"/> was declared in another topology.</exception>
        public Attachment Attach(Vpc vpc, string name,
            bool associateWithDefaultRouteTable = true,
            bool propagateSystemRoutes = true,
            bool autoCreateVpcRoutes = true,
            bool routeSynchronization = false)
        {
            if (vpc is null) throw new ArgumentNullException(nameof(vpc));
            _net.EnsureOwns(vpc.Net, nameof(vpc));
            int index = _net.Model.Attach(Index, vpc.Index, name,
                associateWithDefaultRouteTable, propagateSystemRoutes, autoCreateVpcRoutes, routeSynchronization,
                SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return new Attachment(_net, index);
        }

        /// <summary>
        /// Creates an inter-region connection ("Create Connection &gt; Inter-region") to <paramref name="peer"/>, another
        /// transit router of the same CEN, with the console's defaults: the connection is associated with and propagates
        /// to the default route table of both routers, so each side learns the routes of the other's default table.
        /// </summary>
        /// <param name="peer">The transit router of the same CEN in another region.</param>
        /// <param name="name">The connection's name, the next hop of the routes learned across it.</param>
        /// <returns>This transit router, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="peer"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="peer"/> was declared in another topology.</exception>
        public TransitRouter Connect(TransitRouter peer, string name)
        {
            if (peer is null) throw new ArgumentNullException(nameof(peer));
            _net.EnsureOwns(peer.Net, nameof(peer));
            _net.Model.Connect(Index, peer.Index, name, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// The router's route table named <paramref name="name"/>: <c>default</c> is its default table, any other name a
        /// custom table, created on first use. Asking twice for one name gives the same table.
        /// </summary>
        /// <param name="name"><c>default</c>, or the custom table's name.</param>
        /// <returns>The route table, to add static routes to and to bind attachments to.</returns>
        public TransitRouterRouteTable RouteTable(string name)
        {
            int index = _net.Model.RouteTable(Index, name, SourceSpan.None, SourceSpan.None);
            return new TransitRouterRouteTable(_net, index);
        }
    }
}
