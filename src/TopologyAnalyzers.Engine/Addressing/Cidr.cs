using System;
using System.Globalization;

namespace TopologyAnalyzers.Engine
{
    /// <summary>An IPv4 or IPv6 CIDR block. The network address never has host bits set.</summary>
    internal readonly struct Cidr : IEquatable<Cidr>, IComparable<Cidr>
    {
        /// <summary>The block of <paramref name="address"/>'s first <paramref name="prefixLength"/> bits; host bits are dropped.</summary>
        public Cidr(IpAddress address, int prefixLength)
        {
            if (prefixLength < 0 || prefixLength > address.BitLength) throw new ArgumentOutOfRangeException(nameof(prefixLength));
            Network = address.WithHostBitsCleared(prefixLength);
            PrefixLength = prefixLength;
        }

        public IpAddress Network { get; }

        public int PrefixLength { get; }

        public bool IsIPv6 => Network.IsIPv6;

        public IpAddress First => Network;

        public IpAddress Last => Network.WithHostBitsSet(PrefixLength);

        /// <summary>How many bits vary inside the block: the block holds 2^HostBits addresses.</summary>
        public int HostBits => Network.BitLength - PrefixLength;

        /// <summary>Parses <c>address/prefix</c>; the message is a sentence fit to show the user. Never throws.</summary>
        public static CidrParseResult Parse(string? text)
        {
            if (text == null || text.Trim().Length == 0) return CidrParseResult.Failed("a CIDR block is required");
            string? reason = Read(text, out var address, out int prefix);
            if (reason != null) return CidrParseResult.Failed("'" + text + "' is not a valid CIDR block: " + reason);
            var block = new Cidr(address, prefix);
            return block.Network == address
                ? new CidrParseResult(CidrError.None, block, null)
                // The cleared block goes with the error so a code fix can offer it.
                : new CidrParseResult(CidrError.HostBitsSet, block, "'" + text + "' has host bits set; the network address is " + block);
        }

        /// <summary>
        /// The block <paramref name="text"/> means once TOPO005's fix has cleared its host bits: the block itself when
        /// valid, its network when only host bits are set, null when it does not parse. For the rules whose fixes would
        /// otherwise wait for that fix (dotnet format applies each ID's fixes once).
        /// </summary>
        public static Cidr? NetworkOf(string? text)
        {
            var result = Parse(text);
            return result.Success || result.Error == CidrError.HostBitsSet ? result.Value : (Cidr?)null;
        }

        /// <summary>True only for a fully valid block: well formed and without host bits.</summary>
        public static bool TryParse(string? text, out Cidr cidr)
        {
            var result = Parse(text);
            cidr = result.Success ? result.Value : default;
            return result.Success;
        }

        /// <summary>
        /// The block, when <paramref name="text"/> is a valid block of the family asked for (a VPC's or vSwitch's
        /// <c>cidr</c> is IPv4, its <c>ipv6Cidr</c> IPv6), else null: what the tables use; TOPO005 reports the rest.
        /// </summary>
        public static Cidr? ParseOrNull(string? text, bool ipv6) =>
            TryParse(text, out var cidr) && cidr.IsIPv6 == ipv6 ? cidr : (Cidr?)null;

        private static string? Read(string text, out IpAddress address, out int prefix)
        {
            address = default;
            prefix = 0;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c)) return "it contains whitespace";
            }
            int slash = text.IndexOf('/');
            if (slash < 0) return "it needs a '/' and a prefix length, as in 10.0.0.0/16";
            if (text.IndexOf('/', slash + 1) >= 0) return "it has more than one '/'";
            if (slash == 0) return "the address before '/' is missing";
            if (slash == text.Length - 1) return "the prefix length after '/' is missing";

            string? reason = IpAddressText.TryParse(text.Substring(0, slash), out address, out _);
            if (reason != null) return reason;
            string digits = text.Substring(slash + 1);
            foreach (char c in digits)
            {
                if (c < '0' || c > '9') return "the prefix length '" + digits + "' is not a decimal number";
            }
            if (digits.Length > 1 && digits[0] == '0') return "the prefix length '" + digits + "' has a leading zero";
            // Three digits bound the value, so the parse below cannot overflow.
            prefix = digits.Length > 3 ? int.MaxValue : int.Parse(digits, CultureInfo.InvariantCulture);
            return prefix > address.BitLength ? "the prefix length must be 0 to " + address.BitLength : null;
        }

        public bool Contains(IpAddress address) =>
            address.IsIPv6 == IsIPv6 && address.WithHostBitsCleared(PrefixLength) == Network;

        /// <summary>True when every address of <paramref name="other"/> is in this block (so a block contains itself).</summary>
        public bool Contains(Cidr other) =>
            other.IsIPv6 == IsIPv6 && other.PrefixLength >= PrefixLength && Contains(other.Network);

        /// <summary>CIDR blocks are aligned, so two blocks share an address only when one contains the other.</summary>
        public bool Overlaps(Cidr other) => Contains(other) || other.Contains(this);

        /// <summary>The address <paramref name="offsetFromFirst"/> after <see cref="First"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The offset is past the end of the block.</exception>
        public IpAddress AddressAt(ulong offsetFromFirst)
        {
            if (!HasOffset(offsetFromFirst) || !First.TryAdd(offsetFromFirst, out var address))
                throw new ArgumentOutOfRangeException(nameof(offsetFromFirst), "The block " + this + " has no address at that offset.");
            return address;
        }

        /// <summary>The address <paramref name="offsetFromLast"/> before <see cref="Last"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The offset is past the start of the block.</exception>
        public IpAddress AddressFromEnd(ulong offsetFromLast)
        {
            if (!HasOffset(offsetFromLast) || !Last.TrySubtract(offsetFromLast, out var address))
                throw new ArgumentOutOfRangeException(nameof(offsetFromLast), "The block " + this + " has no address at that offset.");
            return address;
        }

        /// <summary>True when the block has more than <paramref name="offset"/> addresses.</summary>
        public bool HasOffset(ulong offset) => HostBits >= 64 || offset < 1UL << HostBits;

        /// <summary>The block of the same size right after this one; null at the end of the address space.</summary>
        public Cidr? Next()
        {
            if (!Last.TryAdd(1, out var next)) return null;
            return new Cidr(next, PrefixLength);
        }

        public override string ToString() => Network + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);

        public bool Equals(Cidr other) => Network == other.Network && PrefixLength == other.PrefixLength;

        public override bool Equals(object? obj) => obj is Cidr other && Equals(other);

        public override int GetHashCode() => unchecked(Network.GetHashCode() * 397 ^ PrefixLength);

        /// <summary>The order route tables are printed in: IPv4 first, then by network address, then shorter prefix first.</summary>
        public int CompareTo(Cidr other)
        {
            int byNetwork = Network.CompareTo(other.Network);
            return byNetwork != 0 ? byNetwork : PrefixLength.CompareTo(other.PrefixLength);
        }

        public static bool operator ==(Cidr left, Cidr right) => left.Equals(right);

        public static bool operator !=(Cidr left, Cidr right) => !left.Equals(right);
    }

    internal enum CidrError
    {
        None,
        Malformed,
        HostBitsSet,
    }

    /// <summary>The outcome of <see cref="Cidr.Parse"/>.</summary>
    internal readonly struct CidrParseResult
    {
        internal CidrParseResult(CidrError error, Cidr value, string? message)
        {
            Error = error;
            Value = value;
            Message = message;
        }

        public CidrError Error { get; }

        public bool Success => Error == CidrError.None;

        /// <summary>The block when parsing succeeded; when host bits were set, the block with them cleared.</summary>
        public Cidr Value { get; }

        /// <summary>A sentence for the user naming the text; null on success.</summary>
        public string? Message { get; }

        internal static CidrParseResult Failed(string message) => new CidrParseResult(CidrError.Malformed, default, message);
    }
}
