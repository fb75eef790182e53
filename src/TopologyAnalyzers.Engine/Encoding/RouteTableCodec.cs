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
    /// inactive route. In names, <c>\</c>, <c>|</c> and line breaks are escaped as <c>\\</c>, <c>\p</c>, <c>\n</c>, <c>\r</c>.
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
                AppendEscaped(text, table.Cen);
                text.Append('|');
                AppendEscaped(text, table.Region);
                text.Append('|');
                AppendEscaped(text, table.Name);
                text.Append('\n');
                foreach (var route in table.Routes)
                {
                    text.Append((char)('0' + (int)route.Kind));
                    text.Append(route.Active ? ' ' : '!');
                    text.Append(route.Destination.ToString()).Append('|');
                    AppendEscaped(text, route.NextHop);
                    text.Append('\n');
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
            int position = 0;
            while (position < encoded.Length)
            {
                int end = encoded.IndexOf('\n', position);
                if (end < 0) throw new FormatException("Route table data is truncated.");
                string line = encoded.Substring(position, end - position);
                position = end + 1;
                if (line.Length > 0 && line[0] == '#')
                {
                    Flush();
                    kind = line[1] == 'v' ? TableKind.Vpc : TableKind.TransitRouter;
                    header = SplitEscaped(line.Substring(3), 3);
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
            bool active = line[1] != '!';
            var fields = SplitEscaped(line.Substring(2), 2);
            if (!Cidr.TryParse(fields[0], out var destination))
            {
                throw new FormatException("Malformed destination in route table data: '" + fields[0] + "'.");
            }
            return new ResolvedRoute(destination, fields[1], kind, active);
        }

        private static void AppendEscaped(StringBuilder text, string value)
        {
            foreach (char c in value)
            {
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '|': text.Append("\\p"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    default: text.Append(c); break;
                }
            }
        }

        private static string[] SplitEscaped(string text, int count)
        {
            var fields = new string[count];
            var field = new StringBuilder();
            int index = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '|')
                {
                    if (index >= count - 1) throw new FormatException("Too many fields in route table data.");
                    fields[index++] = field.ToString();
                    field.Clear();
                }
                else if (c == '\\' && i + 1 < text.Length)
                {
                    char escaped = text[++i];
                    field.Append(escaped == 'p' ? '|' : escaped == 'n' ? '\n' : escaped == 'r' ? '\r' : escaped);
                }
                else
                {
                    field.Append(c);
                }
            }
            if (index != count - 1) throw new FormatException("Too few fields in route table data.");
            fields[index] = field.ToString();
            return fields;
        }
    }
}
