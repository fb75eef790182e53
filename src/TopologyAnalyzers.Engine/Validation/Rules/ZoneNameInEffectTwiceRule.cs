using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO022: a zone made effective in a VPC where a zone of the same name (compared without case or trailing dot)
    /// is already in effect. The cloud refuses the second binding, so the first zone keeps answering there; only
    /// accepted bindings count, as in <see cref="PrivateZoneResolver.Classify"/>, which decides the effective scopes.
    /// </summary>
    internal static class ZoneNameInEffectTwiceRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            if (model.ZoneBindings.Count < 2) return;
            var status = PrivateZoneResolver.Classify(model);
            for (int b = 0; b < status.Length; b++)
            {
                if (status[b] < 0) continue;
                var binding = model.ZoneBindings[b];
                var earlier = model.ZoneBindings[status[b]];
                var zone = model.PrivateZones[binding.Zone];
                findings.Add(Finding.WithRelated(RuleCatalog.ZoneNameInEffectTwice, binding.Call, earlier.Call,
                    zone.Name, model.Accounts[zone.Account].Name, model.Vpcs[binding.Vpc].Name,
                    model.Accounts[model.PrivateZones[earlier.Zone].Account].Name));
            }
        }
    }
}
