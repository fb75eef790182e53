using System;
using CsCheck;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Addressing
{
    public class CidrParsingTests
    {
        [Theory]
        [InlineData("10.0.0.0/16", "10.0.0.0/16", 16)]
        [InlineData("0.0.0.0/0", "0.0.0.0/0", 0)]
        [InlineData("10.1.2.3/32", "10.1.2.3/32", 32)]
        [InlineData("255.255.255.255/32", "255.255.255.255/32", 32)]
        [InlineData("2001:db8::/32", "2001:db8::/32", 32)]
        [InlineData("2001:DB8:0:0::/64", "2001:db8::/64", 64)]
        [InlineData("::/0", "::/0", 0)]
        [InlineData("2001:db8::1/128", "2001:db8::1/128", 128)]
        [InlineData("::ffff:10.0.0.0/104", "::ffff:10.0.0.0/104", 104)]
        public void Valid_blocks_parse_and_print_in_canonical_form(string text, string printed, int prefixLength)
        {
            var parsed = Cidr.Parse(text);

            Assert.True(parsed.Success, parsed.Message);
            Assert.Equal(CidrError.None, parsed.Error);
            Assert.Null(parsed.Message);
            Assert.Equal(prefixLength, parsed.Value.PrefixLength);
            Assert.Equal(printed, parsed.Value.ToString());
            Assert.Equal(text.Contains(':'), parsed.Value.IsIPv6);
            Assert.True(Cidr.TryParse(printed, out var again));
            Assert.Equal(parsed.Value, again);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("  ")]
        [InlineData("10.0.0.0")]
        [InlineData("10.0.0.0/")]
        [InlineData("/16")]
        [InlineData("/")]
        [InlineData("10.0.0.0/33")]
        [InlineData("10.0.0.0/99999999999")]
        [InlineData("2001:db8::/129")]
        [InlineData("10.0.0.0/016")]
        [InlineData("10.0.0.0/00")]
        [InlineData("10.0.0.0/16x")]
        [InlineData("10.0.0.0/16 ")]
        [InlineData(" 10.0.0.0/16")]
        [InlineData("10.0.0.0 /16")]
        [InlineData("10.0.0.0/16/8")]
        [InlineData("10.0.0.0/+16")]
        [InlineData("10.0.0.0/-1")]
        [InlineData("10.0.0/16")]
        [InlineData("10.0.0.256/16")]
        [InlineData("2001:db8::g/32")]
        [InlineData("fe80::%eth0/64")]
        [InlineData("[2001:db8::]/32")]
        public void Malformed_blocks_are_reported_as_malformed_with_a_message(string? text)
        {
            var parsed = Cidr.Parse(text);

            Assert.False(parsed.Success);
            Assert.Equal(CidrError.Malformed, parsed.Error);
            Assert.False(string.IsNullOrWhiteSpace(parsed.Message));
            if (!string.IsNullOrWhiteSpace(text)) Assert.Contains("'" + text + "'", parsed.Message);
            Assert.False(Cidr.TryParse(text, out _));
        }

        [Theory]
        [InlineData(null, "a CIDR block is required")]
        [InlineData("10.0.0.0/33", "'10.0.0.0/33' is not a valid CIDR block: the prefix length must be 0 to 32")]
        [InlineData("2001:db8::/129", "'2001:db8::/129' is not a valid CIDR block: the prefix length must be 0 to 128")]
        [InlineData("10.0.0.0/016", "'10.0.0.0/016' is not a valid CIDR block: the prefix length '016' has a leading zero")]
        [InlineData("10.0.0.256/16", "'10.0.0.256/16' is not a valid CIDR block: 256 is above 255")]
        public void Error_messages_name_the_text_and_the_problem(string? text, string message)
        {
            Assert.Equal(message, Cidr.Parse(text).Message);
        }

        [Theory]
        [InlineData("10.0.0.1/16", "10.0.0.0/16")]
        [InlineData("10.0.255.255/16", "10.0.0.0/16")]
        [InlineData("0.0.0.1/0", "0.0.0.0/0")]
        [InlineData("192.168.1.130/25", "192.168.1.128/25")]
        [InlineData("2001:db8::1/64", "2001:db8::/64")]
        [InlineData("2001:db8:1234::/16", "2001::/16")]
        [InlineData("::1/0", "::/0")]
        public void Host_bits_set_is_reported_with_the_network_address(string text, string network)
        {
            var parsed = Cidr.Parse(text);

            Assert.False(parsed.Success);
            Assert.Equal(CidrError.HostBitsSet, parsed.Error);
            Assert.Equal(network, parsed.Value.ToString());
            Assert.Equal("'" + text + "' has host bits set; the network address is " + network, parsed.Message);
            Assert.False(Cidr.TryParse(text, out _));
        }

        [Theory]
        [InlineData("10.0.0.0/16", "10.0.0.0", "10.0.255.255")]
        [InlineData("0.0.0.0/0", "0.0.0.0", "255.255.255.255")]
        [InlineData("10.0.0.5/32", "10.0.0.5", "10.0.0.5")]
        [InlineData("192.168.1.128/25", "192.168.1.128", "192.168.1.255")]
        [InlineData("2001:db8::/32", "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("2001:db8::/64", "2001:db8::", "2001:db8::ffff:ffff:ffff:ffff")]
        [InlineData("2001:db8::/60", "2001:db8::", "2001:db8:0:f:ffff:ffff:ffff:ffff")]
        [InlineData("2001:db8::/68", "2001:db8::", "2001:db8::fff:ffff:ffff:ffff")]
        [InlineData("::/0", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")]
        [InlineData("::1/128", "::1", "::1")]
        public void First_and_last_are_the_ends_of_the_block(string block, string first, string last)
        {
            var cidr = Cidr.Parse(block).Value;

            Assert.Equal(first, cidr.First.ToString());
            Assert.Equal(cidr.Network, cidr.First);
            Assert.Equal(last, cidr.Last.ToString());
        }

        [Fact]
        public void Any_IPv4_block_ends_where_integer_arithmetic_says()
        {
            Gen.Select(Gen.UInt, Gen.Int[0, 32]).Sample((value, prefix) =>
            {
                ulong size = 1UL << (32 - prefix);
                ulong network = value / size * size;
                var cidr = new Cidr(IpAddress.FromIPv4(value), prefix);

                Assert.Equal(IpAddress.FromIPv4((uint)network), cidr.First);
                Assert.Equal(IpAddress.FromIPv4((uint)(network + size - 1)), cidr.Last);
                Assert.Equal(cidr, Cidr.Parse(cidr.ToString()).Value);
            });
        }

        [Fact]
        public void Addresses_are_counted_from_either_end_of_the_block()
        {
            var block = Cidr.Parse("192.168.1.0/24").Value;

            Assert.Equal("192.168.1.0", block.AddressAt(0).ToString());
            Assert.Equal("192.168.1.3", block.AddressAt(3).ToString());
            Assert.Equal("192.168.1.255", block.AddressAt(255).ToString());
            Assert.Equal("192.168.1.255", block.AddressFromEnd(0).ToString());
            Assert.Equal("192.168.1.253", block.AddressFromEnd(2).ToString());
            Assert.Equal("192.168.1.0", block.AddressFromEnd(255).ToString());
            Assert.True(block.HasOffset(255));
            Assert.False(block.HasOffset(256));
            Assert.Throws<ArgumentOutOfRangeException>(() => block.AddressAt(256));
            Assert.Throws<ArgumentOutOfRangeException>(() => block.AddressFromEnd(256));
            Assert.Throws<ArgumentOutOfRangeException>(() => Cidr.Parse("10.0.0.1/32").Value.AddressAt(1));
        }

        [Fact]
        public void Offsets_in_large_IPv6_blocks_carry_across_the_64_bit_halves()
        {
            var whole = Cidr.Parse("::/0").Value;
            Assert.True(whole.HasOffset(ulong.MaxValue));
            Assert.Equal("::ffff:ffff:ffff:ffff", whole.AddressAt(ulong.MaxValue).ToString());
            Assert.Equal("ffff:ffff:ffff:ffff::", whole.AddressFromEnd(ulong.MaxValue).ToString());
            Assert.Equal("2001:db8::3", Cidr.Parse("2001:db8::/64").Value.AddressAt(3).ToString());
            Assert.Equal("2001:db8::ffff:ffff:ffff:fffd", Cidr.Parse("2001:db8::/64").Value.AddressFromEnd(2).ToString());
            Assert.Equal("2001:db8:0:1::2", Cidr.Parse("2001:db8::/63").Value.AddressFromEnd(ulong.MaxValue - 2).ToString());
        }

        [Theory]
        [InlineData("10.0.0.0/24", "10.0.1.0/24")]
        [InlineData("10.255.255.0/24", "11.0.0.0/24")]
        [InlineData("::ffff:ffff:ffff:ffff/128", "0:0:0:1::/128")]
        [InlineData("2001:db8::/32", "2001:db9::/32")]
        [InlineData("255.255.255.255/32", null)]
        [InlineData("0.0.0.0/0", null)]
        [InlineData("ffff::/16", null)]
        public void Next_is_the_adjacent_block_of_the_same_size(string block, string? next)
        {
            Assert.Equal(next, Cidr.Parse(block).Value.Next()?.ToString());
        }
    }
}
