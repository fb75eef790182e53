namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>Topology sources the generator tests share; each is checked for generated == run time.</summary>
    internal static class Topologies
    {
        /// <summary>The seed scenario of SPEC section 2, in a namespace.</summary>
        public const string Seed = """
            using TopologyAnalyzers;

            namespace Seed
            {
                public static partial class CrossAccountVpcs
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", uid: "1000000000000001");
                        var b = net.Account("B", uid: "2000000000000002");

                        var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24")
                            .Ecs("ECS1", "10.0.0.1");
                        var vpc2 = a.Vpc("VPC2", "ap-southeast-1", "172.16.0.0/16")
                            .VSwitch("vsw2-a", "ap-southeast-1a", "172.16.0.0/24")
                            .VSwitch("vsw2-b", "ap-southeast-1b", "172.16.1.0/24")
                            .Ecs("ECS2", "172.16.0.1");
                        var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16")
                            .VSwitch("vsw3-a", "ap-southeast-1a", "192.168.0.0/24")
                            .VSwitch("vsw3-b", "ap-southeast-1b", "192.168.1.0/24")
                            .Ecs("ECS3", "192.168.0.1");

                        var cen1 = a.Cen("CEN1");
                        var tr = cen1.TransitRouter("ap-southeast-1");
                        tr.Attach(vpc1, "attach1");
                        tr.Attach(vpc2, "attach2");

                        vpc3.GrantTo(cen1, Payer.CenOwner);
                        tr.Attach(vpc3, "attach3");

                        net.ExpectReachable("ECS3", "ECS1");
                    }
                }
            }
            """;

        /// <summary>One VPC attached to one router, in the global namespace.</summary>
        public const string Small = """
            using TopologyAnalyzers;

            public static partial class Small
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw-j", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw-k", "cn-hangzhou-k", "10.1.1.0/24");
                    a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "attach1");
                }
            }
            """;

        /// <summary>
        /// Everything the interpreter evaluates besides plain literals: const fields of another class, const
        /// locals, concatenation, constant interpolation, nameof, named arguments out of order, optional arguments
        /// switched off, reassigned locals, discards, the Name property, two CENs and two regions.
        /// </summary>
        public const string Constants = """
            using TopologyAnalyzers;

            namespace Corp.Network
            {
                internal static class Regions
                {
                    public const string Hangzhou = "cn-hangzhou";
                    public const string Prefix = "10.20";
                }

                internal partial class Outer
                {
                    internal static partial class Constants
                    {
                        private const string Uid = "1000000000000001";

                        [NetworkTopology]
                        internal static void Define(TopologyBuilder net)
                        {
                            const string zone = Regions.Hangzhou + "-j";
                            var account = net.Account(nameof(Constants), uid: Uid, site: Site.ChinaMainland);
                            Vpc vpc;
                            vpc = account.Vpc(name: "app", cidr: Regions.Prefix + ".0.0/16", region: Regions.Hangzhou);
                            vpc = vpc.VSwitch("app-j", zone, $"{Regions.Prefix}.1.0/24")
                                     .VSwitch("app-k", Regions.Hangzhou + "-k", Regions.Prefix + ".2.0/24");
                            var data = account.Vpc("data", Regions.Hangzhou, "192.168.0.0/16")
                                .VSwitch("data-j", zone, "192.168.1.0/24")
                                .VSwitch("data-k", Regions.Hangzhou + "-k", "192.168.2.0/24");
                            var cen = account.Cen("CEN-" + vpc.Name);
                            var router = cen.TransitRouter(Regions.Hangzhou);
                            router.Attach(vpc, $"{vpc.Name}-attachment", autoCreateVpcRoutes: false);
                            _ = router.Attach(name: "data-attachment", vpc: data, propagateSystemRoutes: false);
                            account.Cen("CEN2").TransitRouter("cn-shanghai");
                        }
                    }
                }
            }
            """;

        /// <summary>Names that must be escaped or renamed in generated code: quotes, line breaks, comment ends, keywords, collisions.</summary>
        public const string Escaping = """
            using TopologyAnalyzers;

            public partial class Escaping
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A \"quoted\"", "1000000000000001");
                    a.Vpc("class", "cn-hangzhou", "10.1.0.0/16").VSwitch("s1", "cn-hangzhou-j", "10.1.0.0/24");
                    a.Vpc("a-b", "cn-hangzhou", "10.2.0.0/16").VSwitch("s2", "cn-hangzhou-j", "10.2.0.0/24");
                    a.Vpc("a_b", "cn-hangzhou", "10.3.0.0/16");
                    a.Vpc("Count", "cn-hangzhou", "10.4.0.0/16");
                    a.Vpc("DefineRouteTables", "cn-hangzhou", "10.5.0.0/16");
                    a.Vpc("7up", "cn-hangzhou", "10.6.0.0/16");
                    a.Vpc("", "cn-hangzhou", "10.7.0.0/16");
                    var odd = a.Vpc("line\nbreak */ \"q\" | pipe \\ back", "cn-hangzhou", "10.8.0.0/16")
                        .VSwitch("s8", "cn-hangzhou-j", "10.8.0.0/24");
                    a.Cen("CEN \"1\"").TransitRouter("cn-hangzhou").Attach(odd, "attach \"x\" | y\r\n*/");
                }
            }
            """;

        /// <summary>
        /// Security groups, an inter-region connection, a custom table and a blackhole, with expectations that all hold:
        /// every way a ping goes through or is dropped, written with the calls the interpreter must understand.
        /// </summary>
        public const string Tracing = """
            using TopologyAnalyzers;

            public static partial class Tracing
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var web = a.Vpc("WEB", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("web-j", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("web-k", "cn-hangzhou-k", "10.1.1.0/24");
                    var open = web.SecurityGroup("sg-open").AllowInbound(Protocol.Icmp, "10.0.0.0/8");
                    var shut = web.SecurityGroup(name: "sg-shut", kind: SecurityGroupKind.Enterprise)
                        .AllowInbound(Protocol.Tcp, "0.0.0.0/0", fromPort: 443, toPort: 443);
                    web.Ecs("WEB1", "10.1.0.1", open).Ecs("WEB2", "10.1.1.1", shut).Ecs("WEB3", "10.1.1.2", open);
                    var db = a.Vpc("DB", "ap-southeast-1", "10.2.0.0/16")
                        .VSwitch("db-a", "ap-southeast-1a", "10.2.0.0/24")
                        .VSwitch("db-b", "ap-southeast-1b", "10.2.1.0/24")
                        .Ecs("DB1", "10.2.0.1").Ecs("DB2", "10.2.1.1");
                    var cen = a.Cen("CEN1");
                    var hz = cen.TransitRouter("cn-hangzhou");
                    var sg = cen.TransitRouter("ap-southeast-1");
                    hz.Connect(sg, "hz-sg");
                    hz.Attach(web, "attach-web");
                    sg.Attach(db, "attach-db");
                    hz.RouteTable("default").Blackhole("10.2.1.0/24");

                    net.ExpectReachable("DB1", "WEB1").ExpectReachable("WEB1", "DB1").ExpectReachable("WEB3", "WEB1")
                        .ExpectIsolated("DB1", "WEB2").ExpectIsolated("WEB1", "DB2").ExpectIsolated("10.1.1.2", "10.1.1.1");
                }
            }
            """;

        /// <summary>Every public DSL method and overload, once (see EveryDslCallTests).</summary>
        public const string EveryCall = """
            using TopologyAnalyzers;

            public static partial class EveryCall
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001", Site.International);
                    var b = net.Account("B", "2000000000000002");
                    var ops = b.RamUser("ops");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", ipv6Cidr: "2408:4005:300::/56")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24", "2408:4005:300::/64")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24")
                        .Ecs("ECS1", "10.0.0.1");
                    var web = vpc1.SecurityGroup("sg-web", SecurityGroupKind.Enterprise).AllowInbound(Protocol.Icmp, "10.0.0.0/16");
                    vpc1.Ecs("WEB1", "10.0.1.10", web);
                    var vpc2 = b.Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16")
                        .VSwitch("vsw2-a", "ap-southeast-1a", "10.1.0.0/24")
                        .VSwitch("vsw2-b", "ap-southeast-1b", "10.1.1.0/24")
                        .Ecs("ECS2", "10.1.0.1");
                    var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "10.2.0.0/16")
                        .VSwitch("vsw3-a", "ap-southeast-1a", "10.2.0.0/24")
                        .VSwitch("vsw3-b", "ap-southeast-1b", "10.2.1.0/24");

                    var cen = a.Cen("CEN1");
                    vpc2.GrantTo(cen, Payer.CenOwner);
                    vpc3.Grant("1000000000000001", "CEN1", Payer.VpcOwner);
                    var hz = cen.TransitRouter("cn-hangzhou");
                    var sg = cen.TransitRouter("ap-southeast-1");
                    hz.Connect(sg, "hz-sg");
                    var attach1 = hz.Attach(vpc1, "attach1", routeSynchronization: true);
                    vpc1.Route("::/0", attach1);
                    var attach2 = sg.Attach(vpc2, "attach2");
                    var attach3 = sg.Attach(vpc3, "attach3", associateWithDefaultRouteTable: false);
                    var quiet = sg.RouteTable("quiet").Route("10.1.0.0/16", attach2).Blackhole("10.9.0.0/16");
                    attach3.AssociateWith(quiet).PropagateTo(quiet);

                    var zone = a.PrivateZone("corp.internal").Record("db", "10.0.0.1").EffectiveIn(vpc1);
                    a.LinkAccount(b, "b-root@example.com");
                    b.LinkAccount(ops);   // the one mistake: the cloud takes no RAM user here (TOPO004)
                    zone.EffectiveIn(vpc2);

                    net.ExpectReachable("ECS2", "ECS1").ExpectIsolated("ECS2", "WEB1").ExpectResolves("db.corp.internal", vpc1)
                        .ExpectResolves("db.corp.internal", "VPC2");
                }
            }
            """;
    }
}
