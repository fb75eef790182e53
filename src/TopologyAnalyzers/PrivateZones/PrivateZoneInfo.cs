using System.Collections.Generic;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A private zone as resolved: its name, owner, records and the VPCs it is in effect in.</summary>
    public sealed class PrivateZoneInfo
    {
        private readonly List<string> _effectiveIn = new List<string>();

        internal PrivateZoneInfo(ResolvedZone zone)
        {
            Name = zone.Name;
            Owner = zone.Owner;
            var records = new ZoneRecord[zone.Records.Count];
            for (int i = 0; i < records.Length; i++) records[i] = new ZoneRecord(zone.Records[i], zone.Name);
            Records = records;
        }

        /// <summary>The zone's name, in lower case, e.g. <c>corp.internal</c>.</summary>
        public string Name { get; }

        /// <summary>The name of the account that owns (and is billed for) the zone.</summary>
        public string Owner { get; }

        /// <summary>The zone's records, in declaration order.</summary>
        public IReadOnlyList<ZoneRecord> Records { get; }

        /// <summary>The VPCs the zone is in effect in (accepted bindings only), in declaration order.</summary>
        public IReadOnlyList<string> EffectiveIn => _effectiveIn;

        internal void AddVpc(string vpc) => _effectiveIn.Add(vpc);

        /// <summary>The zone's name.</summary>
        /// <returns><see cref="Name"/>.</returns>
        public override string ToString() => Name;
    }
}
