using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO007: an ECS instance's address must be in a vSwitch of its VPC (that is how its vSwitch is found), and must
    /// not be one the cloud keeps for itself in every vSwitch block: the first address and the last three.
    /// </summary>
    internal static class EcsAddressRule
    {
        private const ulong ReservedAtEnd = 3;

        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            for (int i = 0; i < model.Instances.Count; i++)
            {
                var instance = model.Instances[i];
                // A malformed address is null here and left to TOPO005.
                if (!(index.InstanceAddresses[i] is IpAddress address)) continue;
                if ((uint)instance.Vpc >= (uint)model.Vpcs.Count) continue;

                string? problem = Problem(index, instance.Vpc, address);
                if (problem != null)
                {
                    findings.Add(Finding.Create(RuleCatalog.EcsAddress, instance.IpSpan, instance.Name, address.ToString(), problem));
                }
            }
        }

        private static string? Problem(TopologyIndex index, int vpc, IpAddress address)
        {
            var model = index.Model;
            bool someBlockMalformed = false;
            foreach (int v in index.VSwitchesOf(vpc))
            {
                var vSwitch = model.VSwitches[v];
                var ipv4 = index.VSwitchCidrs[v];
                var ipv6 = index.VSwitchIpv6Cidrs[v];
                someBlockMalformed |= ipv4 == null || Unknown.Is(vSwitch.Cidr) || Unknown.Is(vSwitch.Ipv6Cidr) || (vSwitch.Ipv6Cidr != null && ipv6 == null);

                // The first vSwitch holding the address, in declaration order, is the instance's vSwitch
                // (vSwitches of one VPC that overlap are TOPO001's business).
                Cidr? holder = Holds(ipv4, address) ? ipv4 : Holds(ipv6, address) ? ipv6 : null;
                if (holder is Cidr block)
                {
                    return IsReserved(block, address)
                        ? "is reserved by the cloud in vSwitch '" + vSwitch.Name + "' (" + block
                            + "): the first address and the last three of a vSwitch block are reserved"
                        : null;
                }
            }
            // With a malformed vSwitch block (reported by TOPO005) the address may well belong to that vSwitch:
            // saying it is in none would only repeat that error less clearly.
            // A partly evaluated topology may have vSwitches the evaluation never reached.
            return someBlockMalformed || model.IsPartial ? null : "is in no vSwitch of VPC '" + model.Vpcs[vpc].Name + "'";
        }

        // The family is compared first: a block's prefix length only means something for addresses of its family.
        private static bool Holds(Cidr? block, IpAddress address) =>
            block is Cidr b && b.IsIPv6 == address.IsIPv6 && b.Contains(address);

        private static bool IsReserved(Cidr block, IpAddress address)
        {
            if (address == block.First) return true;
            for (ulong offset = 0; offset < ReservedAtEnd; offset++)
            {
                // Blocks smaller than four addresses have fewer distinct addresses to reserve, all of them reserved.
                if (block.HasOffset(offset) && address == block.AddressFromEnd(offset)) return true;
            }
            return false;
        }
    }
}
