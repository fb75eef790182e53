namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// What the writers of each DSL concept share while one topology is exported: the model and its index, the names
    /// handed out, the provider blocks in use, the resource blocks written so far (in topology order), and which
    /// objects became a resource. The names of the objects others refer to are claimed up front, kind by kind in
    /// declaration order, so a reference can be written before the object it names and names do not depend on the
    /// order the writers run in.
    /// </summary>
    internal sealed class TerraformContext
    {
        public TerraformContext(TopologyIndex index)
        {
            Index = index;
            Model = index.Model;
            Providers = new ProviderConfigurations(Model, Names);
            var model = Model;
            Vpcs = Claim("alicloud_vpc", model.Vpcs.Count, i => model.Vpcs[i].Name, "vpc");
            VSwitches = Claim("alicloud_vswitch", model.VSwitches.Count, i => model.VSwitches[i].Name, "vswitch");
            SecurityGroups = Claim("alicloud_security_group", model.SecurityGroups.Count, i => model.SecurityGroups[i].Name, "sg");
            Cens = Claim("alicloud_cen_instance", model.Cens.Count, i => model.Cens[i].Name, "cen");
            Routers = Claim("alicloud_cen_transit_router", model.TransitRouters.Count, RouterName, "tr");
            DefaultTables = new string[Routers.Length];
            for (int i = 0; i < Routers.Length; i++) DefaultTables[i] = "data.alicloud_cen_transit_router_route_tables." + NameOf(Routers[i]);
            CustomTables = Claim("alicloud_cen_transit_router_route_table", model.RouteTables.Count, TableName, "table");
            Attachments = Claim("alicloud_cen_transit_router_vpc_attachment", model.Attachments.Count, i => model.Attachments[i].Name, "attachment");
            AttachmentWritten = new bool[Attachments.Length];
            Connections = Claim("alicloud_cen_transit_router_peer_attachment", model.Connections.Count, i => model.Connections[i].Name, "connection");
            Grants = new string?[model.Grants.Count];
            CustomRoutesOfVpc = new System.Collections.Generic.List<VpcCustomRoute>[model.Vpcs.Count];
            for (int i = 0; i < model.Vpcs.Count; i++) CustomRoutesOfVpc[i] = VpcRouteTable.CustomRoutes(index, i, new System.Collections.Generic.HashSet<Cidr>());
            Zones = Claim("alicloud_pvtz_zone", model.PrivateZones.Count, i => DomainName.Normalize(model.PrivateZones[i].Name), "zone");
        }

        public TopologyIndex Index { get; }

        public TopologyModel Model { get; }

        public TerraformNames Names { get; } = new TerraformNames();

        public ProviderConfigurations Providers { get; }

        /// <summary>The resource and data blocks (and comments in their place), in topology order.</summary>
        public HclDocument Resources { get; } = new HclDocument();

        /// <summary>Resource addresses (<c>type.name</c>) per object, by declaration index.</summary>
        public string[] Vpcs { get; }

        public string[] VSwitches { get; }

        public string[] SecurityGroups { get; }

        public string[] Cens { get; }

        public string[] Routers { get; }

        /// <summary>Per router, the data source that finds its default (system) route table.</summary>
        public string[] DefaultTables { get; }

        /// <summary>Per <see cref="TopologyModel.RouteTables"/> entry; only custom tables become a resource.</summary>
        public string[] CustomTables { get; }

        public string[] Attachments { get; }

        /// <summary>Whether each attachment became a resource (it needs a vSwitch: <c>zone_mappings</c> is required).</summary>
        public bool[] AttachmentWritten { get; }

        public string[] Connections { get; }

        public string[] Zones { get; }

        /// <summary>Per VPC, the custom routes its table holds (<see cref="VpcRouteTable.CustomRoutes"/>): each one route entry.</summary>
        public System.Collections.Generic.List<VpcCustomRoute>[] CustomRoutesOfVpc { get; }

        /// <summary>Each grant's address, once <see cref="GrantResources"/> has written it (before the attachments that depend on it).</summary>
        public string?[] Grants { get; }

        /// <summary>Whether an ECS instance was written: the export then declares the image and instance-type variables.</summary>
        public bool HasInstances { get; set; }

        /// <summary>Whether an inter-region connection was written: the export then declares its bandwidth variable.</summary>
        public bool HasConnections { get; set; }

        /// <summary>A new resource block of <paramref name="type"/> with a name derived from <paramref name="text"/>.</summary>
        public HclBlock Resource(string type, string? text, string fallback) => Resource(Address(type, text, fallback));

        /// <summary>Claims a name for a resource of <paramref name="type"/>; returns its address, <c>type.name</c>.</summary>
        public string Address(string type, string? text, string fallback) => type + "." + Names.Claim(type, text, fallback);

        /// <summary>The block of an object whose name was claimed up front (its address is <c>type.name</c>).</summary>
        public HclBlock Resource(string address)
        {
            int dot = address.IndexOf('.');
            return Resources.Block("resource", address.Substring(0, dot), address.Substring(dot + 1));
        }

        /// <summary>
        /// The ID of a route table of <paramref name="router"/>: the default one (<see cref="TopologyIndex.DefaultTable"/>),
        /// found by its data source, or a custom one.
        /// </summary>
        public string TableId(int router, int table) => table == TopologyIndex.DefaultTable
            ? DefaultTables[router] + ".tables[0].transit_router_route_table_id"
            : CustomTables[table] + ".transit_router_route_table_id";

        /// <summary>The name part of a table's address (<c>cen1_cn_hangzhou</c> for a default table), to start derived names with.</summary>
        public string TableStem(int router, int table)
        {
            return NameOf(table == TopologyIndex.DefaultTable ? DefaultTables[router] : CustomTables[table]);
        }

        /// <summary>The provider managing what a CEN owner does at a router: the CEN's account, the router's region.</summary>
        public string RouterProvider(int router)
        {
            var definition = Model.TransitRouters[router];
            return Providers.Reference(Model.Cens[definition.Cen].Account, definition.Region);
        }

        /// <summary>The provider managing a VPC's resources: its owner, its region.</summary>
        public string VpcProvider(int vpc) => Providers.Reference(Model.Vpcs[vpc].Account, Model.Vpcs[vpc].Region);

        /// <summary>An object's name as it appears in comments: quoted and escaped like an HCL string.</summary>
        public static string Named(string kind, string? name) => kind + " " + HclText.Quote(name);

        /// <summary>The name part of an address: <c>vpc1</c> of <c>alicloud_vpc.vpc1</c> or of <c>data.type.vpc1</c>.</summary>
        public static string NameOf(string address) => address.Substring(address.LastIndexOf('.') + 1);

        public static bool Has(int index, int count) => index >= 0 && index < count;

        private string RouterName(int router)
        {
            var definition = Model.TransitRouters[router];
            return Model.Cens[definition.Cen].Name + "_" + definition.Region;
        }

        private string TableName(int table)
        {
            var definition = Model.RouteTables[table];
            string router = Has(definition.TransitRouter, Model.TransitRouters.Count) ? RouterName(definition.TransitRouter) : "";
            return router + "_" + definition.Name;
        }

        private string[] Claim(string type, int count, System.Func<int, string> name, string fallback)
        {
            var addresses = new string[count];
            for (int i = 0; i < count; i++) addresses[i] = Address(type, name(i), fallback);
            return addresses;
        }
    }
}
