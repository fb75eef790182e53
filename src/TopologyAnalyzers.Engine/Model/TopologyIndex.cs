using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Lookups over a <see cref="TopologyModel"/> that the resolver and the validation rules share: each
    /// VPC's vSwitches and attachments, each router's attachments, and every address parsed once.
    /// A block or address that does not parse (or a VPC's or vSwitch's block of the wrong address family) is null here;
    /// validation reports it (TOPO005), resolution skips it.
    /// </summary>
    internal sealed class TopologyIndex
    {
        private readonly List<int>[] _vSwitchesOfVpc;
        private readonly List<int>[] _instancesOfVpc;
        private readonly List<int>[] _attachmentsOfVpc;
        private readonly List<int>[] _attachmentsOfRouter;
        private readonly List<int>[] _customTablesOfRouter;
        private readonly List<int>[] _defaultPropagatorsOfRouter;
        private readonly List<int>[] _propagatorsOfTable;
        private readonly List<int>[] _defaultStaticRoutesOfRouter;
        private readonly List<int>[] _staticRoutesOfTable;
        private readonly List<int>[] _vpcRoutesOfVpc;
        private readonly int[] _associationOfAttachment;
        private readonly List<int>[] _connectionsOfRouter;
        private ResolvedTables? _tables;

        /// <summary>A table reference meaning "the router's default table", whether or not it was asked for by name.</summary>
        public const int DefaultTable = -1;

        /// <summary>A table reference meaning "no table": an attachment with no association.</summary>
        public const int NoTable = -2;

        public TopologyIndex(TopologyModel model)
        {
            Model = model;
            _vSwitchesOfVpc = NewLists(model.Vpcs.Count);
            _instancesOfVpc = NewLists(model.Vpcs.Count);
            _attachmentsOfVpc = NewLists(model.Vpcs.Count);
            _attachmentsOfRouter = NewLists(model.TransitRouters.Count);

            VpcCidrs = new Cidr?[model.Vpcs.Count];
            VpcIpv6Cidrs = new Cidr?[model.Vpcs.Count];
            for (int i = 0; i < model.Vpcs.Count; i++)
            {
                VpcCidrs[i] = Cidr.ParseOrNull(model.Vpcs[i].Cidr, ipv6: false);
                VpcIpv6Cidrs[i] = Cidr.ParseOrNull(model.Vpcs[i].Ipv6Cidr, ipv6: true);
            }

            VSwitchCidrs = new Cidr?[model.VSwitches.Count];
            VSwitchIpv6Cidrs = new Cidr?[model.VSwitches.Count];
            for (int i = 0; i < model.VSwitches.Count; i++)
            {
                var vSwitch = model.VSwitches[i];
                _vSwitchesOfVpc[vSwitch.Vpc].Add(i);
                VSwitchCidrs[i] = Cidr.ParseOrNull(vSwitch.Cidr, ipv6: false);
                VSwitchIpv6Cidrs[i] = Cidr.ParseOrNull(vSwitch.Ipv6Cidr, ipv6: true);
            }

            InstanceAddresses = new IpAddress?[model.Instances.Count];
            for (int i = 0; i < model.Instances.Count; i++)
            {
                _instancesOfVpc[model.Instances[i].Vpc].Add(i);
                InstanceAddresses[i] = IpAddress.TryParse(model.Instances[i].Ip, out var address) ? address : (IpAddress?)null;
            }

            for (int i = 0; i < model.Attachments.Count; i++)
            {
                var attachment = model.Attachments[i];
                _attachmentsOfVpc[attachment.Vpc].Add(i);
                _attachmentsOfRouter[attachment.TransitRouter].Add(i);
            }

            _customTablesOfRouter = NewLists(model.TransitRouters.Count);
            _propagatorsOfTable = NewLists(model.RouteTables.Count);
            _staticRoutesOfTable = NewLists(model.RouteTables.Count);
            _defaultStaticRoutesOfRouter = NewLists(model.TransitRouters.Count);
            _defaultPropagatorsOfRouter = NewLists(model.TransitRouters.Count);
            _vpcRoutesOfVpc = NewLists(model.Vpcs.Count);
            for (int i = 0; i < model.RouteTables.Count; i++)
            {
                var table = model.RouteTables[i];
                if (!table.IsDefault && IsIndex(table.TransitRouter, model.TransitRouters.Count)) _customTablesOfRouter[table.TransitRouter].Add(i);
            }

            _associationOfAttachment = new int[model.Attachments.Count];
            var propagatesToDefault = new bool[model.Attachments.Count];
            for (int i = 0; i < model.Attachments.Count; i++)
            {
                _associationOfAttachment[i] = model.Attachments[i].AssociateWithDefaultRouteTable ? DefaultTable : NoTable;
                propagatesToDefault[i] = model.Attachments[i].PropagateSystemRoutes;
            }
            // Bindings in declaration order: a later association replaces an earlier one (and the default one).
            foreach (var binding in model.TableBindings)
            {
                int table = TableOf(binding.RouteTable, binding.Attachment);
                if (table == NoTable) continue;
                if (binding.Kind == TableBindingKind.Association) _associationOfAttachment[binding.Attachment] = table;
                else if (table == DefaultTable) propagatesToDefault[binding.Attachment] = true;
                else _propagatorsOfTable[table].Add(binding.Attachment);
            }
            for (int i = 0; i < model.Attachments.Count; i++)
            {
                if (propagatesToDefault[i]) _defaultPropagatorsOfRouter[model.Attachments[i].TransitRouter].Add(i);
            }
            // Propagators in attachment declaration order, once each: the first declared wins a conflict.
            foreach (var propagators in _propagatorsOfTable)
            {
                propagators.Sort();
                for (int i = propagators.Count - 1; i > 0; i--)
                {
                    if (propagators[i] == propagators[i - 1]) propagators.RemoveAt(i);
                }
            }

            StaticRouteDestinations = new Cidr?[model.StaticRoutes.Count];
            for (int i = 0; i < model.StaticRoutes.Count; i++)
            {
                var route = model.StaticRoutes[i];
                StaticRouteDestinations[i] = ParseOrNull(route.Destination);
                if (!IsIndex(route.RouteTable, model.RouteTables.Count)) continue;
                var table = model.RouteTables[route.RouteTable];
                if (!IsIndex(table.TransitRouter, model.TransitRouters.Count)) continue;
                // A next hop must be an attachment of the table's own router; the cloud offers no other.
                if (!route.IsBlackhole && (!IsIndex(route.Attachment, model.Attachments.Count)
                    || model.Attachments[route.Attachment].TransitRouter != table.TransitRouter)) continue;
                if (table.IsDefault) _defaultStaticRoutesOfRouter[table.TransitRouter].Add(i);
                else _staticRoutesOfTable[route.RouteTable].Add(i);
            }

            // An inter-region connection joins two different routers of one CEN; the cloud offers no other.
            _connectionsOfRouter = NewLists(model.TransitRouters.Count);
            for (int i = 0; i < model.Connections.Count; i++)
            {
                var connection = model.Connections[i];
                if (!IsIndex(connection.TransitRouter, model.TransitRouters.Count) || !IsIndex(connection.Peer, model.TransitRouters.Count)) continue;
                if (connection.TransitRouter == connection.Peer
                    || model.TransitRouters[connection.TransitRouter].Cen != model.TransitRouters[connection.Peer].Cen) continue;
                _connectionsOfRouter[connection.TransitRouter].Add(i);
                _connectionsOfRouter[connection.Peer].Add(i);
            }

            VpcRouteDestinations = new Cidr?[model.VpcRoutes.Count];
            for (int i = 0; i < model.VpcRoutes.Count; i++)
            {
                var route = model.VpcRoutes[i];
                VpcRouteDestinations[i] = ParseOrNull(route.Destination);
                if (IsIndex(route.Vpc, model.Vpcs.Count) && IsIndex(route.Attachment, model.Attachments.Count)) _vpcRoutesOfVpc[route.Vpc].Add(i);
            }
        }

        public TopologyModel Model { get; }

        /// <summary>The topology's route tables, each resolved once on first use.</summary>
        public ResolvedTables Tables => _tables ??= new ResolvedTables(this);

        public Cidr?[] VpcCidrs { get; }

        public Cidr?[] VpcIpv6Cidrs { get; }

        public Cidr?[] VSwitchCidrs { get; }

        public Cidr?[] VSwitchIpv6Cidrs { get; }

        public IpAddress?[] InstanceAddresses { get; }

        public IReadOnlyList<int> VSwitchesOf(int vpc) => _vSwitchesOfVpc[vpc];

        public IReadOnlyList<int> InstancesOf(int vpc) => _instancesOfVpc[vpc];

        public IReadOnlyList<int> AttachmentsOf(int vpc) => _attachmentsOfVpc[vpc];

        public IReadOnlyList<int> AttachmentsOn(int transitRouter) => _attachmentsOfRouter[transitRouter];

        /// <summary>Parsed <see cref="StaticRouteDefinition.Destination"/>s, null where malformed.</summary>
        public Cidr?[] StaticRouteDestinations { get; }

        /// <summary>Parsed <see cref="VpcRouteDefinition.Destination"/>s, null where malformed.</summary>
        public Cidr?[] VpcRouteDestinations { get; }

        /// <summary>The router's custom tables (indexes into <see cref="TopologyModel.RouteTables"/>), in declaration order.</summary>
        public IReadOnlyList<int> CustomTablesOf(int transitRouter) => _customTablesOfRouter[transitRouter];

        /// <summary>
        /// The table that forwards traffic coming in from <paramref name="attachment"/>: <see cref="DefaultTable"/>,
        /// a custom table's index, or <see cref="NoTable"/> (the traffic is dropped).
        /// </summary>
        public int AssociationOf(int attachment) => _associationOfAttachment[attachment];

        /// <summary>The attachments propagating into a table of the router (<see cref="DefaultTable"/> or a custom table), in declaration order.</summary>
        public IReadOnlyList<int> PropagatorsOf(int transitRouter, int table) =>
            table == DefaultTable ? _defaultPropagatorsOfRouter[transitRouter] : _propagatorsOfTable[table];

        /// <summary>The static routes (indexes into <see cref="TopologyModel.StaticRoutes"/>) of a table of the router, in declaration order.</summary>
        public IReadOnlyList<int> StaticRoutesOf(int transitRouter, int table) =>
            table == DefaultTable ? _defaultStaticRoutesOfRouter[transitRouter] : _staticRoutesOfTable[table];

        /// <summary>The inter-region connections (indexes into <see cref="TopologyModel.Connections"/>) with either end at the router, in declaration order.</summary>
        public IReadOnlyList<int> ConnectionsOf(int transitRouter) => _connectionsOfRouter[transitRouter];

        /// <summary>The router at the other end of <paramref name="connection"/>, seen from <paramref name="transitRouter"/>.</summary>
        public int PeerOf(int connection, int transitRouter)
        {
            var definition = Model.Connections[connection];
            return definition.TransitRouter == transitRouter ? definition.Peer : definition.TransitRouter;
        }

        /// <summary>The custom routes declared with <c>vpc.Route</c> (indexes into <see cref="TopologyModel.VpcRoutes"/>), in declaration order.</summary>
        public IReadOnlyList<int> VpcRoutesOf(int vpc) => _vpcRoutesOfVpc[vpc];

        /// <summary>
        /// The call that makes <paramref name="attachment"/> propagate into <paramref name="table"/> (<see cref="DefaultTable"/>
        /// or a custom table of its router): the <c>Attach</c> call when its "Propagate System Routes to Default Route Table"
        /// switch does it, else the first <c>PropagateTo</c> call binding it there; <see cref="SourceSpan.None"/> when it
        /// does not propagate there.
        /// </summary>
        public SourceSpan PropagationCallOf(int attachment, int table)
        {
            var model = Model;
            if (!IsIndex(attachment, model.Attachments.Count)) return SourceSpan.None;
            var definition = model.Attachments[attachment];
            if (table == DefaultTable && definition.PropagateSystemRoutes) return definition.Call;
            foreach (var binding in model.TableBindings)
            {
                if (binding.Kind == TableBindingKind.Propagation && binding.Attachment == attachment
                    && TableOf(binding.RouteTable, attachment) == table) return binding.Call;
            }
            return SourceSpan.None;
        }

        /// <summary>
        /// The table reference a binding of <paramref name="attachment"/> to <paramref name="routeTable"/> means, or
        /// <see cref="NoTable"/> when it cannot hold (a table of another router: the cloud offers only the router's own).
        /// </summary>
        private int TableOf(int routeTable, int attachment)
        {
            var model = Model;
            if (!IsIndex(routeTable, model.RouteTables.Count) || !IsIndex(attachment, model.Attachments.Count)) return NoTable;
            var table = model.RouteTables[routeTable];
            if (table.TransitRouter != model.Attachments[attachment].TransitRouter) return NoTable;
            return table.IsDefault ? DefaultTable : routeTable;
        }

        private static bool IsIndex(int index, int count) => index >= 0 && index < count;

        private static Cidr? ParseOrNull(string? text) =>
            text != null && Cidr.TryParse(text, out var cidr) ? cidr : (Cidr?)null;

        private static List<int>[] NewLists(int count)
        {
            var lists = new List<int>[count];
            for (int i = 0; i < count; i++) lists[i] = new List<int>();
            return lists;
        }
    }
}
