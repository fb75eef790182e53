using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO021: a private-zone link to an account that owns no VPC. The cloud wants at least one VPC available for
    /// association in the destination account, and a link without one has nothing to put in any effective scope.
    /// Reported for every link made with a root login, accepted or not; a RAM-user attempt is TOPO004's alone.
    /// </summary>
    internal static class LinkedAccountWithoutVpcRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            if (model.AccountLinks.Count == 0) return;
            var ownsVpc = new bool[model.Accounts.Count];
            foreach (var vpc in model.Vpcs) ownsVpc[vpc.Account] = true;
            foreach (var link in model.AccountLinks)
            {
                if (AccountLinks.UsesRamUser(link) || ownsVpc[link.LinkedAccount]) continue;
                findings.Add(Finding.Create(RuleCatalog.LinkedAccountWithoutVpc, link.Call,
                    model.Accounts[link.Account].Name, model.Accounts[link.LinkedAccount].Name));
            }
        }
    }
}
