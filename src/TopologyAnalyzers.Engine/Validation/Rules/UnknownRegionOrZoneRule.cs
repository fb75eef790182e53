using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO020: region and zone IDs are checked against <see cref="RegionCatalog"/>. A typo in an ID would otherwise
    /// only surface when the cloud rejects the deployment. It is a warning because a region newer than the catalog
    /// is not a mistake. An empty region or zone is TOPO023's (<see cref="EmptyNameRule"/>), reported once there.
    /// Each unknown ID is reported with the closest known one; where that is a likely typo
    /// (<see cref="RegionCatalog.IntendedRegion"/>), the finding carries it for the code fix, and the zones of a VPC
    /// whose region is such a typo are judged against the region it stands for.
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
                    findings.Add(UnknownRegion(vpc.RegionSpan, vpc.Region, "VPC '" + vpc.Name + "'"));
                }
            }

            foreach (var router in model.TransitRouters)
            {
                if (!EmptyNameRule.IsEmpty(router.Region) && !Unknown.Is(router.Region) && !RegionCatalog.IsKnownRegion(router.Region))
                {
                    string cen = (uint)router.Cen < (uint)model.Cens.Count ? model.Cens[router.Cen].Name : "";
                    findings.Add(UnknownRegion(router.RegionSpan, router.Region, "the transit router of CEN '" + cen + "'"));
                }
            }

            foreach (var vSwitch in model.VSwitches)
            {
                if ((uint)vSwitch.Vpc >= (uint)model.Vpcs.Count) continue;
                var vpc = model.Vpcs[vSwitch.Vpc];
                // A VPC whose region is unknown and no typo was reported above; judging its zones against nothing
                // would only repeat that finding. An empty zone is TOPO023's; a zone not known at compile time is judged by nothing.
                if (EmptyNameRule.IsEmpty(vSwitch.Zone) || Unknown.Is(vSwitch.Zone) || Unknown.Is(vpc.Region)) continue;
                string? region = RegionCatalog.IntendedRegion(vpc.Region);
                if (region is null) continue;
                string regionText = region == vpc.Region
                    ? "region '" + region + "'"
                    : "region '" + region + "' (VPC '" + vpc.Name + "' has '" + vpc.Region + "', which is no known ID)";

                string? zoneRegion = RegionCatalog.RegionOfZone(vSwitch.Zone);
                if (zoneRegion == null)
                {
                    RegionCatalog.TryGetZones(region, out var zones);
                    string message = "Zone '" + vSwitch.Zone + "' of vSwitch '" + vSwitch.Name + "' is not a known zone ID of " + regionText;
                    findings.Add(WithClosest(vSwitch.ZoneSpan, message, vSwitch.Zone, zones));
                }
                else if (zoneRegion != region)
                {
                    findings.Add(Finding.Create(RuleCatalog.UnknownRegionOrZone, vSwitch.ZoneSpan,
                        "Zone '" + vSwitch.Zone + "' of vSwitch '" + vSwitch.Name + "' is in region '" + zoneRegion
                        + "', not in " + (region == vpc.Region ? "region '" + region + "' of VPC '" + vpc.Name + "'" : regionText)));
                }
            }
        }

        private static Finding UnknownRegion(SourceSpan span, string region, string owner) =>
            WithClosest(span, "Region '" + region + "' of " + owner + " is not a known Alibaba Cloud region ID", region, RegionCatalog.Regions);

        /// <summary>
        /// The finding naming the known ID closest to <paramref name="value"/>, and carrying it for the fix when it is a
        /// likely typo. An empty ID is no typo of anything: the message says only that it is unknown.
        /// </summary>
        private static Finding WithClosest(SourceSpan span, string message, string value, IReadOnlyList<string> known)
        {
            if (string.IsNullOrEmpty(value)) return Finding.Create(RuleCatalog.UnknownRegionOrZone, span, message);
            var closest = NearestName.Closest(value, known);
            if (closest is null) return Finding.Create(RuleCatalog.UnknownRegionOrZone, span, message);
            return Finding.Create(RuleCatalog.UnknownRegionOrZone, span, message + "; the closest known one is '" + closest + "'")
                .With(FindingProperties.KnownId, NearestName.ClosestTypo(value, known));
        }
    }
}
