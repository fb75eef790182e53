using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO016: two attachments put one destination into a transit router's route table. The resolver keeps the
    /// first route active and the later one inactive (shown with <c> (conflict)</c>, never used); this rule reports
    /// each inactive route whose winner also leads to another attachment: two propagated routes, or two static routes
    /// through different attachments. A static route beating a propagated one is left alone, since writing a static
    /// route is how one overrides a learned route on purpose; a blackhole is no attachment, and a winner through the
    /// same attachment (a VPC with two vSwitches of one block) is TOPO001's business. Reported where the losing route
    /// was put in (the <c>Attach</c> call, the <c>PropagateTo</c> call or the <c>table.Route</c> call), pointing at
    /// where the winning one was.
    /// </summary>
    internal static class RouteConflictRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            for (int router = 0; router < model.TransitRouters.Count; router++)
            {
                CheckTable(index, router, TopologyIndex.DefaultTable, findings);
                foreach (int table in index.CustomTablesOf(router)) CheckTable(index, router, table, findings);
            }
        }

        private static void CheckTable(TopologyIndex index, int router, int table, List<Finding> findings)
        {
            // One contributor cannot conflict with another attachment: skip resolving the table.
            if (index.StaticRoutesOf(router, table).Count + index.PropagatorsOf(router, table).Count < 2) return;

            var resolved = index.Tables.TransitRouter(router, table);
            Dictionary<Cidr, ResolvedRoute>? winners = null;
            // Each losing static route, and each attachment losing a destination, is reported once.
            var reportedStatics = new HashSet<int>();
            var reportedPropagators = new HashSet<(Cidr, int)>();
            foreach (var loser in resolved.Routes)
            {
                if (loser.Active || loser.Blackhole) continue;
                winners ??= ActiveRoutes(resolved);
                if (!winners.TryGetValue(loser.Destination, out var winner) || winner.Blackhole) continue;
                if (winner.NextHop == loser.NextHop) continue;
                if (loser.Kind == RouteKind.Propagated && winner.Kind != RouteKind.Propagated) continue;

                if (!TryLocate(index, router, table, winner, null, out var winnerCall, out int winnerSource)) continue;
                if (!TryLocate(index, router, table, loser, reportedStatics, out var loserCall, out int loserSource)) continue;
                // One VPC attached twice to this router propagates its blocks twice: TOPO027 reports the cause.
                if (loser.Kind == RouteKind.Propagated && winner.Kind == RouteKind.Propagated
                    && VpcAttachedTwiceRule.SameVpcAndRouter(index.Model, winnerSource, loserSource)) continue;
                if (loser.Kind == RouteKind.Static) reportedStatics.Add(loserSource);
                else if (!reportedPropagators.Add((loser.Destination, loserSource))) continue;

                findings.Add(Finding.WithRelated(RuleCatalog.RouteConflict, loserCall, winnerCall,
                    resolved.Title, resolved.Cen, loser.Destination.ToString(), winner.NextHop, loser.NextHop));
            }
        }

        private static Dictionary<Cidr, ResolvedRoute> ActiveRoutes(ResolvedTable table)
        {
            var active = new Dictionary<Cidr, ResolvedRoute>();
            foreach (var route in table.Routes)
            {
                if (route.Active) active[route.Destination] = route;
            }
            return active;
        }

        /// <summary>
        /// Where <paramref name="route"/> was put into the table: the static route (index into
        /// <see cref="TopologyModel.StaticRoutes"/>) or the propagating attachment, found by destination and next hop.
        /// A static route already reported is passed over, so that two losers through one attachment find their own
        /// calls. False when no attachment put it there (a route learned some other way).
        /// </summary>
        private static bool TryLocate(TopologyIndex index, int router, int table, ResolvedRoute route,
            HashSet<int>? passOver, out SourceSpan call, out int source)
        {
            var model = index.Model;
            call = SourceSpan.None;
            source = -1;
            if (route.Kind == RouteKind.Static)
            {
                foreach (int staticRoute in index.StaticRoutesOf(router, table))
                {
                    var definition = model.StaticRoutes[staticRoute];
                    if (definition.IsBlackhole || index.StaticRouteDestinations[staticRoute] != route.Destination) continue;
                    if (model.Attachments[definition.Attachment].Name != route.NextHop) continue;
                    // The winner leads to another attachment, so a match on the loser's next hop is a later route.
                    if (passOver != null && passOver.Contains(staticRoute)) continue;
                    call = definition.Call;
                    source = staticRoute;
                    return true;
                }
                return false;
            }

            if (route.Kind != RouteKind.Propagated) return false;
            foreach (int attachment in index.PropagatorsOf(router, table))
            {
                var definition = model.Attachments[attachment];
                if (definition.Name != route.NextHop || !HasVSwitchBlock(index, definition.Vpc, route.Destination)) continue;
                var propagation = index.PropagationCallOf(attachment, table);
                call = propagation.IsNone ? definition.Call : propagation;
                source = attachment;
                return true;
            }
            return false;
        }

        private static bool HasVSwitchBlock(TopologyIndex index, int vpc, Cidr block)
        {
            foreach (int vSwitch in index.VSwitchesOf(vpc))
            {
                if (index.VSwitchCidrs[vSwitch] == block || index.VSwitchIpv6Cidrs[vSwitch] == block) return true;
            }
            return false;
        }
    }
}
