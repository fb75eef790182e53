using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO010: a zone made effective in a VPC of an account that the zone's owner has not linked (or whose link the
    /// cloud refuses, TOPO004 and TOPO011). The console does not even list such a VPC, so the zone does not resolve
    /// there; <c>PrivateZones</c> leaves the binding out for the same reason (<see cref="PrivateZoneResolver.Classify"/>).
    /// </summary>
    internal static class ZoneInUnlinkedAccountRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            if (model.ZoneBindings.Count == 0) return;
            var status = PrivateZoneResolver.Classify(model);
            for (int b = 0; b < status.Length; b++)
            {
                if (status[b] != PrivateZoneResolver.NotLinked) continue;
                var binding = model.ZoneBindings[b];
                var zone = model.PrivateZones[binding.Zone];
                var vpc = model.Vpcs[binding.Vpc];
                findings.Add(Finding.Create(RuleCatalog.ZoneInUnlinkedAccount, binding.Call,
                    zone.Name, model.Accounts[zone.Account].Name, vpc.Name, model.Accounts[vpc.Account].Name));
            }
        }
    }
}
