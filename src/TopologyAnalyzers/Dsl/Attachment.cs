using System;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A VPC connection to a transit router. Its methods return the attachment, so declarations chain.</summary>
    public sealed class Attachment
    {
        private readonly TopologyBuilder _net;

        internal Attachment(TopologyBuilder net, int index)
        {
            _net = net;
            Index = index;
        }

        internal TopologyBuilder Net => _net;

        internal int Index { get; }

        /// <summary>The attachment's name, the next hop of the routes it creates.</summary>
        public string Name => _net.Model.AttachmentName(Index);

        /// <summary>
        /// Associates the attachment with <paramref name="routeTable"/>: traffic coming in from it is looked up in that
        /// table only. An attachment has at most one association: this one replaces the default association, and a
        /// later <c>AssociateWith</c> replaces this one.
        /// </summary>
        /// <param name="routeTable">A route table of the attachment's own transit router.</param>
        /// <returns>This attachment, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="routeTable"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="routeTable"/> was declared in another topology.</exception>
        public Attachment AssociateWith(TransitRouterRouteTable routeTable)
        {
            if (routeTable is null) throw new ArgumentNullException(nameof(routeTable));
            _net.EnsureOwns(routeTable.Net, nameof(routeTable));
            _net.Model.AssociateWith(Index, routeTable.Index, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// Propagates the VPC's system routes (its vSwitch blocks) to <paramref name="routeTable"/>, in addition to any
        /// other table the attachment propagates to.
        /// </summary>
        /// <param name="routeTable">A route table of the attachment's own transit router.</param>
        /// <returns>This attachment, so declarations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="routeTable"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="routeTable"/> was declared in another topology.</exception>
        public Attachment PropagateTo(TransitRouterRouteTable routeTable)
        {
            if (routeTable is null) throw new ArgumentNullException(nameof(routeTable));
            _net.EnsureOwns(routeTable.Net, nameof(routeTable));
            _net.Model.PropagateTo(Index, routeTable.Index, SourceSpan.None, SourceSpan.None);
            return this;
        }
    }
}
