using System.Collections.Generic;
using System.Globalization;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO028: a documented cloud quota (<see cref="QuotaCatalog"/>) exceeded. Each quota is reported once per object it
    /// limits, on the call that goes past the figure, counting in declaration order: the attachment that brings the
    /// 51st VPC with route synchronization to a router, the <c>EffectiveIn</c> that brings a zone its 101st VPC or 201st
    /// account, the <c>PrivateZone</c> or <c>Record</c> call past the figure, and for a VPC's custom route entries the
    /// call that adds the 201st in the order the table is built (<see cref="VpcRouteEntries"/>). It only reports: the
    /// tables stay as declared.
    /// </summary>
    internal static class QuotaExceededRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            CheckSynchronizedVpcs(index, findings);
            for (int vpc = 0; vpc < model.Vpcs.Count; vpc++)
            {
                var past = VpcRouteEntries.CallPast(index, vpc, QuotaCatalog.CustomRouteEntriesPerVpcTable.Figure, out int count);
                if (past is SourceSpan call)
                {
                    findings.Add(Exceeded(QuotaCatalog.CustomRouteEntriesPerVpcTable, call,
                        "VPC '" + model.Vpcs[vpc].Name + "' has " + Number(count) + " in its route table"));
                }
            }
            CheckZoneScopes(model, findings);
            CheckZonesAndRecords(model, findings);
        }

        private static void CheckSynchronizedVpcs(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            var quota = QuotaCatalog.SynchronizedVpcsPerTransitRouter;
            for (int router = 0; router < model.TransitRouters.Count; router++)
            {
                var vpcs = new HashSet<int>();
                foreach (int attachment in index.AttachmentsOn(router))
                {
                    var definition = model.Attachments[attachment];
                    // Only the switch the cloud accepts counts: a VPC's later ones are ignored (TOPO025).
                    if (RouteSynchronization.SynchronizingAttachment(index, definition.Vpc) != attachment || !vpcs.Add(definition.Vpc)) continue;
                    if (vpcs.Count != quota.Figure + 1) continue;
                    findings.Add(Exceeded(quota, definition.Call, "attachment '" + definition.Name + "' makes VPC '" + model.Vpcs[definition.Vpc].Name
                        + "' the " + Ordinal(vpcs.Count) + " with route synchronization on at " + ObjectNames.TransitRouter(model, router)));
                }
            }
        }

        private static void CheckZoneScopes(TopologyModel model, List<Finding> findings)
        {
            if (model.ZoneBindings.Count <= QuotaCatalog.VpcsPerZone.Figure) return;
            var status = PrivateZoneResolver.Classify(model);
            var vpcsOfZone = new Dictionary<int, HashSet<int>>();
            var accountsOfZone = new Dictionary<int, HashSet<int>>();
            for (int b = 0; b < model.ZoneBindings.Count; b++)
            {
                // A binding the cloud refuses (TOPO010, TOPO022) associates nothing.
                if (status[b] != PrivateZoneResolver.InEffect) continue;
                var binding = model.ZoneBindings[b];
                var zone = model.PrivateZones[binding.Zone];
                string where = "private zone '" + zone.Name + "' of account '" + model.Accounts[zone.Account].Name + "'";
                if (Counted(vpcsOfZone, binding.Zone, binding.Vpc, QuotaCatalog.VpcsPerZone.Figure, out int vpcs))
                {
                    findings.Add(Exceeded(QuotaCatalog.VpcsPerZone, binding.Call,
                        "VPC '" + model.Vpcs[binding.Vpc].Name + "' is the " + Ordinal(vpcs) + " VPC " + where + " is made effective in"));
                }
                int account = model.Vpcs[binding.Vpc].Account;
                if (Counted(accountsOfZone, binding.Zone, account, QuotaCatalog.AccountsPerZone.Figure, out int accounts))
                {
                    findings.Add(Exceeded(QuotaCatalog.AccountsPerZone, binding.Call,
                        "account '" + model.Accounts[account].Name + "' (VPC '" + model.Vpcs[binding.Vpc].Name + "') is the " + Ordinal(accounts) + " for " + where));
                }
            }
        }

        private static void CheckZonesAndRecords(TopologyModel model, List<Finding> findings)
        {
            CountPerOwner(model.PrivateZones, zone => zone.Account, QuotaCatalog.ZonesPerAccount, findings,
                (zone, zones) => Exceeded(QuotaCatalog.ZonesPerAccount, zone.Call,
                    "zone '" + zone.Name + "' is the " + Ordinal(zones) + " of account '" + model.Accounts[zone.Account].Name + "'"));
            CountPerOwner(model.ZoneRecords, record => record.Zone, QuotaCatalog.RecordsPerZone, findings,
                (record, records) => Exceeded(QuotaCatalog.RecordsPerZone, record.Call,
                    "record '" + record.Name + "' is the " + Ordinal(records) + " of zone '" + model.PrivateZones[record.Zone].Name + "'"));
        }

        /// <summary>Counts <paramref name="items"/> per owner in declaration order, reporting the first one past the quota's figure.</summary>
        private static void CountPerOwner<T>(IEnumerable<T> items, System.Func<T, int> owner, Quota quota, List<Finding> findings,
            System.Func<T, int, Finding> report)
        {
            var counts = new Dictionary<int, int>();
            foreach (var item in items)
            {
                int key = owner(item);
                counts.TryGetValue(key, out int count);
                counts[key] = ++count;
                if (count == quota.Figure + 1) findings.Add(report(item, count));
            }
        }

        /// <summary>Adds <paramref name="item"/> to the set of <paramref name="owner"/>; true when that makes it the first one past <paramref name="figure"/>.</summary>
        private static bool Counted(Dictionary<int, HashSet<int>> sets, int owner, int item, int figure, out int count)
        {
            if (!sets.TryGetValue(owner, out var set)) sets.Add(owner, set = new HashSet<int>());
            bool added = set.Add(item);
            count = set.Count;
            return added && count == figure + 1;
        }

        private static Finding Exceeded(Quota quota, SourceSpan call, string objects) =>
            Finding.Create(RuleCatalog.QuotaExceeded, call, quota.Name, Number(quota.Figure), quota.Raise, objects);

        private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Ordinal(int value)
        {
            int lastTwo = value % 100;
            string suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return Number(value) + suffix;
        }
    }
}
