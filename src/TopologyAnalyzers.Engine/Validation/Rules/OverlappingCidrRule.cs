using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO001: the blocks of VPCs connected through one CEN (in any region), or of two vSwitches of one VPC, must not
    /// overlap. Each overlapping pair is reported once, on the later object's block, pointing at the earlier one.
    /// </summary>
    internal static class OverlappingCidrRule
    {
        // A VPC or vSwitch has two block arguments: the CIDR block and the IPv6 CIDR block.
        private const int Ipv4Slot = 0;
        private const int Ipv6Slot = 1;

        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;

            var vpcPairs = new List<Pair>();
            var blocks = new List<Block>();
            foreach (var members in VpcsOfEachCen(model))
            {
                blocks.Clear();
                foreach (int vpc in members) AddBlocks(blocks, vpc, index.VpcCidrs[vpc], index.VpcIpv6Cidrs[vpc]);
                Sweep(blocks, vpcPairs);
            }
            // A pair of VPCs that share several CENs is found once per CEN; the user needs to hear about it once.
            Report(findings, vpcPairs, "VPC", i => model.Vpcs[i].Name, (i, slot) => slot == Ipv4Slot ? model.Vpcs[i].CidrSpan : model.Vpcs[i].Ipv6CidrSpan);

            // vSwitches of one VPC share its route table (system routes), attached or not.
            var vSwitchPairs = new List<Pair>();
            for (int vpc = 0; vpc < model.Vpcs.Count; vpc++)
            {
                var vSwitches = index.VSwitchesOf(vpc);
                if (vSwitches.Count < 2) continue;
                blocks.Clear();
                foreach (int vSwitch in vSwitches) AddBlocks(blocks, vSwitch, index.VSwitchCidrs[vSwitch], index.VSwitchIpv6Cidrs[vSwitch]);
                Sweep(blocks, vSwitchPairs);
            }
            Report(findings, vSwitchPairs, "vSwitch", i => model.VSwitches[i].Name,
                (i, slot) => slot == Ipv4Slot ? model.VSwitches[i].CidrSpan : model.VSwitches[i].Ipv6CidrSpan);
        }

        /// <summary>One finding per overlapping pair, on the later object's block argument, pointing at the earlier one's.</summary>
        private static void Report(List<Finding> findings, List<Pair> pairs, string kind,
            System.Func<int, string> nameOf, System.Func<int, int, SourceSpan> spanOf)
        {
            SortAndDeduplicate(pairs);
            foreach (var pair in pairs)
            {
                findings.Add(Finding.WithRelated(RuleCatalog.OverlappingCidr,
                    spanOf(pair.Later, pair.LaterSlot), spanOf(pair.Earlier, pair.EarlierSlot),
                    kind, nameOf(pair.Later), pair.LaterBlock.ToString(), kind, nameOf(pair.Earlier), pair.EarlierBlock.ToString()));
            }
        }

        /// <summary>
        /// The VPCs attached to any transit router of each CEN, each VPC once per CEN, whatever the region: the
        /// transit routers of one CEN can route between all of them, so their blocks must be unambiguous.
        /// </summary>
        private static List<int>[] VpcsOfEachCen(TopologyModel model)
        {
            var members = new List<int>[model.Cens.Count];
            for (int i = 0; i < members.Length; i++) members[i] = new List<int>();
            for (int i = 0; i < model.Attachments.Count; i++)
            {
                var attachment = model.Attachments[i];
                if ((uint)attachment.TransitRouter >= (uint)model.TransitRouters.Count) continue;
                if ((uint)attachment.Vpc >= (uint)model.Vpcs.Count) continue;
                int cen = model.TransitRouters[attachment.TransitRouter].Cen;
                if ((uint)cen >= (uint)model.Cens.Count) continue;
                members[cen].Add(attachment.Vpc);
            }

            // A VPC attached twice to one CEN (to two of its routers, or twice to one) is one member: compared once.
            var lastCen = new int[model.Vpcs.Count];
            for (int i = 0; i < lastCen.Length; i++) lastCen[i] = -1;
            for (int cen = 0; cen < members.Length; cen++)
            {
                var list = members[cen];
                int kept = 0;
                for (int i = 0; i < list.Count; i++)
                {
                    int vpc = list[i];
                    if (lastCen[vpc] == cen) continue;
                    lastCen[vpc] = cen;
                    list[kept++] = vpc;
                }
                list.RemoveRange(kept, list.Count - kept);
            }
            return members;
        }

        private static void AddBlocks(List<Block> blocks, int owner, Cidr? ipv4, Cidr? ipv6)
        {
            // Malformed blocks are null here; TOPO005 reports them.
            if (ipv4 is Cidr v4) blocks.Add(new Block(owner, Ipv4Slot, v4));
            if (ipv6 is Cidr v6) blocks.Add(new Block(owner, Ipv6Slot, v6));
        }

        /// <summary>
        /// Finds every overlapping pair of <paramref name="blocks"/> in O(n log n + pairs). CIDR blocks are aligned, so two
        /// of them overlap only when one contains the other. In order of start address (the larger block first on a tie),
        /// the blocks still open at a block's start form a chain, each inside the one below it on the stack, and every one
        /// of them contains that block: so the block overlaps exactly the stack's blocks once the closed ones are popped.
        /// </summary>
        private static void Sweep(List<Block> blocks, List<Pair> pairs)
        {
            if (blocks.Count < 2) return;
            // Cidr.CompareTo orders by family, then network address, then prefix length (shorter, so larger, first).
            blocks.Sort((x, y) =>
            {
                int byBlock = x.Cidr.CompareTo(y.Cidr);
                if (byBlock != 0) return byBlock;
                int byOwner = x.Owner.CompareTo(y.Owner);
                return byOwner != 0 ? byOwner : x.Slot.CompareTo(y.Slot);
            });
            var open = new List<Block>();
            foreach (var block in blocks)
            {
                // Comparing across families is safe: every IPv4 address sorts before every IPv6 address.
                while (open.Count > 0 && open[open.Count - 1].Cidr.Last.CompareTo(block.Cidr.First) < 0) open.RemoveAt(open.Count - 1);
                foreach (var container in open)
                {
                    // A VPC's own two blocks (an IPv6 block written as its IPv4 one) are not a conflict between objects.
                    if (container.Owner == block.Owner) continue;
                    pairs.Add(container.Owner < block.Owner ? new Pair(block, container) : new Pair(container, block));
                }
                open.Add(block);
            }
        }

        private static void SortAndDeduplicate(List<Pair> pairs)
        {
            // Later object in declaration order, then the earlier one, then the IPv4 block before the IPv6 one.
            pairs.Sort((x, y) =>
            {
                int c = x.Later.CompareTo(y.Later);
                if (c == 0) c = x.Earlier.CompareTo(y.Earlier);
                if (c == 0) c = x.LaterSlot.CompareTo(y.LaterSlot);
                if (c == 0) c = x.EarlierSlot.CompareTo(y.EarlierSlot);
                return c;
            });
            int kept = 0;
            for (int i = 0; i < pairs.Count; i++)
            {
                if (kept > 0 && pairs[kept - 1].SameAs(pairs[i])) continue;
                pairs[kept++] = pairs[i];
            }
            pairs.RemoveRange(kept, pairs.Count - kept);
        }

        private readonly struct Block
        {
            public Block(int owner, int slot, Cidr cidr)
            {
                Owner = owner;
                Slot = slot;
                Cidr = cidr;
            }

            public int Owner { get; }

            public int Slot { get; }

            public Cidr Cidr { get; }
        }

        private readonly struct Pair
        {
            public Pair(Block later, Block earlier)
            {
                Later = later.Owner;
                LaterSlot = later.Slot;
                LaterBlock = later.Cidr;
                Earlier = earlier.Owner;
                EarlierSlot = earlier.Slot;
                EarlierBlock = earlier.Cidr;
            }

            public int Later { get; }

            public int LaterSlot { get; }

            public Cidr LaterBlock { get; }

            public int Earlier { get; }

            public int EarlierSlot { get; }

            public Cidr EarlierBlock { get; }

            public bool SameAs(Pair other) =>
                Later == other.Later && Earlier == other.Earlier && LaterSlot == other.LaterSlot && EarlierSlot == other.EarlierSlot;
        }
    }
}
