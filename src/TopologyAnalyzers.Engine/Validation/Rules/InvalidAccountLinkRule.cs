using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO004: a private-zone account link made with a RAM user's credentials, or with a UID (or nothing) as the
    /// login. The cloud asks for the destination root account's email address or username and refuses the rest, so the
    /// link is not made and the other account's VPCs stay out of the zones' effective scopes.
    /// </summary>
    internal static class InvalidAccountLinkRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            if (model.AccountLinks.Count == 0) return;
            var uidOwners = AccountLinks.UidOwners(model);
            foreach (var link in model.AccountLinks)
            {
                string? how = null;
                if (AccountLinks.UsesRamUser(link))
                {
                    var user = model.RamUsers[link.RamUser];
                    how = "the credentials of RAM user '" + user.Name + "' of account '" + model.Accounts[user.Account].Name + "'";
                }
                else if (AccountLinks.HasEmptyLogin(link))
                {
                    how = "an empty login";
                }
                else if (!Unknown.Is(link.Login))
                {
                    int owner = AccountLinks.UidOwner(model, link, uidOwners);
                    if (owner == link.LinkedAccount) how = "its UID '" + link.Login.Trim() + "'";
                    else if (owner >= 0) how = "the UID '" + link.Login.Trim() + "' of account '" + model.Accounts[owner].Name + "'";
                }
                if (how != null)
                {
                    // A wrong login (empty, a UID) is reported on the login; a RAM-user attempt is wrong as a whole call.
                    findings.Add(Finding.Create(RuleCatalog.InvalidAccountLink, AccountLinks.UsesRamUser(link) ? link.Call : link.LoginSpan,
                        model.Accounts[link.Account].Name, model.Accounts[link.LinkedAccount].Name, how));
                }
            }
        }
    }
}
