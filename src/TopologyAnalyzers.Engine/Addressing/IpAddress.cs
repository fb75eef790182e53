using System;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// An IPv4 or IPv6 address. Both families share one 128-bit representation (two ulongs) so that
    /// masking, comparison and arithmetic are written once; an IPv4 address lives in the low 32 bits.
    /// </summary>
    internal readonly struct IpAddress : IEquatable<IpAddress>, IComparable<IpAddress>
    {
        private IpAddress(ulong high, ulong low, bool isIPv6)
        {
            High = high;
            Low = low;
            IsIPv6 = isIPv6;
        }

        /// <summary>The upper 64 bits; always zero for IPv4.</summary>
        public ulong High { get; }

        /// <summary>The lower 64 bits; for IPv4 only the low 32 bits are ever set.</summary>
        public ulong Low { get; }

        public bool IsIPv6 { get; }

        public int BitLength => IsIPv6 ? 128 : 32;

        public static IpAddress FromIPv4(uint value) => new IpAddress(0, value, isIPv6: false);

        public static IpAddress FromIPv6(ulong high, ulong low) => new IpAddress(high, low, isIPv6: true);

        /// <summary>Parses an address; the error is a sentence fit to show the user. Never throws.</summary>
        public static IpParseResult Parse(string? text)
        {
            if (text == null || text.Trim().Length == 0) return IpParseResult.Failed("an IP address is required");
            string? reason = IpAddressText.TryParse(text, out var address, out string family);
            return reason == null
                ? IpParseResult.Parsed(address)
                : IpParseResult.Failed("'" + text + "' is not a valid " + family + ": " + reason);
        }

        public static bool TryParse(string? text, out IpAddress address)
        {
            var result = Parse(text);
            address = result.Value;
            return result.Success;
        }

        /// <summary>The address with every bit after the first <paramref name="prefixLength"/> cleared.</summary>
        public IpAddress WithHostBitsCleared(int prefixLength)
        {
            HostMask(prefixLength, out ulong high, out ulong low);
            return new IpAddress(High & ~high, Low & ~low, IsIPv6);
        }

        /// <summary>The address with every bit after the first <paramref name="prefixLength"/> set: a block's last address.</summary>
        public IpAddress WithHostBitsSet(int prefixLength)
        {
            HostMask(prefixLength, out ulong high, out ulong low);
            return new IpAddress(High | high, Low | low, IsIPv6);
        }

        /// <summary>Adds <paramref name="offset"/>; false when the result would leave the family's address space.</summary>
        public bool TryAdd(ulong offset, out IpAddress result)
        {
            ulong low = unchecked(Low + offset);
            bool carry = low < Low;
            ulong high = unchecked(High + (carry ? 1UL : 0UL));
            bool overflow = IsIPv6 ? carry && high == 0 : low > uint.MaxValue || carry;
            result = overflow ? this : new IpAddress(high, low, IsIPv6);
            return !overflow;
        }

        /// <summary>Subtracts <paramref name="offset"/>; false when the result would go below the zero address.</summary>
        public bool TrySubtract(ulong offset, out IpAddress result)
        {
            ulong low = unchecked(Low - offset);
            bool borrow = low > Low;
            bool underflow = borrow && High == 0;
            result = underflow ? this : new IpAddress(unchecked(High - (borrow ? 1UL : 0UL)), low, IsIPv6);
            return !underflow;
        }

        /// <summary>IPv4 as a dotted quad; IPv6 in the RFC 5952 canonical form.</summary>
        public override string ToString() => IpAddressText.Format(this);

        public bool Equals(IpAddress other) => IsIPv6 == other.IsIPv6 && High == other.High && Low == other.Low;

        public override bool Equals(object? obj) => obj is IpAddress other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = IsIPv6 ? 17 : 31;
                hash = hash * 397 ^ High.GetHashCode();
                return hash * 397 ^ Low.GetHashCode();
            }
        }

        /// <summary>Every IPv4 address sorts before every IPv6 address, so route tables list the families apart.</summary>
        public int CompareTo(IpAddress other)
        {
            if (IsIPv6 != other.IsIPv6) return IsIPv6 ? 1 : -1;
            int byHigh = High.CompareTo(other.High);
            return byHigh != 0 ? byHigh : Low.CompareTo(other.Low);
        }

        public static bool operator ==(IpAddress left, IpAddress right) => left.Equals(right);

        public static bool operator !=(IpAddress left, IpAddress right) => !left.Equals(right);

        /// <summary>The host bits of a prefix, in the 128-bit representation (an IPv4 prefix is offset by 96).</summary>
        private void HostMask(int prefixLength, out ulong high, out ulong low)
        {
            if (prefixLength < 0 || prefixLength > BitLength) throw new ArgumentOutOfRangeException(nameof(prefixLength));
            int hostBits = BitLength - prefixLength;
            low = hostBits >= 64 ? ulong.MaxValue : (1UL << hostBits) - 1;
            high = hostBits <= 64 ? 0 : hostBits == 128 ? ulong.MaxValue : (1UL << (hostBits - 64)) - 1;
        }
    }

    /// <summary>The outcome of <see cref="IpAddress.Parse"/>: the address, or why the text is not one.</summary>
    internal readonly struct IpParseResult
    {
        private IpParseResult(bool success, IpAddress value, string? error)
        {
            Success = success;
            Value = value;
            Error = error;
        }

        public bool Success { get; }

        public IpAddress Value { get; }

        /// <summary>A short sentence for the user, naming the text; null on success.</summary>
        public string? Error { get; }

        internal static IpParseResult Parsed(IpAddress value) => new IpParseResult(true, value, null);

        internal static IpParseResult Failed(string error) => new IpParseResult(false, default, error);
    }
}
