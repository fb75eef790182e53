using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO009: a VPC connection is intra-region, so a VPC attaches to its CEN's transit router in the VPC's own
    /// region; other regions are reached through inter-region connections between transit routers. Reported on the
    /// Attach call, pointing at the VPC's region. An empty region is left to TOPO020, which reports it as unknown.
    /// The advice never names a region TOPO020 reports as unknown: where the VPC's region is a typo, it says to
    /// correct it (naming the ID it stands for), and where a region is a typo of the other side's, that is the advice.
    /// </summary>
    internal static class CrossRegionAttachmentRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var attachment in model.Attachments)
            {
                if ((uint)attachment.Vpc >= (uint)model.Vpcs.Count) continue;
                if ((uint)attachment.TransitRouter >= (uint)model.TransitRouters.Count) continue;
                var vpc = model.Vpcs[attachment.Vpc];
                var router = model.TransitRouters[attachment.TransitRouter];
                string vpcRegion = vpc.Region ?? "";
                string routerRegion = router.Region ?? "";
                if (Unknown.Is(vpcRegion) || Unknown.Is(routerRegion)) continue;
                if (vpcRegion.Length == 0 || routerRegion.Length == 0 || vpcRegion == routerRegion) continue;

                string cen = (uint)router.Cen < (uint)model.Cens.Count ? model.Cens[router.Cen].Name ?? "" : "";
                findings.Add(Finding.WithRelated(RuleCatalog.CrossRegionAttachment, attachment.Call, vpc.RegionSpan,
                    vpc.Name ?? "", vpcRegion, attachment.Name ?? "", cen, routerRegion, Advice(vpcRegion, routerRegion)));
            }
        }

        private static string Advice(string vpcRegion, string routerRegion)
        {
            string? vpcMeant = RegionCatalog.IntendedRegion(vpcRegion);
            string? routerMeant = RegionCatalog.IntendedRegion(routerRegion);
            if (vpcMeant == vpcRegion)
            {
                return routerMeant == vpcRegion
                    ? "the transit router's region '" + routerRegion + "' is no known region ID: correct it to '" + vpcRegion + "' (TOPO020)"
                    : "attach it to the CEN's transit router in '" + vpcRegion + "'";
            }
            if (vpcMeant is null)
            {
                return "'" + vpcRegion + "' is no known region ID (TOPO020): attach the VPC to the CEN's transit router in its own region";
            }
            return vpcMeant == (routerMeant ?? routerRegion)
                ? "'" + vpcRegion + "' is no known region ID: correct the VPC's region to '" + vpcMeant + "' (TOPO020)"
                : "'" + vpcRegion + "' is no known region ID: correct it (TOPO020; the closest known one is '" + vpcMeant
                    + "'), then attach the VPC to the CEN's transit router in that region";
        }
    }
}
