using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO019: an <c>ExpectResolves(fqdn, fromVpc)</c> (or <c>ExpectResolves(fqdn, fromVpcName)</c>) that fails. The answer comes from the same resolver and lookup
    /// as the generated and run-time <c>PrivateZones</c>, so the assertion and <c>PrivateZones.Resolve</c> never
    /// disagree; this rule only works out why the name does not resolve.
    /// </summary>
    internal static class UnresolvedNameRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            if (model.ResolveExpectations.Count == 0) return;
            var resolved = PrivateZoneResolver.Resolve(model);
            var scopes = ZoneLookup.ScopesByVpc(resolved);
            Dictionary<int, List<int>>? refusedByVpc = null;
            HashSet<long>? attempted = null;

            foreach (var expectation in model.ResolveExpectations)
            {
                int vpcIndex = VpcOf(model, expectation);
                if (vpcIndex < 0)
                {
                    // The overload taking a name: a name no VPC has is a typo to point out, not a zone to blame.
                    string asked = expectation.VpcName ?? "";
                    var closest = NearestName.Closest(asked, VpcNames(model));
                    findings.Add(Finding.Create(RuleCatalog.UnresolvedName, expectation.VpcSpan.IsNone ? expectation.Call : expectation.VpcSpan,
                        expectation.Fqdn, asked, "no VPC of the topology is named '" + asked + "'"
                            + (closest is null ? "" : "; the closest declared is '" + closest + "'")));
                    continue;
                }
                var vpc = model.Vpcs[vpcIndex];
                scopes.TryGetValue(vpc.Name, out var scope);
                var answer = ZoneLookup.Resolve(resolved, expectation.Fqdn, scope);
                if (answer.Ip != null) continue;

                refusedByVpc ??= RefusedBindingsByVpc(model);
                attempted ??= AttemptedLinks(model);
                string why = Why(model, resolved, expectation, vpcIndex, answer, refusedByVpc, attempted);
                // An empty name is what is wrong, not the zones: reported on the argument.
                var location = DomainName.Normalize(expectation.Fqdn).Length == 0 ? expectation.FqdnSpan : expectation.Call;
                findings.Add(Finding.Create(RuleCatalog.UnresolvedName, location, expectation.Fqdn, vpc.Name, why));
            }
        }

        /// <summary>The VPC passed, or the first declared with the name passed (as <c>PrivateZones</c> answers), or -1.</summary>
        private static int VpcOf(TopologyModel model, ResolveExpectationDefinition expectation)
        {
            if (expectation.VpcName is null) return (uint)expectation.Vpc < (uint)model.Vpcs.Count ? expectation.Vpc : -1;
            for (int i = 0; i < model.Vpcs.Count; i++)
            {
                if (model.Vpcs[i].Name == expectation.VpcName) return i;
            }
            return -1;
        }

        private static IEnumerable<string> VpcNames(TopologyModel model)
        {
            foreach (var vpc in model.Vpcs) yield return vpc.Name;
        }

        private static string Why(TopologyModel model, ResolvedPrivateZones resolved, ResolveExpectationDefinition expectation, int vpcIndex,
            ZoneAnswer answer, Dictionary<int, List<int>> refusedByVpc, HashSet<long> attempted)
        {
            string name = DomainName.Normalize(expectation.Fqdn);

            // A zone that would answer (more specific than the one that does) but is left out for want of a link
            // explains the failure better than whatever the zone in effect lacks.
            int refused = -1;
            int longest = answer.NoZone ? -1 : resolved.Zones[answer.Zone].Name.Length;
            if (name.Length > 0 && refusedByVpc.TryGetValue(vpcIndex, out var bindings))
            {
                foreach (int b in bindings)
                {
                    int zone = model.ZoneBindings[b].Zone;
                    string zoneName = resolved.Zones[zone].Name;
                    if (zoneName.Length > longest && DomainName.RelativeName(name, zoneName) != null)
                    {
                        refused = zone;
                        longest = zoneName.Length;
                    }
                }
            }
            if (refused >= 0)
            {
                var zone = model.PrivateZones[refused];
                string owner = model.Accounts[zone.Account].Name;
                int vpcAccount = model.Vpcs[vpcIndex].Account;
                string account = model.Accounts[vpcAccount].Name;
                string because = attempted.Contains(AccountLinks.Pair(zone.Account, vpcAccount))
                    ? "the cloud refuses the link of account '" + owner + "' to account '" + account + "'"
                    : "account '" + owner + "' has not linked account '" + account + "'";
                return "zone '" + zone.Name + "' of account '" + owner + "' is not in effect there because " + because;
            }

            if (answer.NoZone) return "no private zone in effect there covers it";
            string record = DomainName.RelativeName(name, resolved.Zones[answer.Zone].Name) ?? name;
            return "zone '" + model.PrivateZones[answer.Zone].Name + "' (the most specific in effect there) has no record '" + record + "'";
        }

        private static Dictionary<int, List<int>> RefusedBindingsByVpc(TopologyModel model)
        {
            var byVpc = new Dictionary<int, List<int>>();
            var status = PrivateZoneResolver.Classify(model);
            for (int b = 0; b < status.Length; b++)
            {
                if (status[b] != PrivateZoneResolver.NotLinked) continue;
                int vpc = model.ZoneBindings[b].Vpc;
                if (!byVpc.TryGetValue(vpc, out var list)) byVpc.Add(vpc, list = new List<int>());
                list.Add(b);
            }
            return byVpc;
        }

        private static HashSet<long> AttemptedLinks(TopologyModel model)
        {
            var pairs = new HashSet<long>();
            foreach (var link in model.AccountLinks) pairs.Add(AccountLinks.Pair(link.Account, link.LinkedAccount));
            return pairs;
        }
    }
}
