using System;
using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The public Alibaba Cloud region IDs and, per region, its zone IDs, in the order the cloud lists them.
    /// TOPO020 checks IDs against it and TOPO003 picks a free zone from it. A region newer than this catalog only
    /// costs a TOPO020 warning, so the catalog errs on listing what the cloud's documentation confirms.
    /// </summary>
    /// <remarks>
    /// Sources: the ECS "Regions and zones" page, the KMS and Elastic Container Instance zone tables, the ApsaraDB
    /// for MongoDB zone table and the CEN "Regions and zones that support transit routers" page. Zones that exist
    /// but accept no new purchases (cn-shenzhen-a, cn-beijing-a/b) are listed: existing networks still use them.
    /// Where a region's zones could not all be confirmed, the confirmed ones are listed and the line says so.
    /// </remarks>
    internal static class RegionCatalog
    {
        // One line per region: the region ID, then its zones' suffixes. A zone ID is the region ID followed by the
        // suffix, with a '-' in between when the region ID ends in a letter (cn-hangzhou-b, ap-southeast-1a).
        private static readonly string[][] Data =
        {
            new[] { "cn-qingdao", "b", "c" },
            new[] { "cn-beijing", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l" },
            new[] { "cn-zhangjiakou", "a", "b", "c" },
            new[] { "cn-huhehaote", "a", "b" },
            new[] { "cn-wulanchabu", "a", "b", "c" },
            new[] { "cn-hangzhou", "b", "e", "f", "g", "h", "i", "j", "k" },
            new[] { "cn-shanghai", "a", "b", "c", "d", "e", "f", "g", "l", "m", "n" },
            new[] { "cn-nanjing", "a" },     // local region with one zone (SPEC section 3)
            new[] { "cn-fuzhou", "a" },      // local region with one zone (SPEC section 3)
            new[] { "cn-shenzhen", "a", "b", "c", "d", "e", "f" },
            new[] { "cn-heyuan", "a", "b" },
            new[] { "cn-guangzhou", "a", "b" },
            new[] { "cn-chengdu", "a", "b" },
            new[] { "cn-hongkong", "b", "c", "d" },
            new[] { "ap-southeast-1", "a", "b", "c" },
            new[] { "ap-southeast-2", "a", "b" },       // Sydney: zones not confirmed by current pages
            new[] { "ap-southeast-3", "a", "b", "c" },
            new[] { "ap-southeast-5", "a", "b", "c" },
            new[] { "ap-southeast-6", "a" },            // Manila: only zone A confirmed
            new[] { "ap-southeast-7", "a", "b" },
            new[] { "ap-south-1", "a", "b" },           // Mumbai: zones not confirmed by current pages
            new[] { "ap-northeast-1", "a", "b", "c" },
            new[] { "ap-northeast-2", "a", "b" },
            new[] { "us-west-1", "a", "b" },
            new[] { "us-east-1", "a", "b" },
            new[] { "eu-central-1", "a", "b", "c" },
            new[] { "eu-west-1", "a", "b" },
            new[] { "me-east-1", "a" },                 // Dubai: one zone
            new[] { "me-central-1", "a", "b" },
        };

        private static readonly Dictionary<string, IReadOnlyList<string>> ZonesByRegion = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        private static readonly Dictionary<string, string> RegionByZone = new Dictionary<string, string>(StringComparer.Ordinal);

        private static readonly List<string> RegionList = new List<string>();

        static RegionCatalog()
        {
            foreach (var line in Data)
            {
                string region = line[0];
                string separator = char.IsLetter(region[region.Length - 1]) ? "-" : "";
                var zones = new string[line.Length - 1];
                for (int i = 1; i < line.Length; i++)
                {
                    zones[i - 1] = region + separator + line[i];
                    RegionByZone[zones[i - 1]] = region;
                }
                ZonesByRegion[region] = zones;
                RegionList.Add(region);
            }
        }

        /// <summary>Every region ID of the catalog, in catalog order.</summary>
        public static IReadOnlyList<string> Regions => RegionList;

        public static bool IsKnownRegion(string? region) => region != null && ZonesByRegion.ContainsKey(region);

        /// <summary>The region's zone IDs in the order the cloud lists them; false for a region the catalog does not know.</summary>
        public static bool TryGetZones(string? region, out IReadOnlyList<string> zones)
        {
            if (region != null && ZonesByRegion.TryGetValue(region, out var found))
            {
                zones = found;
                return true;
            }
            zones = Array.Empty<string>();
            return false;
        }

        /// <summary>The region a known zone ID belongs to, or null for a zone the catalog does not know.</summary>
        public static string? RegionOfZone(string? zone) =>
            zone != null && RegionByZone.TryGetValue(zone, out var region) ? region : null;

        /// <summary>
        /// True for a region with one zone (the local regions cn-nanjing and cn-fuzhou, for instance): a vSwitch in a
        /// second zone is impossible there, so one zone is enough.
        /// </summary>
        public static bool IsSingleZoneRegion(string? region) => TryGetZones(region, out var zones) && zones.Count == 1;

        /// <summary>
        /// The region ID <paramref name="region"/> stands for: itself when known, else the known ID it is a typo of
        /// (<c>ap-southest-1</c> for <c>ap-southeast-1</c>), else null. TOPO020 offers that ID as its fix, and the rules
        /// that recommend a region or judge one (TOPO003, TOPO009) use it, so no rule advises the misspelled ID.
        /// </summary>
        public static string? IntendedRegion(string? region)
        {
            if (region is null) return null;
            return IsKnownRegion(region) ? region : NearestName.ClosestTypo(region, RegionList);
        }

        /// <summary>
        /// The zone ID <paramref name="zone"/> stands for in <paramref name="region"/> (a region the catalog knows):
        /// itself when it is one of the region's zones, else the zone of the region it is a typo of, else null.
        /// </summary>
        public static string? IntendedZone(string? zone, string? region)
        {
            if (zone is null || !TryGetZones(region, out var zones)) return null;
            foreach (var known in zones)
            {
                if (known == zone) return zone;
            }
            return NearestName.ClosestTypo(zone, zones);
        }

        /// <summary>What a zone ID adds to its region's ID: <c>b</c> for <c>ap-southeast-1b</c> and for <c>cn-hangzhou-b</c>.</summary>
        public static string ZoneSuffix(string zone, string region)
        {
            if (zone.Length <= region.Length || !zone.StartsWith(region, StringComparison.Ordinal)) return zone;
            string suffix = zone.Substring(region.Length);
            return suffix[0] == '-' && suffix.Length > 1 ? suffix.Substring(1) : suffix;
        }
    }
}
