using System.Collections.Generic;
using System.Linq;
using CsCheck;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Addressing
{
    public class LongestPrefixMatchTests
    {
        [Theory]
        [InlineData("10.1.2.3", 3)]
        [InlineData("10.1.3.3", 2)]
        [InlineData("10.2.0.0", 1)]
        [InlineData("11.0.0.0", 0)]
        public void The_most_specific_containing_block_is_picked(string address, int expected)
        {
            var table = Table("0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "10.1.2.0/24");
            var reversed = table.AsEnumerable().Reverse().ToList();

            Assert.Equal(expected, Find(table, address));
            Assert.Equal(table.Count - 1 - expected, Find(reversed, address));
        }

        [Fact]
        public void Of_equal_blocks_the_first_in_list_order_wins()
        {
            Assert.Equal(0, Find(Table("10.0.0.0/16", "10.0.0.0/16"), "10.0.0.1"));
            Assert.Equal(1, Find(Table("10.0.0.0/8", "10.0.0.0/16", "10.0.0.0/16"), "10.0.0.1"));
            Assert.Equal(2, Find(Table("10.0.0.0/8", "::/0", "10.0.0.0/16", "10.0.0.0/12", "10.0.0.0/16"), "10.0.0.1"));
        }

        [Fact]
        public void No_match_gives_minus_one()
        {
            Assert.Equal(-1, Find(Table("10.0.0.0/8", "192.168.0.0/24"), "192.168.1.1"));
            Assert.Equal(-1, Find(Table(), "10.0.0.1"));
        }

        [Fact]
        public void An_address_never_matches_a_block_of_the_other_family()
        {
            Assert.Equal(-1, Find(Table("::/0", "::ffff:0:0/96", "::a00:0/104"), "10.0.0.1"));
            Assert.Equal(-1, Find(Table("0.0.0.0/0", "10.0.0.0/8"), "::a00:1"));
            Assert.Equal(1, Find(Table("::/0", "0.0.0.0/0"), "10.0.0.1"));
            Assert.Equal(0, Find(Table("::/0", "0.0.0.0/0"), "2001:db8::1"));
        }

        [Fact]
        public void Entries_that_are_not_usable_are_skipped()
        {
            var table = new List<(string Name, Cidr Block, bool Active)>
            {
                ("a", Block("10.0.0.0/24"), false),
                ("b", Block("10.0.0.0/16"), true),
                ("c", Block("10.0.0.0/16"), true),
            };

            Assert.Equal(1, LongestPrefixMatch.Find(table, e => e.Block, e => e.Active, Address("10.0.0.1")));
            Assert.Equal(0, LongestPrefixMatch.Find(table, e => e.Block, Address("10.0.0.1")));
            Assert.Equal(2, LongestPrefixMatch.Find(table, e => e.Block, e => e.Name == "c", Address("10.0.0.1")));
            Assert.Equal(-1, LongestPrefixMatch.Find(table, e => e.Block, e => false, Address("10.0.0.1")));
        }

        [Fact]
        public void Find_picks_the_longest_usable_containing_entry_on_random_tables()
        {
            var entries = Gen.Select(SmallBlock.Any, Gen.Bool);
            Gen.Select(entries.Array[0, 12], SmallBlock.Addresses).Sample((table, address) =>
            {
                var parsed = table.Select(e => (Block: e.Item1.Parsed, Usable: e.Item2)).ToList();
                var ip = SmallBlock.Address(address.IsIPv6, address.Offset);

                Assert.Equal(Oracle(table, address, respectUsable: true), LongestPrefixMatch.Find(parsed, e => e.Block, e => e.Usable, ip));
                Assert.Equal(Oracle(table, address, respectUsable: false), LongestPrefixMatch.Find(parsed, e => e.Block, ip));
            });
        }

        /// <summary>
        /// Among the (usable) entries whose enumerated address set holds the address, the longest prefix;
        /// list order breaks ties. Family is part of membership.
        /// </summary>
        private static int Oracle((SmallBlock Block, bool Usable)[] table, (bool IsIPv6, int Offset) address, bool respectUsable)
        {
            int best = -1;
            for (int i = 0; i < table.Length; i++)
            {
                var (block, usable) = table[i];
                if ((usable || !respectUsable) && block.Holds(address.IsIPv6, address.Offset)
                    && (best < 0 || block.PrefixLength > table[best].Block.PrefixLength))
                {
                    best = i;
                }
            }
            return best;
        }

        private static List<Cidr> Table(params string[] blocks) => blocks.Select(Block).ToList();

        private static int Find(IReadOnlyList<Cidr> table, string address) => LongestPrefixMatch.Find(table, b => b, Address(address));

        private static Cidr Block(string text)
        {
            Assert.True(Cidr.TryParse(text, out var block), text);
            return block;
        }

        private static IpAddress Address(string text)
        {
            Assert.True(IpAddress.TryParse(text, out var address), text);
            return address;
        }
    }
}
