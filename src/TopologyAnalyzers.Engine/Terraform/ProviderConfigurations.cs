using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// The <c>provider "alicloud"</c> blocks: no alicloud resource takes a region, so each (account, region) pair that
    /// manages something gets its own block with an alias, and every resource names it. Each account that has one gets
    /// three variables: an AccessKey pair (null: the provider's usual credential chain, such as environment variables) and
    /// a RAM role ARN to assume (null: none), so either the account's own keys or a role in it can be used. Global
    /// resources (CEN instances, private zones) use their owner's home region (<see cref="HomeRegion"/>).
    /// </summary>
    internal sealed class ProviderConfigurations
    {
        private readonly TopologyModel _model;
        private readonly TerraformNames _names;
        private readonly string[] _accounts;
        private readonly string? _topologyRegion;
        private readonly string?[] _homeRegions;
        private readonly Dictionary<string, string> _aliases = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly List<(int Account, string? Region, string Alias)> _used = new List<(int, string?, string)>();

        public ProviderConfigurations(TopologyModel model, TerraformNames names)
        {
            _model = model;
            _names = names;
            _accounts = new string[model.Accounts.Count];
            for (int i = 0; i < _accounts.Length; i++) _accounts[i] = names.Claim("account", model.Accounts[i].Name, "account");

            _homeRegions = new string?[model.Accounts.Count];
            foreach (var vpc in model.Vpcs)
            {
                _topologyRegion ??= vpc.Region;
                if (Has(vpc.Account, _homeRegions.Length)) _homeRegions[vpc.Account] ??= vpc.Region;
            }
            foreach (var router in model.TransitRouters)
            {
                _topologyRegion ??= router.Region;
                if (Has(router.Cen, model.Cens.Count) && Has(model.Cens[router.Cen].Account, _homeRegions.Length))
                {
                    _homeRegions[model.Cens[router.Cen].Account] ??= router.Region;
                }
            }
        }

        /// <summary>
        /// Where an account's global resources are made: the region of its first VPC, else of its first CEN's first transit
        /// router, else the topology's first region; null (the provider's default region) in a topology without regions.
        /// </summary>
        public string? HomeRegion(int account) => _homeRegions[account] ?? _topologyRegion;

        /// <summary>The <c>provider</c> argument of a resource of <paramref name="account"/> in <paramref name="region"/>.</summary>
        public string Reference(int account, string? region)
        {
            string key = account.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + region;
            if (!_aliases.TryGetValue(key, out var alias))
            {
                alias = _names.Claim("provider", region == null ? _accounts[account] : _accounts[account] + "_" + region, "account");
                _aliases.Add(key, alias);
                _used.Add((account, region, alias));
            }
            return "alicloud." + alias;
        }

        /// <summary>The provider of an account's global resources.</summary>
        public string HomeReference(int account) => Reference(account, HomeRegion(account));

        /// <summary>The credential variables of every account with a provider block, in account declaration order.</summary>
        public void WriteVariables(HclDocument document)
        {
            var declared = new HashSet<int>();
            foreach (int i in Order())
            {
                if (declared.Add(_used[i].Account)) WriteVariables(document, _used[i].Account);
            }
        }

        /// <summary>The provider blocks, account by account in declaration order, each account's regions in the order first used.</summary>
        public void WriteProviders(HclDocument document)
        {
            foreach (int i in Order()) WriteProvider(document, _used[i].Account, _used[i].Region, _used[i].Alias);
        }

        private List<int> Order()
        {
            var order = new List<int>();
            for (int i = 0; i < _used.Count; i++) order.Add(i);
            order.Sort((x, y) => _used[x].Account != _used[y].Account ? _used[x].Account.CompareTo(_used[y].Account) : x.CompareTo(y));
            return order;
        }

        private void WriteVariables(HclDocument document, int account)
        {
            string owner = Describe(account);
            string name = _accounts[account];
            document.Block("variable", name + "_access_key")
                .String("description", "AccessKey ID of " + owner + ", or of the identity that assumes " + name + "_role_arn; null to use the provider's default credentials (environment, profile)")
                .Set("type", "string").Set("default", "null").Bool("sensitive", true);
            document.Block("variable", name + "_secret_key")
                .String("description", "AccessKey secret of " + owner + ", or of the identity that assumes " + name + "_role_arn; null to use the provider's default credentials")
                .Set("type", "string").Set("default", "null").Bool("sensitive", true);
            string uid = _model.Accounts[account].Uid.Trim();
            document.Block("variable", name + "_role_arn")
                .String("description", "RAM role of " + owner + " to assume, such as acs:ram::" + (uid.Length > 0 ? uid : "<uid>") + ":role/<name>; null to use the credentials as they are")
                .Set("type", "string").Set("default", "null");
        }

        private void WriteProvider(HclDocument document, int account, string? region, string alias)
        {
            var definition = _model.Accounts[account];
            string name = _accounts[account];
            var provider = document.Block("provider", "alicloud")
                .Above("Account " + HclText.Quote(definition.Name) + (region == null ? ", the provider's default region" : ", " + region))
                .String("alias", alias);
            if (region != null) provider.String("region", region);
            provider.Set("access_key", "var." + name + "_access_key").Set("secret_key", "var." + name + "_secret_key");
            string uid = definition.Uid.Trim();
            if (uid.Length > 0) provider.String("account_id", uid);
            string? accountType = definition.Site == SiteKind.ChinaMainland ? "Domestic" : definition.Site == SiteKind.International ? "International" : null;
            if (accountType != null) provider.String("account_type", accountType);
            string role = "var." + name + "_role_arn";
            provider.Nested("dynamic", "assume_role")
                .Set("for_each", role + " == null ? [] : [" + role + "]")
                .Nested("content").Set("role_arn", "assume_role.value");
        }

        private string Describe(int account)
        {
            var definition = _model.Accounts[account];
            string uid = definition.Uid.Trim();
            return "account '" + definition.Name + "'" + (uid.Length > 0 ? " (UID " + uid + ")" : "");
        }

        private static bool Has(int index, int count) => index >= 0 && index < count;
    }
}
