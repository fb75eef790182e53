using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// One end of a trace: an ECS instance (<see cref="Instance"/>), or a bare address of a vSwitch with no declared
    /// instance (<see cref="Instance"/> -1), in <see cref="Vpc"/>.
    /// </summary>
    internal readonly record struct TraceEndpoint(int Instance, int Vpc, IpAddress Address, string Name);

    /// <summary>
    /// Finds the end an expectation or a trace names: an ECS instance by name, else by address, else the address of a
    /// vSwitch (the first VPC declared whose vSwitch holds it), for hosts the topology does not declare.
    /// </summary>
    internal static class TraceEndpoints
    {
        /// <summary>The end <paramref name="nameOrAddress"/> names, or null with <paramref name="problem"/> saying why not.</summary>
        public static TraceEndpoint? Find(TopologyIndex index, string nameOrAddress, out string problem)
        {
            var model = index.Model;
            problem = "";
            for (int i = 0; i < model.Instances.Count; i++)
            {
                if (model.Instances[i].Name != nameOrAddress) continue;
                if (index.InstanceAddresses[i] is IpAddress own) return new TraceEndpoint(i, model.Instances[i].Vpc, own, nameOrAddress);
                problem = "'" + nameOrAddress + "' has no valid address";
                return null;
            }
            if (!IpAddress.TryParse(nameOrAddress, out var address))
            {
                problem = "'" + nameOrAddress + "' names no ECS instance of the topology";
                // A mistyped name most likely meant the declared one it is closest to.
                var closest = NearestName.Closest(nameOrAddress, InstanceNames(model));
                if (closest != null) problem += "; the closest declared is '" + closest + "'";
                return null;
            }
            for (int i = 0; i < model.Instances.Count; i++)
            {
                if (index.InstanceAddresses[i] is IpAddress own && own == address) return new TraceEndpoint(i, model.Instances[i].Vpc, own, model.Instances[i].Name);
            }
            for (int vSwitch = 0; vSwitch < model.VSwitches.Count; vSwitch++)
            {
                var block = address.IsIPv6 ? index.VSwitchIpv6Cidrs[vSwitch] : index.VSwitchCidrs[vSwitch];
                if (block is Cidr cidr && cidr.Contains(address)) return new TraceEndpoint(-1, model.VSwitches[vSwitch].Vpc, address, address.ToString());
            }
            problem = "'" + nameOrAddress + "' is the address of no ECS instance and in no vSwitch of the topology";
            return null;
        }

        private static IEnumerable<string> InstanceNames(TopologyModel model)
        {
            foreach (var instance in model.Instances) yield return instance.Name;
        }
    }
}
