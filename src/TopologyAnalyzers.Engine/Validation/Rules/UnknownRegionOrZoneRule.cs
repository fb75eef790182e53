using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO020: region and zone IDs are checked against <see cref="RegionCatalog"/>. A typo in an ID would otherwise
    /// only surface when the cloud rejects the deployment. It is a warning because a region newer than the catalog
    /// is not a mistake. An empty region or zone is TOPO023's (<see cref="EmptyNameRule"/>), reported once there.
    /// </summary>
    internal static class UnknownRegionOrZoneRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var vpc in model.Vpcs)
            {
                if (!EmptyNameRule.IsEmpty(vpc.Region) && !Unknown.Is(vpc.Region) && !RegionCatalog.IsKnownRegion(vpc.Region))
                {
                    findings.Add(Finding.Create(RuleCatalog.UnknownRegionOrZone, vpc.RegionSpan,
                        "Region '" + vpc.Region + "' of VPC '" + vpc.Name + "' is not a known Alibaba Cloud region ID"));
                }
            }

            foreach (var router in model.TransitRouters)
            {
                if (!EmptyNameRule.IsEmpty(router.Region) && !Unknown.Is(router.Region) && !RegionCatalog.IsKnownRegion(router.Region))
                {
                    string cen = (uint)router.Cen < (uint)model.Cens.Count ? model.Cens[router.Cen].Name : "";
                    findings.Add(Finding.Create(RuleCatalog.UnknownRegionOrZone, router.RegionSpan,
                        "Region '" + router.Region + "' of the transit router of CEN '" + cen + "' is not a known Alibaba Cloud region ID"));
                }
            }

            foreach (var vSwitch in model.VSwitches)
            {
                if ((uint)vSwitch.Vpc >= (uint)model.Vpcs.Count) continue;
                var vpc = model.Vpcs[vSwitch.Vpc];
                // A VPC whose own region is unknown was reported above; judging its zones against nothing would
                // only repeat that finding.
                if (!RegionCatalog.IsKnownRegion(vpc.Region) || EmptyNameRule.IsEmpty(vSwitch.Zone) || Unknown.Is(vSwitch.Zone)) continue;

                string? zoneRegion = RegionCatalog.RegionOfZone(vSwitch.Zone);
                if (zoneRegion == null)
                {
                    findings.Add(Finding.Create(RuleCatalog.UnknownRegionOrZone, vSwitch.ZoneSpan,
                        "Zone '" + vSwitch.Zone + "' of vSwitch '" + vSwitch.Name + "' is not a known zone ID of region '" + vpc.Region + "'"));
                }
                else if (zoneRegion != vpc.Region)
                {
                    findings.Add(Finding.Create(RuleCatalog.UnknownRegionOrZone, vSwitch.ZoneSpan,
                        "Zone '" + vSwitch.Zone + "' of vSwitch '" + vSwitch.Name + "' is in region '" + zoneRegion
                        + "', not in region '" + vpc.Region + "' of VPC '" + vpc.Name + "'"));
                }
            }
        }
    }
}
