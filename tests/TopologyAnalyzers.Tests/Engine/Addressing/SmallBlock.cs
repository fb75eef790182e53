using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Tests.Engine.Addressing
{
    /// <summary>
    /// A CIDR block inside a 4096-address space (10.0.0.0/20 or 2001:db8::/116), small enough that its
    /// address set can be enumerated as integers: the brute-force oracle for the set operations.
    /// The oracle is plain integer arithmetic on offsets; the block under test comes from parsing text.
    /// </summary>
    internal readonly record struct SmallBlock(bool IsIPv6, int Offset, int HostBits)
    {
        /// <summary>Blocks of 1 to 4096 addresses, both families.</summary>
        public static readonly Gen<SmallBlock> Any =
            Gen.Select(Gen.Bool, Gen.Int[0, 4095], Gen.Int[0, 12], (v6, offset, hostBits) => new SmallBlock(v6, offset, hostBits));

        /// <summary>An address anywhere in a space twice as large, so that some fall outside every block.</summary>
        public static readonly Gen<(bool IsIPv6, int Offset)> Addresses = Gen.Select(Gen.Bool, Gen.Int[0, 8191]);

        public int PrefixLength => (IsIPv6 ? 128 : 32) - HostBits;

        public int Size => 1 << HostBits;

        public int Start => Offset / Size * Size;

        /// <summary>The text as a user would write it; host bits may be set (the offset need not be aligned).</summary>
        public string Text => AddressText(IsIPv6, Offset) + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);

        /// <summary>The block under test: parsed from <see cref="Text"/>, host bits cleared by the parser.</summary>
        public Cidr Parsed => Cidr.Parse(Text).Value;

        public HashSet<int> AddressSet => new HashSet<int>(Enumerable.Range(Start, Size));

        public bool Holds(bool isIPv6, int offset) => isIPv6 == IsIPv6 && AddressSet.Contains(offset);

        public static string AddressText(bool isIPv6, int offset) => isIPv6
            ? "2001:db8::" + offset.ToString("x", CultureInfo.InvariantCulture)
            : "10.0." + (offset >> 8).ToString(CultureInfo.InvariantCulture) + "." + (offset & 255).ToString(CultureInfo.InvariantCulture);

        public static IpAddress Address(bool isIPv6, int offset) => IpAddress.Parse(AddressText(isIPv6, offset)).Value;

        public override string ToString() => Text;
    }
}
