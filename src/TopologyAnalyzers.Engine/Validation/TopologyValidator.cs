using System.Collections.Generic;
using System.Threading;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Runs every validation rule over a topology. Findings come out in rule-ID order, each rule's in declaration
    /// order, so compile time and run time list them alike.
    /// </summary>
    internal static class TopologyValidator
    {
        private delegate void Check(TopologyIndex index, List<Finding> findings);

        private static readonly Check[] Rules =
        {
            OverlappingCidrRule.Check,        // TOPO001
            MissingGrantRule.Check,           // TOPO002
            SingleZoneRule.Check,             // TOPO003
            InvalidAccountLinkRule.Check,     // TOPO004
            MalformedAddressRule.Check,       // TOPO005
            VSwitchOutsideVpcRule.Check,      // TOPO006
            EcsAddressRule.Check,             // TOPO007
            DuplicateNameRule.Check,          // TOPO008
            CrossRegionAttachmentRule.Check,  // TOPO009
            ZoneInUnlinkedAccountRule.Check,  // TOPO010
            CrossSiteLinkRule.Check,          // TOPO011
            MissingIpv6RouteRule.Check,       // TOPO012
            NonPrivateVpcBlockRule.Check,     // TOPO013
            ExpectReachableRule.Check,        // TOPO014
            ExpectIsolatedRule.Check,         // TOPO015
            RouteConflictRule.Check,          // TOPO016
            UnresolvedNameRule.Check,         // TOPO019
            UnknownRegionOrZoneRule.Check,    // TOPO020
            LinkedAccountWithoutVpcRule.Check, // TOPO021
            ZoneNameInEffectTwiceRule.Check,  // TOPO022
            EmptyNameRule.Check,              // TOPO023
            InvalidConnectionRule.Check,      // TOPO024
            RouteSynchronizationTwiceRule.Check, // TOPO025
            RefusedRouteOrBindingRule.Check,  // TOPO026
            VpcAttachedTwiceRule.Check,       // TOPO027
            QuotaExceededRule.Check,          // TOPO028
        };

        public static IReadOnlyList<Finding> Validate(TopologyIndex index, CancellationToken cancellationToken = default)
        {
            var findings = new List<Finding>();
            foreach (var rule in Rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rule(index, findings);
            }
            return findings;
        }
    }
}
