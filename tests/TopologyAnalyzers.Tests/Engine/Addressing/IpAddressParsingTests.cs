using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Addressing
{
    public class IpAddressParsingTests
    {
        [Theory]
        [InlineData("0.0.0.0", 0x00000000u)]
        [InlineData("10.0.0.1", 0x0A000001u)]
        [InlineData("192.168.100.7", 0xC0A86407u)]
        [InlineData("255.255.255.255", 0xFFFFFFFFu)]
        public void Valid_IPv4_addresses_parse_to_their_value_and_print_back_unchanged(string text, uint value)
        {
            var parsed = IpAddress.Parse(text);

            Assert.True(parsed.Success, parsed.Error);
            Assert.Null(parsed.Error);
            Assert.False(parsed.Value.IsIPv6);
            Assert.Equal(32, parsed.Value.BitLength);
            Assert.Equal(IpAddress.FromIPv4(value), parsed.Value);
            Assert.Equal(text, parsed.Value.ToString());
        }

        [Theory]
        [InlineData("::", "::")]
        [InlineData("::1", "::1")]
        [InlineData("1::", "1::")]
        [InlineData("0:0:0:0:0:0:0:0", "::")]
        [InlineData("2001:db8::1", "2001:db8::1")]
        [InlineData("2001:DB8::A", "2001:db8::a")]
        [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1")]
        [InlineData("fe80::1:2", "fe80::1:2")]
        [InlineData("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8")]
        [InlineData("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0")]
        [InlineData("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8")]
        [InlineData("1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7")]
        [InlineData("1:0:0:2:0:0:0:3", "1:0:0:2::3")]
        [InlineData("1:0:0:2:3:0:0:4", "1::2:3:0:0:4")]
        [InlineData("::ffff:1.2.3.4", "::ffff:1.2.3.4")]
        [InlineData("::FFFF:0102:0304", "::ffff:1.2.3.4")]
        [InlineData("::1.2.3.4", "::102:304")]
        [InlineData("64:ff9b::192.0.2.33", "64:ff9b::c000:221")]
        [InlineData("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304")]
        public void Valid_IPv6_addresses_print_in_canonical_form_and_parse_back_to_the_same_value(string text, string canonical)
        {
            var parsed = IpAddress.Parse(text);

            Assert.True(parsed.Success, parsed.Error);
            Assert.True(parsed.Value.IsIPv6);
            Assert.Equal(128, parsed.Value.BitLength);
            Assert.Equal(canonical, parsed.Value.ToString());
            Assert.True(IpAddress.TryParse(canonical, out var again));
            Assert.Equal(parsed.Value, again);
        }

        [Fact]
        public void IPv6_groups_land_in_the_right_bits()
        {
            Assert.Equal(IpAddress.FromIPv6(0x20010DB800000000, 0x1), IpAddress.Parse("2001:db8::1").Value);
            Assert.Equal(IpAddress.FromIPv6(0x0001000200030004, 0x0005000600070008), IpAddress.Parse("1:2:3:4:5:6:7:8").Value);
            Assert.Equal(IpAddress.FromIPv6(0, 0x0000FFFF01020304), IpAddress.Parse("::ffff:1.2.3.4").Value);
            Assert.Equal(IpAddress.FromIPv6(0x0001000000000000, 0), IpAddress.Parse("1::").Value);
        }

        [Fact]
        public void An_IPv4_address_and_the_IPv6_address_with_the_same_bits_are_different()
        {
            var v4 = IpAddress.Parse("10.0.0.1").Value;
            var v6 = IpAddress.Parse("::a00:1").Value;

            Assert.NotEqual(v4, v6);
            Assert.True(v4.CompareTo(v6) < 0);
            Assert.True(v6.CompareTo(v4) > 0);
        }

        [Fact]
        public void Every_IPv4_address_sorts_before_every_IPv6_address_then_by_value()
        {
            var ordered = new[] { "0.0.0.0", "10.0.0.1", "10.0.1.0", "255.255.255.255", "::", "::1", "::ffff:0.0.0.0", "2001:db8::", "ffff::" };
            for (int i = 0; i < ordered.Length; i++)
            {
                for (int j = 0; j < ordered.Length; j++)
                {
                    int actual = Math.Sign(IpAddress.Parse(ordered[i]).Value.CompareTo(IpAddress.Parse(ordered[j]).Value));
                    Assert.True(i.CompareTo(j) == actual, ordered[i] + " vs " + ordered[j]);
                }
            }
        }

        [Theory]
        [InlineData("")]
        [InlineData(" ")]
        [InlineData("10.0.0")]
        [InlineData("10.0.0.0.0")]
        [InlineData("256.0.0.1")]
        [InlineData("01.0.0.1")]
        [InlineData("1.2.3.-4")]
        [InlineData("1.2.3.+4")]
        [InlineData("1..2.3")]
        [InlineData("1.2.3.4.")]
        [InlineData(" 1.2.3.4")]
        [InlineData("1.2.3.4\n")]
        [InlineData("1.2.3.99999999999999999999")]
        [InlineData("10")]
        [InlineData("abc")]
        [InlineData("1:2:3:4:5:6:7:8:9")]
        [InlineData("1:2:3:4:5:6:7")]
        [InlineData("1:2:3:4:5:6:7:8::")]
        [InlineData("::1:2:3:4:5:6:7:8")]
        [InlineData("1::2::3")]
        [InlineData(":::")]
        [InlineData("1:::2")]
        [InlineData(":1::")]
        [InlineData("1::2:")]
        [InlineData("12345::")]
        [InlineData("g::")]
        [InlineData("::-1")]
        [InlineData("fe80::1%eth0")]
        [InlineData("[::1]")]
        [InlineData("::1.2.3")]
        [InlineData("::256.1.2.3")]
        [InlineData("1.2.3.4::")]
        [InlineData("1:2:3:4:5:6:7:1.2.3.4")]
        [InlineData("::ffff:01.2.3.4")]
        [InlineData(null)]
        public void Malformed_addresses_are_reported_with_a_message_and_never_throw(string? text)
        {
            var parsed = IpAddress.Parse(text);

            Assert.False(parsed.Success);
            Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
            Assert.False(IpAddress.TryParse(text, out _));
        }

        [Theory]
        [InlineData(null, "an IP address is required")]
        [InlineData("  ", "an IP address is required")]
        [InlineData("10.0.0.256", "'10.0.0.256' is not a valid IPv4 address: 256 is above 255")]
        [InlineData("010.0.0.1", "'010.0.0.1' is not a valid IPv4 address: '010' has a leading zero")]
        [InlineData("10.0.0", "'10.0.0' is not a valid IPv4 address: it must have exactly four parts separated by dots")]
        [InlineData("1::2::3", "'1::2::3' is not a valid IPv6 address: '::' may appear only once")]
        [InlineData("12345::", "'12345::' is not a valid IPv6 address: the group '12345' has more than four hex digits")]
        [InlineData("fe80::1%eth0", "'fe80::1%eth0' is not a valid IPv6 address: zone IDs ('%eth0') are not supported")]
        [InlineData("[::1]", "'[::1]' is not a valid IPv6 address: brackets are not allowed")]
        public void Error_messages_name_the_text_and_the_problem(string? text, string message)
        {
            Assert.Equal(message, IpAddress.Parse(text).Error);
        }

        [Fact]
        public void Any_IPv4_address_prints_as_System_Net_does_and_parses_back()
        {
            Gen.UInt.Sample(value =>
            {
                var address = IpAddress.FromIPv4(value);
                string text = address.ToString();
                Assert.Equal(new System.Net.IPAddress(new[] { (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value }).ToString(), text);
                Assert.Equal(address, IpAddress.Parse(text).Value);
            });
        }

        [Fact]
        public void Any_IPv6_address_prints_canonically_and_parses_back()
        {
            // Zero groups are made likely so that compression, ties and mapped addresses get exercised.
            var group = Gen.Frequency((3, Gen.Const((ushort)0)), (1, Gen.Const((ushort)0xffff)), (2, Gen.UShort));
            group.Array[8].Sample(groups =>
            {
                ulong high = 0, low = 0;
                for (int k = 0; k < 4; k++)
                {
                    high = high << 16 | groups[k];
                    low = low << 16 | groups[k + 4];
                }
                var address = IpAddress.FromIPv6(high, low);
                string text = address.ToString();
                Assert.Equal(address, IpAddress.Parse(text).Value);
                Assert.Equal(text, IpAddress.Parse(text.ToUpperInvariant()).Value.ToString());
                Assert.Equal(Canonical(groups), text);
            });
        }

        /// <summary>
        /// RFC 5952 written independently of the engine: every all-zero run of two or more groups is a
        /// candidate, the longest wins and the earliest breaks a tie; mapped IPv4 is written dotted.
        /// </summary>
        private static string Canonical(ushort[] groups)
        {
            if (groups.Take(5).All(g => g == 0) && groups[5] == 0xffff)
                return "::ffff:" + (groups[6] >> 8) + "." + (groups[6] & 255) + "." + (groups[7] >> 8) + "." + (groups[7] & 255);
            var runs = from start in Enumerable.Range(0, 8)
                       from length in Enumerable.Range(2, 7)
                       where start + length <= 8 && groups.Skip(start).Take(length).All(g => g == 0)
                       orderby length descending, start
                       select (start, length);
            string Hex(IEnumerable<ushort> part) => string.Join(":", part.Select(g => g.ToString("x")));
            if (!runs.Any()) return Hex(groups);
            var (s, l) = runs.First();
            return Hex(groups.Take(s)) + "::" + Hex(groups.Skip(s + l));
        }
    }
}
