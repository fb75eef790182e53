using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>
    /// The private zones of a topology and their effective scope: for each VPC, the zones in effect there, and name
    /// resolution as the private-zone service answers it.
    /// </summary>
    public sealed class PrivateZoneSet
    {
        private readonly ResolvedPrivateZones _resolved;
        private readonly PrivateZoneInfo[] _zones;
        private readonly Dictionary<string, PrivateZoneInfo[]> _byVpc = new Dictionary<string, PrivateZoneInfo[]>();
        private readonly Dictionary<string, VpcZoneScope> _scopes;

        internal PrivateZoneSet(ResolvedPrivateZones resolved)
        {
            _resolved = resolved;
            _scopes = ZoneLookup.ScopesByVpc(resolved);
            _zones = new PrivateZoneInfo[resolved.Zones.Count];
            for (int i = 0; i < _zones.Length; i++) _zones[i] = new PrivateZoneInfo(resolved.Zones[i]);
            foreach (var scope in resolved.Scopes)
            {
                var inEffect = new PrivateZoneInfo[scope.Zones.Count];
                for (int i = 0; i < inEffect.Length; i++)
                {
                    inEffect[i] = _zones[scope.Zones[i]];
                    inEffect[i].AddVpc(scope.Vpc);
                }
                // Two VPCs sharing a name (TOPO008): the first declared answers, as in Resolve.
                if (!_byVpc.ContainsKey(scope.Vpc)) _byVpc.Add(scope.Vpc, inEffect);
            }
        }

        /// <summary>Used by generated code: decodes the zones the generator resolved at compile time.</summary>
        /// <param name="encodedZones">The zones as the generator encoded them; not a format to write by hand.</param>
        /// <returns>The zones and their effective scope.</returns>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static PrivateZoneSet Decode(string encodedZones) => new PrivateZoneSet(PrivateZoneCodec.Decode(encodedZones));

        /// <summary>Every private zone of the topology, in declaration order.</summary>
        public IReadOnlyList<PrivateZoneInfo> Zones => _zones;

        /// <summary>The zones in effect in the VPC named <paramref name="vpcName"/>.</summary>
        /// <param name="vpcName">The VPC's name, as declared.</param>
        /// <returns>The zones in effect there, in declaration order; empty when none is, or no VPC has that name.</returns>
        public IReadOnlyList<PrivateZoneInfo> ForVpc(string vpcName) =>
            vpcName != null && _byVpc.TryGetValue(vpcName, out var zones) ? zones : Array.Empty<PrivateZoneInfo>();

        /// <summary>
        /// The address <paramref name="fqdn"/> resolves to from the VPC named <paramref name="vpcName"/>, or null.
        /// Names compare without case or trailing dot. Where several zones in effect cover the name, the most specific
        /// zone answers, and it alone (no fall-back to the less specific zone).
        /// </summary>
        /// <param name="fqdn">The name to resolve, for example <c>db.corp.internal</c>.</param>
        /// <param name="vpcName">The name of the VPC asking.</param>
        /// <returns>The record's address, or null when the name does not resolve there.</returns>
        public string? Resolve(string fqdn, string vpcName) =>
            ZoneLookup.Resolve(_resolved, fqdn, vpcName != null && _scopes.TryGetValue(vpcName, out var scope) ? scope : null).Ip;

        /// <summary>
        /// The effective scope as Markdown: a <c>### VPC</c> heading per VPC that has zones in effect, then a
        /// Zone / Record / Type / Value table; VPCs in declaration order, separated by one blank line.
        /// </summary>
        /// <returns>The Markdown text, each line ending with <c>"\n"</c>.</returns>
        public string ToMarkdown()
        {
            var text = new StringBuilder();
            bool first = true;
            foreach (var scope in _resolved.Scopes)
            {
                if (!first) text.Append('\n');
                first = false;
                text.Append("### ").Append(MarkdownText.Cell(scope.Vpc)).Append("\n\n");
                text.Append("| Zone | Record | Type | Value |\n");
                text.Append("| --- | --- | --- | --- |\n");
                foreach (int index in scope.Zones)
                {
                    var zone = _zones[index];
                    foreach (var record in zone.Records)
                    {
                        text.Append("| ").Append(MarkdownText.Cell(zone.Name)).Append(" | ").Append(MarkdownText.Cell(record.Name))
                            .Append(" | ").Append(record.Type).Append(" | ").Append(MarkdownText.Cell(record.Ip)).Append(" |\n");
                    }
                }
            }
            return text.ToString();
        }
    }
}
