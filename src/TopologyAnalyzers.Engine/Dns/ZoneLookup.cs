using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>The outcome of resolving a name from a VPC.</summary>
    internal readonly record struct ZoneAnswer(string? Ip, int Zone)
    {
        /// <summary>No zone in effect in the VPC covers the name.</summary>
        public bool NoZone => Zone < 0;
    }

    /// <summary>
    /// Resolves a name from a VPC as the private-zone service does: among the zones in effect in the VPC that cover the
    /// name, the most specific (longest) zone answers, and it alone: a name missing from <c>db.corp.internal</c> does
    /// not fall back to <c>corp.internal</c>.
    /// </summary>
    internal static class ZoneLookup
    {
        public static ZoneAnswer Resolve(ResolvedPrivateZones zones, string? fqdn, string? vpcName)
        {
            VpcZoneScope? scope = null;
            foreach (var candidate in zones.Scopes)
            {
                if (candidate.Vpc == vpcName) { scope = candidate; break; }
            }
            return Resolve(zones, fqdn, scope);
        }

        /// <summary>
        /// The VPCs that have zones in effect, by name; where two VPCs share a name (TOPO008) the first declared wins,
        /// as in <see cref="Resolve(ResolvedPrivateZones, string?, string?)"/>.
        /// </summary>
        public static Dictionary<string, VpcZoneScope> ScopesByVpc(ResolvedPrivateZones zones)
        {
            var byVpc = new Dictionary<string, VpcZoneScope>(System.StringComparer.Ordinal);
            foreach (var scope in zones.Scopes)
            {
                if (!byVpc.ContainsKey(scope.Vpc)) byVpc.Add(scope.Vpc, scope);
            }
            return byVpc;
        }

        /// <summary>Resolves <paramref name="fqdn"/> among the zones of <paramref name="scope"/> (null: none in effect).</summary>
        public static ZoneAnswer Resolve(ResolvedPrivateZones zones, string? fqdn, VpcZoneScope? scope)
        {
            string name = DomainName.Normalize(fqdn);
            if (scope is null || name.Length == 0) return new ZoneAnswer(null, -1);

            int best = -1;
            string? relative = null;
            foreach (int zone in scope.Zones)
            {
                var candidate = DomainName.RelativeName(name, zones.Zones[zone].Name);
                if (candidate != null && (best < 0 || zones.Zones[zone].Name.Length > zones.Zones[best].Name.Length))
                {
                    best = zone;
                    relative = candidate;
                }
            }
            if (best < 0) return new ZoneAnswer(null, -1);
            foreach (var record in zones.Zones[best].Records)
            {
                if (record.Name == relative) return new ZoneAnswer(record.Ip, best);
            }
            return new ZoneAnswer(null, best);
        }
    }
}
