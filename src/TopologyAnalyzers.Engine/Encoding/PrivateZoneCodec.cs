using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The text form of <see cref="ResolvedPrivateZones"/> that generated code embeds, in the layout of
    /// <see cref="CodecText"/>: <c>z|owner|zone</c> per zone, followed by its records <c>r|name|ip</c>, then
    /// <c>v|vpc|i,j</c> per VPC with the indexes of the zones in effect there.
    /// </summary>
    internal static class PrivateZoneCodec
    {
        public static string Encode(ResolvedPrivateZones zones)
        {
            var text = new StringBuilder();
            foreach (var zone in zones.Zones)
            {
                text.Append("z|").AppendEscaped(zone.Owner).Append('|').AppendEscaped(zone.Name).Append('\n');
                foreach (var record in zone.Records)
                {
                    text.Append("r|").AppendEscaped(record.Name).Append('|').AppendEscaped(record.Ip).Append('\n');
                }
            }
            foreach (var scope in zones.Scopes)
            {
                text.Append("v|").AppendEscaped(scope.Vpc).Append('|');
                for (int i = 0; i < scope.Zones.Count; i++)
                {
                    if (i > 0) text.Append(',');
                    text.Append(scope.Zones[i].ToString(CultureInfo.InvariantCulture));
                }
                text.Append('\n');
            }
            return text.ToString();
        }

        /// <summary>Decodes what <see cref="Encode"/> wrote; anything else is a bug and throws <see cref="FormatException"/>.</summary>
        public static ResolvedPrivateZones Decode(string encoded)
        {
            var zones = new List<ResolvedZone>();
            var scopes = new List<VpcZoneScope>();
            string[]? zone = null;
            var records = new List<ResolvedRecord>();
            foreach (string line in CodecText.Lines(encoded))
            {
                if (line.Length < 2 || line[1] != '|') throw new FormatException("Malformed private zone data: '" + line + "'.");
                var fields = CodecText.Split(line.Substring(2), 2);
                switch (line[0])
                {
                    case 'z':
                        Flush();
                        zone = fields;
                        break;
                    case 'r':
                        records.Add(new ResolvedRecord(fields[0], fields[1]));
                        break;
                    case 'v':
                        Flush();
                        var indexes = new List<int>();
                        foreach (var part in fields[1].Split(',')) indexes.Add(int.Parse(part, CultureInfo.InvariantCulture));
                        scopes.Add(new VpcZoneScope(fields[0], indexes.ToEquatableArray()));
                        break;
                    default:
                        throw new FormatException("Malformed private zone data: '" + line + "'.");
                }
            }
            Flush();
            return new ResolvedPrivateZones(zones.ToEquatableArray(), scopes.ToEquatableArray());

            void Flush()
            {
                if (zone == null) return;
                zones.Add(new ResolvedZone(zone[1], zone[0], records.ToEquatableArray()));
                records.Clear();
                zone = null;
            }
        }
    }
}
