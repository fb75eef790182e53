using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO024: an inter-region connection joins two transit routers of one CEN in two regions. A connection from a
    /// router to itself (the CEN's router of the same region) or to a router of another CEN is refused by the cloud;
    /// the engine leaves it out of the tables and traces. Reported on the Connect call's peer argument.
    /// </summary>
    internal static class InvalidConnectionRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var connection in model.Connections)
            {
                if ((uint)connection.TransitRouter >= (uint)model.TransitRouters.Count || (uint)connection.Peer >= (uint)model.TransitRouters.Count) continue;
                var router = model.TransitRouters[connection.TransitRouter];
                var peer = model.TransitRouters[connection.Peer];
                string problem;
                if (connection.TransitRouter == connection.Peer)
                {
                    problem = "connects " + ObjectNames.TransitRouter(model, connection.TransitRouter)
                        + " to itself; connect it to the CEN's transit router in another region";
                }
                else if (router.Cen != peer.Cen)
                {
                    problem = "connects " + ObjectNames.TransitRouter(model, connection.TransitRouter) + " to "
                        + ObjectNames.TransitRouter(model, connection.Peer) + "; an inter-region connection joins two transit routers of one CEN";
                }
                else
                {
                    continue;
                }
                findings.Add(Finding.Create(RuleCatalog.InvalidConnection, connection.PeerSpan, connection.Name, problem));
            }
        }
    }
}
