using System.Collections.Generic;
using System.Threading;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Runs every validation rule over a topology. Findings come out in rule-ID order, each rule's in declaration
    /// order, so compile time and run time list them alike. Of a partly evaluated topology
    /// (<see cref="TopologyModel.IsPartial"/>) only the rules about single objects run: the others would judge a network
    /// with pieces missing.
    /// </summary>
    internal static class TopologyValidator
    {
        private delegate void Check(TopologyIndex index, List<Finding> findings);

        private readonly struct Entry
        {
            public Entry(Check check, bool singleObject)
            {
                Run = check;
                SingleObject = singleObject;
            }

            public Check Run { get; }

            /// <summary>Whether the rule judges each object by its own values (and those of the objects it names) alone.</summary>
            public bool SingleObject { get; }
        }

        private static readonly Entry[] Rules =
        {
            new Entry(OverlappingCidrRule.Check, false),           // TOPO001
            new Entry(MissingGrantRule.Check, false),              // TOPO002
            new Entry(SingleZoneRule.Check, false),                // TOPO003
            new Entry(InvalidAccountLinkRule.Check, true),         // TOPO004
            new Entry(MalformedAddressRule.Check, true),           // TOPO005
            new Entry(VSwitchOutsideVpcRule.Check, true),          // TOPO006
            new Entry(EcsAddressRule.Check, true),                 // TOPO007
            new Entry(DuplicateNameRule.Check, false),             // TOPO008
            new Entry(CrossRegionAttachmentRule.Check, true),      // TOPO009
            new Entry(ZoneInUnlinkedAccountRule.Check, false),     // TOPO010
            new Entry(CrossSiteLinkRule.Check, true),              // TOPO011
            new Entry(MissingIpv6RouteRule.Check, false),          // TOPO012
            new Entry(NonPrivateVpcBlockRule.Check, false),        // TOPO013
            new Entry(ExpectReachableRule.Check, false),           // TOPO014
            new Entry(ExpectIsolatedRule.Check, false),            // TOPO015
            new Entry(RouteConflictRule.Check, false),             // TOPO016
            new Entry(UnresolvedNameRule.Check, false),            // TOPO019
            new Entry(UnknownRegionOrZoneRule.Check, true),        // TOPO020
            new Entry(LinkedAccountWithoutVpcRule.Check, false),   // TOPO021
            new Entry(ZoneNameInEffectTwiceRule.Check, false),     // TOPO022
            new Entry(EmptyNameRule.Check, true),                  // TOPO023
            new Entry(InvalidConnectionRule.Check, true),          // TOPO024
            new Entry(RouteSynchronizationTwiceRule.Check, false), // TOPO025
            new Entry(RefusedRouteOrBindingRule.Check, false),     // TOPO026
            new Entry(VpcAttachedTwiceRule.Check, false),          // TOPO027
            new Entry(QuotaExceededRule.Check, false),             // TOPO028
            new Entry(ArgumentOutOfRangeRule.Check, true),         // TOPO029
        };

        public static IReadOnlyList<Finding> Validate(TopologyIndex index, CancellationToken cancellationToken = default)
        {
            var findings = new List<Finding>();
            bool partial = index.Model.IsPartial;
            foreach (var rule in Rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (partial && !rule.SingleObject) continue;
                rule.Run(index, findings);
            }
            return findings;
        }
    }
}
