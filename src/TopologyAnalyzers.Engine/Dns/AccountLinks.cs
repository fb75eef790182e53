using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Which private-zone account links the cloud accepts: made for a root account (not with a RAM user's
    /// credentials), by its email or username (not its UID), between accounts of one site. Only an accepted link lets
    /// the linked account's VPCs into the zone owner's effective scopes. The rules TOPO004 and TOPO011 report the others.
    /// An empty login is no email address or username either: refused too (TOPO004).
    /// </summary>
    internal static class AccountLinks
    {
        public static bool UsesRamUser(AccountLinkDefinition link) => link.RamUser >= 0;

        /// <summary>A root-account link whose login is empty or blank.</summary>
        public static bool HasEmptyLogin(AccountLinkDefinition link) => !UsesRamUser(link) && link.Login.Trim().Length == 0;

        /// <summary>The login is the linked account's UID (or any account's UID): the cloud asks for an email or username.</summary>
        public static bool UsesUid(TopologyModel model, AccountLinkDefinition link) => UidOwner(model, link, UidOwners(model)) >= 0;

        /// <summary>
        /// The account whose UID the link's login is (the linked account where several share it), or -1 (also for RAM-user
        /// links and empty logins). <paramref name="uidOwners"/> comes from <see cref="UidOwners"/>, built once per topology.
        /// </summary>
        public static int UidOwner(TopologyModel model, AccountLinkDefinition link, Dictionary<string, int> uidOwners)
        {
            if (UsesRamUser(link)) return -1;
            string login = link.Login.Trim();
            if (login.Length == 0 || !uidOwners.TryGetValue(login, out int owner)) return -1;
            return Valid(model, link.LinkedAccount) && model.Accounts[link.LinkedAccount].Uid.Trim() == login ? link.LinkedAccount : owner;
        }

        /// <summary>Each (trimmed, non-empty) account UID and the first account that has it.</summary>
        public static Dictionary<string, int> UidOwners(TopologyModel model)
        {
            var owners = new Dictionary<string, int>(System.StringComparer.Ordinal);
            for (int i = 0; i < model.Accounts.Count; i++)
            {
                string uid = model.Accounts[i].Uid.Trim();
                if (uid.Length > 0 && !owners.ContainsKey(uid)) owners.Add(uid, i);
            }
            return owners;
        }

        public static bool CrossesSites(TopologyModel model, AccountLinkDefinition link) =>
            Valid(model, link.Account) && Valid(model, link.LinkedAccount) &&
            model.Accounts[link.Account].Site != model.Accounts[link.LinkedAccount].Site;

        public static bool IsAccepted(TopologyModel model, AccountLinkDefinition link) =>
            IsAccepted(model, link, UidOwners(model));

        /// <summary>Whether VPCs of <paramref name="account"/> may be in the effective scope of zones of <paramref name="zoneOwner"/>.</summary>
        public static bool MayBind(TopologyModel model, int zoneOwner, int account) =>
            zoneOwner == account || AcceptedPairs(model).Contains(Pair(zoneOwner, account));

        /// <summary>
        /// Every (zone owner, linked account) pair of an accepted link, keyed by <see cref="Pair"/>: built once, so
        /// that checking thousands of bindings against thousands of links stays linear.
        /// </summary>
        public static HashSet<long> AcceptedPairs(TopologyModel model)
        {
            var pairs = new HashSet<long>();
            if (model.AccountLinks.Count == 0) return pairs;
            var uids = UidOwners(model);
            foreach (var link in model.AccountLinks)
            {
                if (IsAccepted(model, link, uids)) pairs.Add(Pair(link.Account, link.LinkedAccount));
            }
            return pairs;
        }

        /// <summary><see cref="MayBind(TopologyModel, int, int)"/> with the pairs of <see cref="AcceptedPairs"/> computed once.</summary>
        public static bool MayBind(HashSet<long> acceptedPairs, int zoneOwner, int account) =>
            zoneOwner == account || acceptedPairs.Contains(Pair(zoneOwner, account));

        public static long Pair(int account, int linkedAccount) => ((long)account << 32) | (uint)linkedAccount;

        private static bool IsAccepted(TopologyModel model, AccountLinkDefinition link, Dictionary<string, int> uidOwners) =>
            !UsesRamUser(link) && !HasEmptyLogin(link) && !uidOwners.ContainsKey(link.Login.Trim()) && !CrossesSites(model, link) && link.Account != link.LinkedAccount;

        private static bool Valid(TopologyModel model, int account) => account >= 0 && account < model.Accounts.Count;
    }
}
