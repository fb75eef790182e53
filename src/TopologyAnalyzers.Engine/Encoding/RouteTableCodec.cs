using System;
using System.Collections.Generic;
using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A compact text form of a <see cref="ResolvedNetwork"/>. The generator embeds it as one string constant
    /// and the runtime library decodes it on first use: one constant compiles far faster than tens of
    /// thousands of object initializers, which matters for topologies of thousands of VPCs.
    /// <para>
    /// One record per line. A table: <c>#k|cen|region|name</c> (k is <c>t</c> or <c>v</c>). A route:
    /// <c>d destination|nextHop</c>, d the <see cref="RouteKind"/> digit, then a space, or <c>!</c> for an
    /// inactive route (<c>b</c> and <c>B</c> for an active and an inactive blackhole route). In names, <c>\</c>, <c>|</c> and line breaks are escaped as <c>\\</c>, <c>\p</c>, <c>\n</c>, <c>\r</c>.
    /// </para>
    /// </summary>
    internal static class RouteTableCodec
    {
        public static string Encode(ResolvedNetwork network)
        {
            var text = new StringBuilder();
            foreach (var table in network.Tables)
            {
                text.Append('#').Append(table.Kind == TableKind.Vpc ? 'v' : 't').Append('|');
                text.AppendEscaped(table.Cen).Append('|').AppendEscaped(table.Region).Append('|').AppendEscaped(table.Name).Append('\n');
                foreach (var route in table.Routes)
                {
                    text.Append((char)('0' + (int)route.Kind));
                    text.Append(route.Blackhole ? (route.Active ? 'b' : 'B') : (route.Active ? ' ' : '!'));
                    text.Append(route.Destination.ToString()).Append('|').AppendEscaped(route.NextHop).Append('\n');
                }
            }
            return text.ToString();
        }

        /// <summary>Decodes what <see cref="Encode"/> wrote; anything else is a bug and throws <see cref="FormatException"/>.</summary>
        public static ResolvedNetwork Decode(string encoded)
        {
            var tables = new List<ResolvedTable>();
            TableKind kind = TableKind.Vpc;
            string[]? header = null;
            var routes = new List<ResolvedRoute>();
            foreach (string line in CodecText.Lines(encoded))
            {
                if (line.Length > 0 && line[0] == '#')
                {
                    Flush();
                    kind = line[1] == 'v' ? TableKind.Vpc : TableKind.TransitRouter;
                    header = CodecText.Split(line.Substring(3), 3);
                }
                else
                {
                    routes.Add(DecodeRoute(line));
                }
            }
            Flush();
            return new ResolvedNetwork(new EquatableArray<ResolvedTable>(tables.ToArray()));

            void Flush()
            {
                if (header == null) return;
                tables.Add(new ResolvedTable(kind, header[0], header[1], header[2], new EquatableArray<ResolvedRoute>(routes.ToArray())));
                routes.Clear();
            }
        }

        private static ResolvedRoute DecodeRoute(string line)
        {
            if (line.Length < 3) throw new FormatException("Malformed route in route table data: '" + line + "'.");
            var kind = (RouteKind)(line[0] - '0');
            bool active = line[1] == ' ' || line[1] == 'b';
            bool blackhole = line[1] == 'b' || line[1] == 'B';
            var fields = CodecText.Split(line.Substring(2), 2);
            if (!Cidr.TryParse(fields[0], out var destination))
            {
                throw new FormatException("Malformed destination in route table data: '" + fields[0] + "'.");
            }
            return new ResolvedRoute(destination, fields[1], kind, active, blackhole);
        }
    }
}
