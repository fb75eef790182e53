using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Records DSL calls into a <see cref="TopologyModel"/>. Both front ends drive it: the run-time DSL
    /// (<c>TopologyBuilder</c> and friends) and the compile-time interpreter, so that the meaning of each
    /// call (defaults, derived values, one transit router per CEN and region) is written once.
    /// Never throws on bad values: a missing string is recorded as empty and left to validation.
    /// </summary>
    internal sealed class TopologyModelBuilder
    {
        private readonly List<AccountDefinition> _accounts = new List<AccountDefinition>();
        private readonly List<VpcDefinition> _vpcs = new List<VpcDefinition>();
        private readonly List<VSwitchDefinition> _vSwitches = new List<VSwitchDefinition>();
        private readonly List<EcsDefinition> _instances = new List<EcsDefinition>();
        private readonly List<CenDefinition> _cens = new List<CenDefinition>();
        private readonly List<TransitRouterDefinition> _transitRouters = new List<TransitRouterDefinition>();
        private readonly List<AttachmentDefinition> _attachments = new List<AttachmentDefinition>();
        private readonly List<GrantDefinition> _grants = new List<GrantDefinition>();
        private readonly List<ExpectationDefinition> _expectations = new List<ExpectationDefinition>();
        private readonly List<RamUserDefinition> _ramUsers = new List<RamUserDefinition>();
        private readonly List<PrivateZoneDefinition> _zones = new List<PrivateZoneDefinition>();
        private readonly List<ZoneRecordDefinition> _records = new List<ZoneRecordDefinition>();
        private readonly List<ZoneBindingDefinition> _bindings = new List<ZoneBindingDefinition>();
        private readonly List<AccountLinkDefinition> _links = new List<AccountLinkDefinition>();
        private readonly List<ResolveExpectationDefinition> _resolveExpectations = new List<ResolveExpectationDefinition>();
        private readonly List<RouteTableDefinition> _routeTables = new List<RouteTableDefinition>();
        private readonly Dictionary<string, int> _routeTableByKey = new Dictionary<string, int>();
        private readonly List<TableBindingDefinition> _tableBindings = new List<TableBindingDefinition>();
        private readonly List<StaticRouteDefinition> _staticRoutes = new List<StaticRouteDefinition>();
        private readonly List<VpcRouteDefinition> _vpcRoutes = new List<VpcRouteDefinition>();
        private readonly List<SecurityGroupDefinition> _securityGroups = new List<SecurityGroupDefinition>();
        private readonly List<SecurityGroupRuleDefinition> _securityGroupRules = new List<SecurityGroupRuleDefinition>();
        private readonly List<ConnectionDefinition> _connections = new List<ConnectionDefinition>();

        /// <summary><c>net.Account(name, uid, site)</c>; an argument span left out is the call's (the run time has none).</summary>
        public int AddAccount(string? name, string? uid, SiteKind site, SourceSpan call, SourceSpan nameSpan, SourceSpan uidSpan,
            SourceSpan? siteSpan = null)
        {
            _accounts.Add(new AccountDefinition(name ?? "", uid ?? "", site, call, nameSpan, uidSpan, siteSpan ?? call));
            return _accounts.Count - 1;
        }

        public int AddVpc(int account, string? name, string? region, string? cidr, string? ipv6Cidr,
            SourceSpan call, SourceSpan nameSpan, SourceSpan regionSpan, SourceSpan cidrSpan, SourceSpan ipv6CidrSpan)
        {
            _vpcs.Add(new VpcDefinition(account, name ?? "", region ?? "", cidr ?? "", ipv6Cidr,
                call, nameSpan, regionSpan, cidrSpan, ipv6CidrSpan));
            return _vpcs.Count - 1;
        }

        public int AddVSwitch(int vpc, string? name, string? zone, string? cidr, string? ipv6Cidr,
            SourceSpan call, SourceSpan nameSpan, SourceSpan zoneSpan, SourceSpan cidrSpan, SourceSpan ipv6CidrSpan)
        {
            _vSwitches.Add(new VSwitchDefinition(vpc, name ?? "", zone ?? "", cidr ?? "", ipv6Cidr,
                call, nameSpan, zoneSpan, cidrSpan, ipv6CidrSpan));
            return _vSwitches.Count - 1;
        }

        /// <summary><c>vpc.Ecs(name, ip)</c>, or with a <paramref name="securityGroup"/> (-1 for none) <c>vpc.Ecs(name, ip, securityGroup)</c>.</summary>
        public int AddEcs(int vpc, string? name, string? ip, SourceSpan call, SourceSpan nameSpan, SourceSpan ipSpan, int securityGroup = -1)
        {
            _instances.Add(new EcsDefinition(vpc, name ?? "", ip ?? "", call, nameSpan, ipSpan, securityGroup));
            return _instances.Count - 1;
        }

        /// <summary><c>vpc.SecurityGroup(name, kind)</c>.</summary>
        public int AddSecurityGroup(int vpc, string? name, SecurityGroupType kind, SourceSpan call, SourceSpan nameSpan, SourceSpan? kindSpan = null)
        {
            _securityGroups.Add(new SecurityGroupDefinition(vpc, name ?? "", kind, call, nameSpan, kindSpan ?? call));
            return _securityGroups.Count - 1;
        }

        /// <summary><c>sg.AllowInbound(protocol, sourceCidr, fromPort, toPort)</c>.</summary>
        public void AllowInbound(int securityGroup, ProtocolKind protocol, string? sourceCidr, int fromPort, int toPort, SourceSpan call, SourceSpan sourceCidrSpan,
            SourceSpan? protocolSpan = null, SourceSpan? fromPortSpan = null, SourceSpan? toPortSpan = null)
        {
            _securityGroupRules.Add(new SecurityGroupRuleDefinition(securityGroup, protocol, sourceCidr ?? "", fromPort, toPort, call, sourceCidrSpan,
                protocolSpan ?? call, fromPortSpan ?? call, toPortSpan ?? call));
        }

        /// <summary><c>tr.Connect(peer, name)</c>: an inter-region connection with the console's defaults.</summary>
        public int Connect(int transitRouter, int peer, string? name, SourceSpan call, SourceSpan peerSpan, SourceSpan nameSpan)
        {
            _connections.Add(new ConnectionDefinition(transitRouter, peer, name ?? "", call, peerSpan, nameSpan));
            return _connections.Count - 1;
        }

        public int AddCen(int account, string? name, SourceSpan call, SourceSpan nameSpan)
        {
            _cens.Add(new CenDefinition(account, name ?? "", call, nameSpan));
            return _cens.Count - 1;
        }

        /// <summary>The CEN's transit router in <paramref name="region"/>, created on first use.</summary>
        public int TransitRouter(int cen, string? region, SourceSpan call, SourceSpan regionSpan)
        {
            region ??= "";
            for (int i = 0; i < _transitRouters.Count; i++)
            {
                if (_transitRouters[i].Cen == cen && _transitRouters[i].Region == region) return i;
            }
            _transitRouters.Add(new TransitRouterDefinition(cen, region, call, regionSpan));
            return _transitRouters.Count - 1;
        }

        public int Attach(int transitRouter, int vpc, string? name,
            bool associateWithDefaultRouteTable, bool propagateSystemRoutes, bool autoCreateVpcRoutes, bool routeSynchronization,
            SourceSpan call, SourceSpan vpcSpan, SourceSpan nameSpan)
        {
            _attachments.Add(new AttachmentDefinition(transitRouter, vpc, name ?? "",
                associateWithDefaultRouteTable, propagateSystemRoutes, autoCreateVpcRoutes, routeSynchronization,
                call, vpcSpan, nameSpan));
            return _attachments.Count - 1;
        }

        /// <summary><c>vpc.GrantTo(cen, payer)</c>: the peer account is the CEN's owner, the peer CEN is that CEN.</summary>
        public void GrantTo(int vpc, int cen, PayerKind payer, SourceSpan call, SourceSpan cenSpan, SourceSpan? payerSpan = null)
        {
            var definition = _cens[cen];
            var owner = _accounts[definition.Account];
            _grants.Add(new GrantDefinition(vpc, owner.Uid, definition.Name, payer, cen, call, cenSpan, cenSpan, payerSpan ?? call));
        }

        /// <summary><c>vpc.Grant(peerAccountUid, peerCenId, payer)</c>: the raw values typed in the console.</summary>
        public void Grant(int vpc, string? peerAccountUid, string? peerCenId, PayerKind payer,
            SourceSpan call, SourceSpan peerAccountUidSpan, SourceSpan peerCenSpan, SourceSpan? payerSpan = null)
        {
            _grants.Add(new GrantDefinition(vpc, peerAccountUid ?? "", peerCenId ?? "", payer, -1, call, peerAccountUidSpan, peerCenSpan, payerSpan ?? call));
        }

        public void Expect(ExpectationKind kind, string? from, string? to, SourceSpan call, SourceSpan fromSpan, SourceSpan toSpan)
        {
            _expectations.Add(new ExpectationDefinition(kind, from ?? "", to ?? "", call, fromSpan, toSpan));
        }

        public int AddRamUser(int account, string? name, SourceSpan call, SourceSpan nameSpan)
        {
            _ramUsers.Add(new RamUserDefinition(account, name ?? "", call, nameSpan));
            return _ramUsers.Count - 1;
        }

        public int AddPrivateZone(int account, string? name, SourceSpan call, SourceSpan nameSpan)
        {
            _zones.Add(new PrivateZoneDefinition(account, name ?? "", call, nameSpan));
            return _zones.Count - 1;
        }

        public void AddRecord(int zone, string? name, string? ip, SourceSpan call, SourceSpan nameSpan, SourceSpan ipSpan)
        {
            _records.Add(new ZoneRecordDefinition(zone, name ?? "", ip ?? "", call, nameSpan, ipSpan));
        }

        public void MakeEffectiveIn(int zone, int vpc, SourceSpan call, SourceSpan vpcSpan)
        {
            _bindings.Add(new ZoneBindingDefinition(zone, vpc, call, vpcSpan));
        }

        /// <summary><c>account.LinkAccount(other, login)</c>: a root account, by the email or username typed in.</summary>
        public void LinkAccount(int account, int linkedAccount, string? login, SourceSpan call, SourceSpan targetSpan, SourceSpan loginSpan)
        {
            _links.Add(new AccountLinkDefinition(account, linkedAccount, -1, login ?? "", call, targetSpan, loginSpan));
        }

        /// <summary><c>account.LinkAccount(ramUser)</c>: an attempt with a RAM user's credentials.</summary>
        public void LinkRamUser(int account, int ramUser, SourceSpan call, SourceSpan targetSpan)
        {
            var user = _ramUsers[ramUser];
            _links.Add(new AccountLinkDefinition(account, user.Account, ramUser, user.Name, call, targetSpan, targetSpan));
        }

        public void ExpectResolves(string? fqdn, int vpc, SourceSpan call, SourceSpan fqdnSpan, SourceSpan vpcSpan)
        {
            _resolveExpectations.Add(new ResolveExpectationDefinition(fqdn ?? "", vpc, null, call, fqdnSpan, vpcSpan));
        }

        /// <summary><c>net.ExpectResolves(fqdn, fromVpcName)</c>: the VPC named, looked up when the topology is validated.</summary>
        public void ExpectResolves(string? fqdn, string? vpcName, SourceSpan call, SourceSpan fqdnSpan, SourceSpan vpcSpan)
        {
            _resolveExpectations.Add(new ResolveExpectationDefinition(fqdn ?? "", -1, vpcName ?? "", call, fqdnSpan, vpcSpan));
        }

        /// <summary><c>tr.RouteTable(name)</c>: the router's table of that name, created on first use (<c>default</c> included).</summary>
        public int RouteTable(int transitRouter, string? name, SourceSpan call, SourceSpan nameSpan)
        {
            name ??= "";
            // The router index cannot contain a newline, so the key is unambiguous whatever the name holds.
            string key = transitRouter.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n" + name;
            if (_routeTableByKey.TryGetValue(key, out int existing)) return existing;
            _routeTables.Add(new RouteTableDefinition(transitRouter, name, call, nameSpan));
            _routeTableByKey.Add(key, _routeTables.Count - 1);
            return _routeTables.Count - 1;
        }

        /// <summary><c>attachment.AssociateWith(table)</c>; the last association declared for an attachment is the one in effect.</summary>
        public void AssociateWith(int attachment, int routeTable, SourceSpan call, SourceSpan routeTableSpan)
        {
            _tableBindings.Add(new TableBindingDefinition(TableBindingKind.Association, attachment, routeTable, call, routeTableSpan));
        }

        /// <summary><c>attachment.PropagateTo(table)</c>, in addition to any other propagation.</summary>
        public void PropagateTo(int attachment, int routeTable, SourceSpan call, SourceSpan routeTableSpan)
        {
            _tableBindings.Add(new TableBindingDefinition(TableBindingKind.Propagation, attachment, routeTable, call, routeTableSpan));
        }

        /// <summary><c>table.Route(destination, attachment)</c>, or with <paramref name="attachment"/> -1 <c>table.Blackhole(destination)</c>.</summary>
        public void AddStaticRoute(int routeTable, string? destination, int attachment, SourceSpan call, SourceSpan destinationSpan, SourceSpan attachmentSpan)
        {
            _staticRoutes.Add(new StaticRouteDefinition(routeTable, destination ?? "", attachment, call, destinationSpan, attachmentSpan));
        }

        /// <summary><c>vpc.Route(destination, attachment)</c>: a custom route in the VPC's table.</summary>
        public void AddVpcRoute(int vpc, string? destination, int attachment, SourceSpan call, SourceSpan destinationSpan, SourceSpan attachmentSpan)
        {
            _vpcRoutes.Add(new VpcRouteDefinition(vpc, destination ?? "", attachment, call, destinationSpan, attachmentSpan));
        }

        public string RouteTableName(int routeTable) => _routeTables[routeTable].Name;

        public string RamUserName(int ramUser) => _ramUsers[ramUser].Name;

        public string ZoneName(int zone) => _zones[zone].Name;

        public string AccountName(int account) => _accounts[account].Name;

        public string AccountUid(int account) => _accounts[account].Uid;

        public string VpcRegion(int vpc) => _vpcs[vpc].Region;

        public string VpcCidr(int vpc) => _vpcs[vpc].Cidr;

        public string? VpcIpv6Cidr(int vpc) => _vpcs[vpc].Ipv6Cidr;

        public string VpcName(int vpc) => _vpcs[vpc].Name;

        public string CenName(int cen) => _cens[cen].Name;

        public string AttachmentName(int attachment) => _attachments[attachment].Name;

        public string SecurityGroupName(int securityGroup) => _securityGroups[securityGroup].Name;

        public string ConnectionName(int connection) => _connections[connection].Name;

        public string TransitRouterRegion(int transitRouter) => _transitRouters[transitRouter].Region;

        public TopologyModel Build() => new TopologyModel(
            _accounts.ToEquatableArray(),
            _vpcs.ToEquatableArray(),
            _vSwitches.ToEquatableArray(),
            _instances.ToEquatableArray(),
            _cens.ToEquatableArray(),
            _transitRouters.ToEquatableArray(),
            _attachments.ToEquatableArray(),
            _grants.ToEquatableArray(),
            _expectations.ToEquatableArray(),
            _ramUsers.ToEquatableArray(),
            _zones.ToEquatableArray(),
            _records.ToEquatableArray(),
            _bindings.ToEquatableArray(),
            _links.ToEquatableArray(),
            _resolveExpectations.ToEquatableArray(),
            _routeTables.ToEquatableArray(),
            _tableBindings.ToEquatableArray(),
            _staticRoutes.ToEquatableArray(),
            _vpcRoutes.ToEquatableArray(),
            _securityGroups.ToEquatableArray(),
            _securityGroupRules.ToEquatableArray(),
            _connections.ToEquatableArray());
    }
}
