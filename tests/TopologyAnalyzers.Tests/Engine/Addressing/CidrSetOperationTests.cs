using System;
using System.Linq;
using CsCheck;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Addressing
{
    public class CidrSetOperationTests
    {
        private static readonly Gen<SmallBlock> IPv4Blocks = SmallBlock.Any.Select(b => b with { IsIPv6 = false });

        private static readonly Gen<SmallBlock> IPv6Blocks = SmallBlock.Any.Select(b => b with { IsIPv6 = true });

        [Fact]
        public void IPv4_overlap_is_symmetric_and_means_the_address_sets_intersect()
        {
            Gen.Select(IPv4Blocks, IPv4Blocks).Sample((a, b) =>
            {
                bool intersect = a.AddressSet.Overlaps(b.AddressSet);
                Assert.Equal(intersect, a.Parsed.Overlaps(b.Parsed));
                Assert.Equal(intersect, b.Parsed.Overlaps(a.Parsed));
            });
        }

        [Fact]
        public void IPv4_block_containment_means_subset()
        {
            Gen.Select(IPv4Blocks, IPv4Blocks).Sample((a, b) =>
            {
                Assert.Equal(b.AddressSet.IsSubsetOf(a.AddressSet), a.Parsed.Contains(b.Parsed));
                Assert.Equal(a.AddressSet.IsSubsetOf(b.AddressSet), b.Parsed.Contains(a.Parsed));
            });
        }

        [Fact]
        public void IPv4_address_containment_means_membership()
        {
            Gen.Select(IPv4Blocks, SmallBlock.Addresses).Sample((block, address) =>
            {
                Assert.Equal(block.AddressSet.Contains(address.Offset), block.Parsed.Contains(SmallBlock.Address(false, address.Offset)));
            });
        }

        [Fact]
        public void IPv6_overlap_is_symmetric_and_means_the_address_sets_intersect()
        {
            Gen.Select(IPv6Blocks, IPv6Blocks).Sample((a, b) =>
            {
                bool intersect = a.AddressSet.Overlaps(b.AddressSet);
                Assert.Equal(intersect, a.Parsed.Overlaps(b.Parsed));
                Assert.Equal(intersect, b.Parsed.Overlaps(a.Parsed));
            });
        }

        [Fact]
        public void IPv6_block_containment_means_subset()
        {
            Gen.Select(IPv6Blocks, IPv6Blocks).Sample((a, b) =>
            {
                Assert.Equal(b.AddressSet.IsSubsetOf(a.AddressSet), a.Parsed.Contains(b.Parsed));
                Assert.Equal(a.AddressSet.IsSubsetOf(b.AddressSet), b.Parsed.Contains(a.Parsed));
            });
        }

        [Fact]
        public void IPv6_address_containment_means_membership()
        {
            Gen.Select(IPv6Blocks, SmallBlock.Addresses).Sample((block, address) =>
            {
                Assert.Equal(block.AddressSet.Contains(address.Offset), block.Parsed.Contains(SmallBlock.Address(true, address.Offset)));
            });
        }

        [Fact]
        public void Blocks_of_different_families_never_contain_or_overlap_each_other()
        {
            Gen.Select(IPv4Blocks, IPv6Blocks).Sample((v4, v6) =>
            {
                Assert.False(v4.Parsed.Overlaps(v6.Parsed));
                Assert.False(v6.Parsed.Overlaps(v4.Parsed));
                Assert.False(v4.Parsed.Contains(v6.Parsed));
                Assert.False(v6.Parsed.Contains(v4.Parsed));
            });

            // The same bits in the other family must not count: 10.0.0.0/8 and ::a00:0/104 cover equal values.
            var everyV4 = Block("0.0.0.0/0");
            var everyV6 = Block("::/0");
            Assert.False(everyV4.Contains(IpAddress.Parse("::a00:1").Value));
            Assert.False(everyV6.Contains(IpAddress.Parse("10.0.0.1").Value));
            Assert.False(Block("10.0.0.0/8").Overlaps(Block("::a00:0/104")));
            Assert.False(Block("::/0").Contains(Block("10.0.0.0/8")));
        }

        [Theory]
        [InlineData("10.0.0.0/16", "10.0.0.0/16", true, true)]
        [InlineData("10.0.0.0/16", "10.0.3.0/24", true, true)]
        [InlineData("10.0.3.0/24", "10.0.0.0/16", false, true)]
        [InlineData("10.0.0.0/16", "10.1.0.0/16", false, false)]
        [InlineData("0.0.0.0/0", "255.255.255.255/32", true, true)]
        [InlineData("2001:db8::/32", "2001:db8:ffff::/48", true, true)]
        [InlineData("2001:db8::/32", "2001:db9::/32", false, false)]
        public void Known_pairs_contain_and_overlap_as_expected(string outer, string inner, bool contains, bool overlaps)
        {
            Assert.Equal(contains, Block(outer).Contains(Block(inner)));
            Assert.Equal(overlaps, Block(outer).Overlaps(Block(inner)));
        }

        [Fact]
        public void Blocks_sort_IPv4_first_then_by_network_then_shorter_prefix_first()
        {
            string[] expected =
            {
                "0.0.0.0/0", "10.0.0.0/8", "10.0.0.0/24", "10.0.1.0/24", "172.16.0.0/12", "255.255.255.255/32",
                "::/0", "::1/128", "2001:db8::/32", "2001:db8::/48", "2001:db8:1::/48",
            };
            var shuffled = expected.Skip(4).Concat(expected.Take(4)).Reverse().Select(Block).ToList();

            shuffled.Sort();

            Assert.Equal(expected, shuffled.Select(b => b.ToString()));
            for (int i = 0; i < expected.Length; i++)
            {
                for (int j = 0; j < expected.Length; j++)
                {
                    Assert.True(i.CompareTo(j) == Math.Sign(Block(expected[i]).CompareTo(Block(expected[j]))), expected[i] + " vs " + expected[j]);
                }
            }
        }

        [Fact]
        public void IPv4_block_order_matches_network_then_prefix_as_integers()
        {
            Gen.Select(IPv4Blocks, IPv4Blocks).Sample((a, b) =>
            {
                int expected = a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.PrefixLength.CompareTo(b.PrefixLength);
                Assert.Equal(Math.Sign(expected), Math.Sign(a.Parsed.CompareTo(b.Parsed)));
                Assert.Equal(expected == 0, a.Parsed.Equals(b.Parsed));
            });
        }

        private static Cidr Block(string text)
        {
            Assert.True(Cidr.TryParse(text, out var block), text);
            return block;
        }
    }
}
