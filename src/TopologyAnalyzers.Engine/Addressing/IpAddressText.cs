using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Reading and writing the text forms of <see cref="IpAddress"/>. Written by hand because
    /// System.Net.IPAddress accepts forms a topology should not (octal, "10.1", zone IDs, brackets).
    /// </summary>
    internal static class IpAddressText
    {
        /// <summary>
        /// Parses <paramref name="text"/>; returns null on success, else the reason it is invalid
        /// (without the text itself, so callers can frame it: an address alone or inside a CIDR block).
        /// <paramref name="family"/> names what the text was read as, for that framing.
        /// </summary>
        public static string? TryParse(string text, out IpAddress address, out string family)
        {
            address = default;
            family = text.IndexOf(':') >= 0 || text.IndexOf('[') >= 0 ? "IPv6 address" : "IPv4 address";
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i])) return "it contains whitespace";
            }
            if (text.IndexOf('[') >= 0 || text.IndexOf(']') >= 0) return "brackets are not allowed";
            int zone = text.IndexOf('%');
            if (zone >= 0 && family == "IPv6 address") return "zone IDs ('" + text.Substring(zone) + "') are not supported";
            if (text.IndexOf('.') < 0 && text.IndexOf(':') < 0)
            {
                family = "IP address";
                return "expected four decimal parts separated by dots, or hex groups separated by colons";
            }
            if (family == "IPv6 address") return TryParseIPv6(text, out address);
            string? reason = TryParseIPv4(text, 0, text.Length, out uint value);
            if (reason == null) address = IpAddress.FromIPv4(value);
            return reason;
        }

        private static string? TryParseIPv4(string text, int start, int end, out uint value)
        {
            value = 0;
            int parts = 0;
            for (int i = start; i <= end; i++)
            {
                if (i < end && text[i] != '.') continue;
                string part = text.Substring(start, i - start);
                if (++parts > 4) break;
                if (part.Length == 0) return "it has an empty part";
                foreach (char c in part)
                {
                    if (c < '0' || c > '9') return "'" + part + "' is not a decimal number";
                }
                if (part.Length > 1 && part[0] == '0') return "'" + part + "' has a leading zero";
                if (part.Length > 3 || int.Parse(part, System.Globalization.CultureInfo.InvariantCulture) > 255) return part + " is above 255";
                value = value << 8 | uint.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
                start = i + 1;
            }
            return parts == 4 ? null : "it must have exactly four parts separated by dots";
        }

        private static string? TryParseIPv6(string text, out IpAddress address)
        {
            address = default;
            var groups = new ushort[8];
            int count = 0, compressedAt = -1, i = 0, n = text.Length;
            if (text.StartsWith("::", System.StringComparison.Ordinal))
            {
                compressedAt = 0;
                i = 2;
            }
            else if (text[0] == ':')
            {
                return "it cannot start with a single ':'";
            }

            while (i < n)
            {
                // Only "::" can leave us looking at a colon, so a third one in a row lands here.
                if (text[i] == ':') return "':::' is not allowed";
                int j = i;
                while (j < n && text[j] != ':') j++;
                string group = text.Substring(i, j - i);
                if (group.IndexOf('.') >= 0)
                {
                    if (j < n) return "an embedded IPv4 address must come last";
                    if (count > 6) return "it has more than eight groups";
                    string? reason = TryParseIPv4(text, i, j, out uint v4);
                    if (reason != null) return "in its embedded IPv4 address, " + reason;
                    groups[count++] = (ushort)(v4 >> 16);
                    groups[count++] = (ushort)v4;
                    break;
                }
                if (group.Length > 4) return "the group '" + group + "' has more than four hex digits";
                if (!TryParseHex(group, out ushort value)) return "'" + group + "' is not a group of hex digits";
                if (count == 8) return "it has more than eight groups";
                groups[count++] = value;
                if (j == n) break;
                if (j + 1 < n && text[j + 1] == ':')
                {
                    if (compressedAt >= 0) return "'::' may appear only once";
                    compressedAt = count;
                    i = j + 2;
                }
                else
                {
                    i = j + 1;
                    if (i == n) return "it cannot end with a single ':'";
                }
            }

            if (compressedAt < 0 && count != 8) return "it has " + count + " groups; it needs eight, or '::' for the zero groups";
            if (compressedAt >= 0 && count == 8) return "it has eight groups, so '::' has no zero groups to stand for";
            var full = new ushort[8];
            int tail = count - System.Math.Max(compressedAt, 0);
            for (int k = 0; k < count; k++)
            {
                full[compressedAt >= 0 && k >= compressedAt ? 8 - tail + (k - compressedAt) : k] = groups[k];
            }
            address = IpAddress.FromIPv6(Pack(full, 0), Pack(full, 4));
            return null;
        }

        private static bool TryParseHex(string group, out ushort value)
        {
            value = 0;
            if (group.Length == 0) return false;
            foreach (char c in group)
            {
                int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (digit < 0) return false;
                value = (ushort)(value << 4 | digit);
            }
            return true;
        }

        private static ulong Pack(ushort[] groups, int from) =>
            (ulong)groups[from] << 48 | (ulong)groups[from + 1] << 32 | (ulong)groups[from + 2] << 16 | groups[from + 3];

        public static string Format(IpAddress address)
        {
            if (!address.IsIPv6) return FormatIPv4((uint)address.Low);
            // RFC 5952 section 5: IPv4-mapped addresses read best with the IPv4 part dotted.
            if (address.High == 0 && address.Low >> 32 == 0xffff) return "::ffff:" + FormatIPv4((uint)address.Low);

            var groups = new ushort[8];
            for (int k = 0; k < 4; k++)
            {
                groups[k] = (ushort)(address.High >> (48 - 16 * k));
                groups[k + 4] = (ushort)(address.Low >> (48 - 16 * k));
            }
            // The longest run of two or more zero groups is compressed; the first one wins a tie (RFC 5952 4.2).
            int bestStart = -1, bestLength = 1;
            for (int start = 0; start < 8; start++)
            {
                int length = 0;
                while (start + length < 8 && groups[start + length] == 0) length++;
                if (length > bestLength)
                {
                    bestStart = start;
                    bestLength = length;
                }
                start += length;
            }

            var text = new StringBuilder(39);
            for (int k = 0; k < 8; k++)
            {
                if (k == bestStart)
                {
                    text.Append("::");
                    k += bestLength - 1;
                    continue;
                }
                if (text.Length > 0 && text[text.Length - 1] != ':') text.Append(':');
                text.Append(groups[k].ToString("x", System.Globalization.CultureInfo.InvariantCulture));
            }
            return text.ToString();
        }

        private static string FormatIPv4(uint value) =>
            (value >> 24) + "." + (value >> 16 & 0xff) + "." + (value >> 8 & 0xff) + "." + (value & 0xff);
    }
}
