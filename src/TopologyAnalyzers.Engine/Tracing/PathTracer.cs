using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Follows a ping through the resolved route tables, as SPEC section 3 describes: from the sender's VPC table, through
    /// the transit router table associated with each attachment it enters by (and, across an inter-region connection,
    /// the peer router's default table), into the destination's VPC, where a <c>Local</c> route delivers it; then the
    /// reply the same way back. A blackhole, a missing route, an attachment with no association or a table visited twice
    /// drops it; a security group of the destination may refuse it. Tables come from <see cref="TopologyIndex.Tables"/>: resolved on demand, once per topology.
    /// </summary>
    internal sealed class PathTracer
    {
        private readonly TopologyIndex _index;

        public PathTracer(TopologyIndex index) => _index = index;

        /// <summary>
        /// Traces a ping from <paramref name="from"/> to <paramref name="to"/>: ECS names or addresses, or addresses of
        /// vSwitches where the topology declares no instance.
        /// </summary>
        public PingTrace Ping(string from, string to)
        {
            var sender = TraceEndpoints.Find(_index, from, out string senderProblem);
            var receiver = TraceEndpoints.Find(_index, to, out string receiverProblem);
            if (!(sender is TraceEndpoint source) || !(receiver is TraceEndpoint target))
            {
                return new PingTrace(from, sender?.Address.ToString() ?? "", to, receiver?.Address.ToString() ?? "", TraceVerdict.UnknownEndpoint,
                    sender is null ? senderProblem : receiverProblem, EquatableArray<TraceStep>.Empty);
            }

            if (source.Address.IsIPv6 != target.Address.IsIPv6)
            {
                // A request and its reply carry one family: no table routes an IPv4 packet to an IPv6 address.
                return new PingTrace(source.Name, source.Address.ToString(), target.Name, target.Address.ToString(), TraceVerdict.NoRoute,
                    "'" + source.Name + "' has an " + Family(source.Address) + " address and '" + target.Name + "' an " + Family(target.Address)
                        + " one; a ping stays within one address family", EquatableArray<TraceStep>.Empty);
            }

            var steps = new List<TraceStep>();
            var (verdict, detail) = Forward(source, target, reply: false, steps);
            if (verdict == TraceVerdict.Reached && SecurityGroupCheck.BlockReason(_index, source, target) is string blocked)
            {
                (verdict, detail) = (TraceVerdict.SecurityGroup, blocked);
            }
            if (verdict == TraceVerdict.Reached) (verdict, detail) = Forward(target, source, reply: true, steps);
            return new PingTrace(source.Name, source.Address.ToString(), target.Name, target.Address.ToString(), verdict, detail, steps.ToEquatableArray());
        }

        private (TraceVerdict, string) Forward(TraceEndpoint sender, TraceEndpoint receiver, bool reply, List<TraceStep> steps)
        {
            var model = _index.Model;
            var address = receiver.Address;
            int targetVpc = receiver.Vpc;
            var visited = new HashSet<Place>();
            var place = Place.InVpc(sender.Vpc);
            while (true)
            {
                var table = TableAt(place);
                if (!visited.Add(place)) return (TraceVerdict.Loop, "the packet comes back to " + table.Title + " (a routing loop)");
                var routes = table.Routes;
                int found = LongestPrefixMatch.Find(routes, r => r.Destination, r => r.Active, address);
                if (found < 0)
                {
                    steps.Add(new TraceStep(reply, table.Title, null, "", RouteKind.System));
                    return (TraceVerdict.NoRoute, table.Title + " has no route to " + address);
                }
                var route = routes[found];
                steps.Add(new TraceStep(reply, table.Title, route.Destination.ToString(), route.NextHop, route.Kind));

                if (place.IsVpc)
                {
                    if (route.Kind == RouteKind.System)
                    {
                        return place.Item == targetVpc
                            ? (TraceVerdict.Reached, "")
                            : (TraceVerdict.NoRoute, address + " is a local address of " + table.Title + ", which does not hold " + receiver.Name);
                    }
                    int attachment = AttachmentNamed(route.NextHop, vpc: place.Item, transitRouter: -1);
                    if (attachment < 0) return (TraceVerdict.NoRoute, "next hop '" + route.NextHop + "' of " + table.Title + " is not an attachment of that VPC");
                    int associated = _index.AssociationOf(attachment);
                    if (associated == TopologyIndex.NoTable)
                    {
                        return (TraceVerdict.NoAssociation, "attachment '" + route.NextHop + "' is associated with no route table of its transit router");
                    }
                    place = Place.InRouter(model.Attachments[attachment].TransitRouter, associated);
                    continue;
                }

                if (route.Blackhole) return (TraceVerdict.Blackhole, "blackhole route " + route.Destination + " in " + table.Title);
                int next = AttachmentNamed(route.NextHop, vpc: -1, transitRouter: place.Item);
                if (next >= 0)
                {
                    place = Place.InVpc(model.Attachments[next].Vpc);
                    continue;
                }
                int connection = ConnectionNamed(route.NextHop, place.Item);
                if (connection < 0) return (TraceVerdict.NoRoute, "next hop '" + route.NextHop + "' of " + table.Title + " is not a connection of that transit router");
                place = Place.InRouter(_index.PeerOf(connection, place.Item), TopologyIndex.DefaultTable);
            }
        }

        private static string Family(IpAddress address) => address.IsIPv6 ? "IPv6" : "IPv4";

        private ResolvedTable TableAt(Place place) =>
            place.IsVpc ? _index.Tables.Vpc(place.Item) : _index.Tables.TransitRouter(place.Item, place.Table);

        /// <summary>The first attachment of that name of the VPC (when <paramref name="vpc"/> is not -1) or of the router.</summary>
        private int AttachmentNamed(string name, int vpc, int transitRouter)
        {
            var candidates = vpc >= 0 ? _index.AttachmentsOf(vpc) : _index.AttachmentsOn(transitRouter);
            foreach (int attachment in candidates)
            {
                if (_index.Model.Attachments[attachment].Name == name) return attachment;
            }
            return -1;
        }

        private int ConnectionNamed(string name, int transitRouter)
        {
            foreach (int connection in _index.ConnectionsOf(transitRouter))
            {
                if (_index.Model.Connections[connection].Name == name) return connection;
            }
            return -1;
        }

        /// <summary>Where a packet is looked up: a VPC's table, or a router's table (<see cref="TopologyIndex.DefaultTable"/> or a custom one).</summary>
        private readonly record struct Place(bool IsVpc, int Item, int Table)
        {
            public static Place InVpc(int vpc) => new Place(true, vpc, 0);

            public static Place InRouter(int transitRouter, int table) => new Place(false, transitRouter, table);
        }
    }
}
