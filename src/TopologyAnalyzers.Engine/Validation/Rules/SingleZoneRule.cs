using System;
using System.Collections.Generic;
using System.Globalization;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO003: an Enterprise Edition transit router connects a VPC through its vSwitches, one per zone; a VPC whose
    /// vSwitches sit in one zone (or none) loses the connection with that zone. Regions with one zone are exempt.
    /// Each finding carries a free zone, block and vSwitch name, so that the code fix only writes them down.
    /// </summary>
    internal static class SingleZoneRule
    {
        private const int DefaultPrefixLength = 24;

        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            // Worked out once per VPC: a VPC attached twice gets the same suggestion twice, so that fixing both
            // findings adds one vSwitch.
            var suggestions = new Dictionary<int, Suggestion>();
            HashSet<string>? usedNames = null;

            foreach (var attachment in model.Attachments)
            {
                if ((uint)attachment.Vpc >= (uint)model.Vpcs.Count) continue;
                var vpc = model.Vpcs[attachment.Vpc];
                // Judged as TOPO020's fixes leave it: a misspelled region or zone counts as the ID it stands for, so
                // the suggestion holds once both are fixed (in one dotnet format run), and no advice names a typo.
                string region = RegionCatalog.IntendedRegion(vpc.Region) ?? vpc.Region ?? "";
                if (RegionCatalog.IsSingleZoneRegion(region)) continue;

                var zones = ZonesOf(index, attachment.Vpc, region);
                if (zones.Count >= 2) continue;

                if (!suggestions.TryGetValue(attachment.Vpc, out var suggestion))
                {
                    usedNames ??= VSwitchNames(model);
                    suggestion = Suggest(index, attachment.Vpc, region, zones, usedNames);
                    suggestions.Add(attachment.Vpc, suggestion);
                }

                string where = zones.Count == 0 ? "no zone" : "only zone '" + zones[0] + "'";
                findings.Add(Finding.WithRelated(RuleCatalog.SingleZone, attachment.Call, vpc.Call,
                        vpc.Name ?? "", attachment.Name ?? "", where, region)
                    .With(FindingProperties.Zone, suggestion.Zone)
                    .With(FindingProperties.Cidr, suggestion.Cidr)
                    .With(FindingProperties.VSwitchName, suggestion.Name));
            }
        }

        /// <summary>
        /// The distinct zones of the VPC's vSwitches, in declaration order (a VPC has few vSwitches), each misspelled one
        /// counted as the zone of <paramref name="region"/> it stands for.
        /// </summary>
        private static List<string> ZonesOf(TopologyIndex index, int vpc, string region)
        {
            var zones = new List<string>();
            foreach (int vSwitch in index.VSwitchesOf(vpc))
            {
                string declared = index.Model.VSwitches[vSwitch].Zone ?? "";
                string zone = RegionCatalog.IntendedZone(declared, region) ?? declared;
                if (!zones.Contains(zone)) zones.Add(zone);
            }
            return zones;
        }

        private static HashSet<string> VSwitchNames(TopologyModel model)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var vSwitch in model.VSwitches) names.Add(vSwitch.Name ?? "");
            return names;
        }

        private static Suggestion Suggest(TopologyIndex index, int vpcIndex, string region, List<string> zones, HashSet<string> usedNames)
        {
            var vpc = index.Model.Vpcs[vpcIndex];
            string? zone = null;
            if (RegionCatalog.TryGetZones(region, out var regionZones))
            {
                foreach (var candidate in regionZones)
                {
                    if (!zones.Contains(candidate))
                    {
                        zone = candidate;
                        break;
                    }
                }
            }

            string? name = null;
            if (zone != null)
            {
                string stem = string.IsNullOrEmpty(vpc.Name) ? "vsw" : vpc.Name.ToLowerInvariant();
                string first = stem + "-" + RegionCatalog.ZoneSuffix(zone, region);
                name = first;
                for (int n = 2; usedNames.Contains(name); n++) name = first + "-" + n.ToString(CultureInfo.InvariantCulture);
                // Later suggestions must not hand out the same name again.
                usedNames.Add(name);
            }

            return new Suggestion(zone, FreeBlock(index, vpcIndex), name);
        }

        /// <summary>
        /// The first block, scanning upward from the VPC's network address, of the size of the VPC's first vSwitch
        /// (a /24 without one) that overlaps none of the VPC's vSwitches; null when the VPC is full or its block is
        /// unusable (malformed, IPv6).
        /// </summary>
        private static string? FreeBlock(TopologyIndex index, int vpcIndex)
        {
            // Blocks with host bits set count as their networks, as TOPO005's fix writes them, so the block found
            // stays free once that fix is applied too.
            var model = index.Model;
            if (!(Cidr.NetworkOf(model.Vpcs[vpcIndex].Cidr) is Cidr vpcBlock) || vpcBlock.IsIPv6 || !TryToUInt(vpcBlock.Network, out uint vpcStart)) return null;

            int? firstPrefix = null;
            var taken = new List<(ulong First, ulong Last)>();
            foreach (int vSwitch in index.VSwitchesOf(vpcIndex))
            {
                if (!(Cidr.NetworkOf(model.VSwitches[vSwitch].Cidr) is Cidr block) || block.IsIPv6) continue;
                if (!TryToUInt(block.First, out uint first) || !TryToUInt(block.Last, out uint last)) continue;
                firstPrefix ??= block.PrefixLength;
                taken.Add((first, last));
            }

            int prefix = Math.Max(firstPrefix ?? DefaultPrefixLength, vpcBlock.PrefixLength);
            ulong size = 1UL << (32 - prefix);
            ulong end = vpcStart + (1UL << (32 - vpcBlock.PrefixLength));

            // Blocks are aligned, so a candidate that overlaps a vSwitch can jump past it: each step clears at least
            // one vSwitch, which keeps the scan linear in the VPC's vSwitches even in a /8.
            ulong position = vpcStart;
            while (position + size <= end)
            {
                ulong last = position + size - 1;
                ulong next = 0;
                foreach (var block in taken)
                {
                    if (block.First <= last && position <= block.Last) next = Math.Max(next, block.Last + 1);
                }
                if (next == 0) return FormatBlock((uint)position, prefix);
                position = (next + size - 1) / size * size;
            }
            return null;
        }

        // An IPv4 address lives in the low 32 bits of its 128-bit value.
        private static bool TryToUInt(IpAddress address, out uint value)
        {
            value = (uint)address.Low;
            return !address.IsIPv6;
        }

        private static string FormatBlock(uint network, int prefix) => new Cidr(IpAddress.FromIPv4(network), prefix).ToString();

        private readonly struct Suggestion
        {
            public Suggestion(string? zone, string? cidr, string? name)
            {
                Zone = zone;
                Cidr = cidr;
                Name = name;
            }

            public string? Zone { get; }

            public string? Cidr { get; }

            public string? Name { get; }
        }
    }
}
