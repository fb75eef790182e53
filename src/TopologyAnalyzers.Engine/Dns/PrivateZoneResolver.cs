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
        public static ResolvedPrivateZones Resolve(TopologyModel model)
        {
            if (model.PrivateZones.Count == 0) return ResolvedPrivateZones.Empty;

            var records = new List<ResolvedRecord>[model.PrivateZones.Count];
            for (int i = 0; i < records.Length; i++) records[i] = new List<ResolvedRecord>();
            foreach (var record in model.ZoneRecords)
            {
                records[record.Zone].Add(new ResolvedRecord(DomainName.Normalize(record.Name), record.Ip.Trim()));
            }

            var zones = new ResolvedZone[model.PrivateZones.Count];
            for (int i = 0; i < zones.Length; i++)
            {
                var zone = model.PrivateZones[i];
                zones[i] = new ResolvedZone(DomainName.Normalize(zone.Name), model.Accounts[zone.Account].Name, records[i].ToEquatableArray());
            }

            var perVpc = new List<int>?[model.Vpcs.Count];
            foreach (var binding in model.ZoneBindings)
            {
                int owner = model.PrivateZones[binding.Zone].Account;
                if (!AccountLinks.MayBind(model, owner, model.Vpcs[binding.Vpc].Account)) continue;
                var list = perVpc[binding.Vpc] ??= new List<int>();
                if (!list.Exists(z => zones[z].Name == zones[binding.Zone].Name)) list.Add(binding.Zone);
            }

            var scopes = new List<VpcZoneScope>();
            for (int vpc = 0; vpc < perVpc.Length; vpc++)
            {
                if (perVpc[vpc] is List<int> list) scopes.Add(new VpcZoneScope(model.Vpcs[vpc].Name, list.ToEquatableArray()));
            }
            return new ResolvedPrivateZones(new EquatableArray<ResolvedZone>(zones), scopes.ToEquatableArray());
        }
    }
}
