using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO011: a private-zone account link between an account of the China site and one of the International site.
    /// The cloud associates accounts of one site only, so the link is not made. A RAM-user attempt that also crosses
    /// sites gets this as well as TOPO004: using the root login would still not be enough.
    /// </summary>
    internal static class CrossSiteLinkRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var link in model.AccountLinks)
            {
                if (!AccountLinks.CrossesSites(model, link)) continue;
                var from = model.Accounts[link.Account];
                var to = model.Accounts[link.LinkedAccount];
                findings.Add(Finding.Create(RuleCatalog.CrossSiteLink, link.Call, from.Name, SiteName(from.Site), to.Name, SiteName(to.Site)));
            }
        }

        // The names the cloud's documentation uses ("the China site", "the International site").
        private static string SiteName(SiteKind site) => site == SiteKind.ChinaMainland ? "China" : "International";
    }
}
