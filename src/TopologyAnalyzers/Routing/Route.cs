using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>One row of a route table.</summary>
    public sealed class Route
    {
        internal Route(ResolvedRoute route)
        {
            Block = route.Destination;
            Destination = route.Destination.ToString();
            NextHop = route.NextHop;
            Type = (RouteType)route.Kind;
            IsActive = route.Active;
            IsBlackhole = route.Blackhole;
        }

        internal Cidr Block { get; }

        /// <summary>The destination CIDR block, in canonical form (for example <c>10.0.0.0/8</c>).</summary>
        public string Destination { get; }

        /// <summary><c>Local</c>, or the name of the attachment the route points to.</summary>
        public string NextHop { get; }

        /// <summary>How the route got into the table.</summary>
        public RouteType Type { get; }

        /// <summary>
        /// False for a route that lost a conflict: another attachment put the same destination into the table
        /// first. Such a route is listed (its next hop rendered with <c> (conflict)</c>) but never used by
        /// <see cref="RouteTable.Lookup(string)"/>.
        /// </summary>
        public bool IsActive { get; }

        /// <summary>
        /// True for a blackhole static route, which drops what it matches; its <see cref="NextHop"/> reads
        /// <c>Blackhole</c>, which an attachment could also be named, so check this flag rather than the text.
        /// </summary>
        public bool IsBlackhole { get; }

        /// <summary>The row as the console shows it: destination, next hop and type.</summary>
        /// <returns>For example <c>10.0.0.0/8 -> attach1 (Custom)</c>.</returns>
        public override string ToString() => Destination + " -> " + NextHop + (IsActive ? "" : " (conflict)") + " (" + ((RouteKind)Type).DisplayName() + ")";
    }
}
