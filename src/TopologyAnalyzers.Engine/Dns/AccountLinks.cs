namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Which private-zone account links the cloud accepts: made for a root account (not with a RAM user's
    /// credentials), by its email or username (not its UID), between accounts of one site. Only an accepted link lets
    /// the linked account's VPCs into the zone owner's effective scopes. The rules TOPO004 and TOPO011 report the others.
    /// </summary>
    internal static class AccountLinks
    {
        public static bool UsesRamUser(AccountLinkDefinition link) => link.RamUser >= 0;

        /// <summary>The login is the linked account's UID (or any account's UID): the cloud asks for an email or username.</summary>
        public static bool UsesUid(TopologyModel model, AccountLinkDefinition link)
        {
            if (UsesRamUser(link) || link.Login.Length == 0) return false;
            foreach (var account in model.Accounts)
            {
                if (account.Uid.Length > 0 && account.Uid == link.Login.Trim()) return true;
            }
            return false;
        }

        public static bool CrossesSites(TopologyModel model, AccountLinkDefinition link) =>
            model.Accounts[link.Account].Site != model.Accounts[link.LinkedAccount].Site;

        public static bool IsAccepted(TopologyModel model, AccountLinkDefinition link) =>
            !UsesRamUser(link) && !UsesUid(model, link) && !CrossesSites(model, link) && link.Account != link.LinkedAccount;

        /// <summary>Whether VPCs of <paramref name="account"/> may be in the effective scope of zones of <paramref name="zoneOwner"/>.</summary>
        public static bool MayBind(TopologyModel model, int zoneOwner, int account)
        {
            if (zoneOwner == account) return true;
            foreach (var link in model.AccountLinks)
            {
                if (link.Account == zoneOwner && link.LinkedAccount == account && IsAccepted(model, link)) return true;
            }
            return false;
        }
    }
}
