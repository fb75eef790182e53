using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>account.PrivateZone</c>, <c>zone.Record</c> and <c>zone.EffectiveIn</c>: <c>alicloud_pvtz_zone</c>, one
    /// <c>alicloud_pvtz_zone_record</c> (type A) per record, and one <c>alicloud_pvtz_zone_attachment</c> per zone with
    /// every VPC of its effective scope (the provider binds the whole list at once: two attachments of one zone would
    /// overwrite each other). All are the zone owner's, with its home provider; names are written as the cloud serves
    /// them (lower case, no trailing dot). An AAAA record, which the provider does not take, and a binding the cloud
    /// refuses (TOPO010, TOPO022) are comments in their place.
    /// </summary>
    internal static class PrivateZoneResources
    {
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            var records = VpcResources.Buckets(model.PrivateZones.Count, model.ZoneRecords.Count, i => model.ZoneRecords[i].Zone);
            var bindings = VpcResources.Buckets(model.PrivateZones.Count, model.ZoneBindings.Count, i => model.ZoneBindings[i].Zone);
            var status = PrivateZoneResolver.Classify(model);
            for (int zone = 0; zone < model.PrivateZones.Count; zone++)
            {
                var definition = model.PrivateZones[zone];
                string name = DomainName.Normalize(definition.Name);
                if (name.Length == 0)
                {
                    context.Resources.Comment(TerraformContext.Named("Private zone", definition.Name) + " left out with its records and scope: a zone needs a name (TOPO023).");
                    continue;
                }
                string provider = context.Providers.HomeReference(definition.Account);
                context.Resource(context.Zones[zone]).Set("provider", provider).String("zone_name", name);
                foreach (int record in records[zone]) WriteRecord(context, zone, provider, model.ZoneRecords[record]);
                WriteScope(context, zone, provider, bindings[zone], status);
            }
        }

        private static void WriteRecord(TerraformContext context, int zone, string provider, ZoneRecordDefinition record)
        {
            string rr = DomainName.Normalize(record.Name);
            if (rr.Length == 0) rr = "@";
            string value = record.Ip.Trim();
            if (IpAddress.TryParse(value, out var address) && address.IsIPv6)
            {
                context.Resources.Comment(TerraformContext.Named("Record", rr) + " AAAA " + value + " of " + TerraformContext.Named("zone", DomainName.Normalize(context.Model.PrivateZones[zone].Name))
                    + " left out: the provider takes record types A, CNAME, MX, PTR, SRV and TXT only; add it in the console.");
                return;
            }
            context.Resource("alicloud_pvtz_zone_record", TerraformContext.NameOf(context.Zones[zone]) + "_" + (rr == "@" ? "apex" : rr), "record")
                .Set("provider", provider).Set("zone_id", context.Zones[zone] + ".id")
                .String("rr", rr).String("type", "A").String("value", value);
        }

        private static void WriteScope(TerraformContext context, int zone, string provider, List<int> bindings, int[] status)
        {
            var model = context.Model;
            // In declaration order: a VPC of the scope, or why a binding is not (a comment at its place).
            var items = new List<(int Vpc, string? Refusal)>();
            bool any = false;
            foreach (int b in bindings)
            {
                int vpc = model.ZoneBindings[b].Vpc;
                string? refusal = status[b] == PrivateZoneResolver.InEffect ? null
                    : TerraformContext.Named("VPC", model.Vpcs[vpc].Name) + " left out of the scope: " + (status[b] == PrivateZoneResolver.NotLinked
                        ? "its account is neither the zone's owner nor linked by it (TOPO010)."
                        : "a zone of this name is already in effect there (TOPO022).");
                any |= refusal == null;
                items.Add((vpc, refusal));
            }
            if (!any)
            {
                foreach (var item in items) context.Resources.Comment(TerraformContext.Named("Zone", DomainName.Normalize(model.PrivateZones[zone].Name)) + ": " + item.Refusal);
                return;
            }

            var attachment = context.Resource("alicloud_pvtz_zone_attachment", TerraformContext.NameOf(context.Zones[zone]), "scope")
                .Set("provider", provider).Set("zone_id", context.Zones[zone] + ".id");
            foreach (var item in items)
            {
                if (item.Refusal != null) attachment.Comment(item.Refusal);
                else attachment.Nested("vpcs").Set("vpc_id", context.Vpcs[item.Vpc] + ".id").String("region_id", model.Vpcs[item.Vpc].Region);
            }
        }
    }
}
