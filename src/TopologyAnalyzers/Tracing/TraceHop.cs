using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>One lookup of a traced packet: the route table it was looked up in and the route that decided it.</summary>
    public sealed class TraceHop
    {
        private readonly string _text;

        internal TraceHop(TraceStep step)
        {
            _text = TraceText.Hop(step);
            IsReply = step.Reply;
            Table = step.Table;
            Destination = step.Destination;
            NextHop = step.NextHop;
            RouteType = step.FoundRoute ? (RouteType)step.Kind : (RouteType?)null;
        }

        /// <summary>True for a lookup of the reply, false for one of the request.</summary>
        public bool IsReply { get; }

        /// <summary>The table's title, as in <see cref="RouteTable.Title"/>: a VPC's name, <c>TR (region)</c> or <c>TR (region) name</c>.</summary>
        public string Table { get; }

        /// <summary>The destination of the route that matched (longest prefix), or null when no route matched.</summary>
        public string? Destination { get; }

        /// <summary><c>Local</c>, an attachment, an inter-region connection or <c>Blackhole</c>; empty when no route matched.</summary>
        public string NextHop { get; }

        /// <summary>The type of the route that matched, or null when no route matched.</summary>
        public RouteType? RouteType { get; }

        /// <summary>The hop on one line.</summary>
        /// <returns><c>table: destination -> next hop</c>, or <c>table: no route</c>.</returns>
        public override string ToString() => _text;
    }
}
