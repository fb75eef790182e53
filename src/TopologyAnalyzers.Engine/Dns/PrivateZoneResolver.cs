using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Works out each VPC's zones in effect: a binding counts when the VPC's account owns the zone or the zone's owner
    /// has an accepted link to it (see <see cref="AccountLinks"/>). A zone name already in effect in a VPC is not added
    /// a second time there (the first declared wins).
    /// </summary>
    internal static class PrivateZoneResolver
    {
        /// <summary><see cref="Classify"/>: the binding puts its zone in effect in its VPC.</summary>
        public const int InEffect = -1;

        /// <summary><see cref="Classify"/>: the VPC's account is neither the zone's owner nor linked by it (TOPO010).</summary>
        public const int NotLinked = -2;

        public static ResolvedPrivateZones Resolve(TopologyModel model)
        {
            if (model.PrivateZones.Count == 0) return ResolvedPrivateZones.Empty;

            var records = new List<ResolvedRecord>[model.PrivateZones.Count];
            for (int i = 0; i < records.Length; i++) records[i] = new List<ResolvedRecord>();
            foreach (var record in model.ZoneRecords)
            {
                // An empty name (TOPO023) answers for no name, never silently for the apex ('@' names that), and a value
                // that is no IP address (TOPO005) is no answer: both are left out, as malformed blocks are left out of tables.
                if (EmptyNameRule.IsEmpty(record.Name) || !IpAddress.TryParse(record.Ip, out _)) continue;
                records[record.Zone].Add(new ResolvedRecord(DomainName.Normalize(record.Name), record.Ip));
            }

            var zones = new ResolvedZone[model.PrivateZones.Count];
            for (int i = 0; i < zones.Length; i++)
            {
                var zone = model.PrivateZones[i];
                zones[i] = new ResolvedZone(DomainName.Normalize(zone.Name), model.Accounts[zone.Account].Name, records[i].ToEquatableArray());
            }

            var status = Classify(model);
            var perVpc = new List<int>?[model.Vpcs.Count];
            for (int b = 0; b < status.Length; b++)
            {
                if (status[b] != InEffect) continue;
                var binding = model.ZoneBindings[b];
                (perVpc[binding.Vpc] ??= new List<int>()).Add(binding.Zone);
            }

            var scopes = new List<VpcZoneScope>();
            for (int vpc = 0; vpc < perVpc.Length; vpc++)
            {
                if (perVpc[vpc] is List<int> list) scopes.Add(new VpcZoneScope(model.Vpcs[vpc].Name, list.ToEquatableArray()));
            }
            return new ResolvedPrivateZones(new EquatableArray<ResolvedZone>(zones), scopes.ToEquatableArray());
        }

        /// <summary>
        /// For each binding (<c>zone.EffectiveIn(vpc)</c>) in declaration order: <see cref="InEffect"/>,
        /// <see cref="NotLinked"/>, or the index of the earlier binding that already put a zone of the same
        /// (normalized) name in effect in that VPC. The resolver and the rules TOPO010 and TOPO022 share this, so the
        /// zones reported are exactly the zones left out.
        /// </summary>
        public static int[] Classify(TopologyModel model)
        {
            var status = new int[model.ZoneBindings.Count];
            if (status.Length == 0) return status;
            var accepted = AccountLinks.AcceptedPairs(model);
            var names = new string[model.PrivateZones.Count];
            for (int i = 0; i < names.Length; i++) names[i] = DomainName.Normalize(model.PrivateZones[i].Name);

            // Keyed by VPC index and zone name: a VPC may hold many zones, so no scan of what is already there.
            var inEffect = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (int b = 0; b < status.Length; b++)
            {
                var binding = model.ZoneBindings[b];
                int owner = model.PrivateZones[binding.Zone].Account;
                if (!AccountLinks.MayBind(accepted, owner, model.Vpcs[binding.Vpc].Account))
                {
                    status[b] = NotLinked;
                    continue;
                }
                string key = binding.Vpc.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + names[binding.Zone];
                if (inEffect.TryGetValue(key, out int first))
                {
                    status[b] = first;
                }
                else
                {
                    inEffect.Add(key, b);
                    status[b] = InEffect;
                }
            }
            return status;
        }
    }
}
