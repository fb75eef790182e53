namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>account.LinkAccount</c>: "Add Alibaba Cloud Account" by the other root account's email or username cannot be
    /// expressed with the provider: <c>alicloud_pvtz_user_vpc_authorization</c> takes no login, and its only
    /// <c>auth_channel</c> is <c>RESOURCE_DIRECTORY</c> (accounts of one resource directory). So each link is a comment
    /// where it would go, before the zones whose scope needs it, with the resource to use where that channel applies.
    /// A link the cloud refuses (a RAM user, a UID or empty login, across sites: TOPO004, TOPO011) says so instead.
    /// </summary>
    internal static class AccountLinkComments
    {
        public static void Write(TerraformContext context)
        {
            var model = context.Model;
            var uids = AccountLinks.UidOwners(model);
            foreach (var link in model.AccountLinks)
            {
                if (!TerraformContext.Has(link.Account, model.Accounts.Count)) continue;
                string owner = TerraformContext.Named("Account", model.Accounts[link.Account].Name);
                bool linkedKnown = TerraformContext.Has(link.LinkedAccount, model.Accounts.Count);
                string linked = AccountLinks.UsesRamUser(link) && TerraformContext.Has(link.RamUser, model.RamUsers.Count) ? TerraformContext.Named("RAM user", model.RamUsers[link.RamUser].Name)
                    : linkedKnown ? TerraformContext.Named("account", model.Accounts[link.LinkedAccount].Name) : "an account";
                string? refusal = AccountLinks.UsesRamUser(link) ? "it is made with a RAM user, and the cloud links root accounts only (TOPO004)"
                    : AccountLinks.HasEmptyLogin(link) || AccountLinks.UidOwner(model, link, uids) >= 0 ? "the cloud asks for the root account's email or username (TOPO004)"
                    : AccountLinks.CrossesSites(model, link) ? "the accounts are on different sites (TOPO011)"
                    : !linkedKnown || link.Account == link.LinkedAccount ? "it links no other account"
                    : null;
                if (refusal != null)
                {
                    context.Resources.Comment(owner + " links " + linked + " for private zones: left out, " + refusal + ".");
                    continue;
                }

                string uid = model.Accounts[link.LinkedAccount].Uid.Trim();
                string name = context.Names.Claim("alicloud_pvtz_user_vpc_authorization", model.Accounts[link.Account].Name + "_" + model.Accounts[link.LinkedAccount].Name, "link");
                context.Resources.Comment(
                    owner + " links " + linked + " (login " + HclText.Quote(link.Login) + ") for private zones, so that its VPCs may join",
                    "the scope of the zones below. \"Add Alibaba Cloud Account\" by email or username cannot be expressed with the alicloud",
                    "provider: alicloud_pvtz_user_vpc_authorization takes no login, and its only auth_channel is RESOURCE_DIRECTORY.",
                    "Link the account in the console before applying the zone attachments or, where both accounts are in one",
                    "resource directory, use:",
                    "resource \"alicloud_pvtz_user_vpc_authorization\" " + HclText.Quote(name) + " {",
                    "  provider           = " + context.Providers.HomeReference(link.Account),
                    "  authorized_user_id = " + HclText.Quote(uid),
                    "  auth_channel       = \"RESOURCE_DIRECTORY\"",
                    "}");
            }
        }
    }
}
