using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO026: a VPC route or a transit-router route or binding the cloud refuses, which the tables leave out: reported
    /// on the refused destination, attachment or table argument, saying which rule of the cloud it breaks.
    /// </summary>
    public class RefusedRouteOrBindingTests
    {
        /// <summary>Three VPCs, two attached in cn-hangzhou and one in cn-shanghai, to one CEN's two routers.</summary>
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
                    var vpcSh = a.Vpc("VPC-SH", "cn-shanghai", "10.2.0.0/16")
                        .VSwitch("vsw-sh-e", "cn-shanghai-e", "10.2.0.0/24")
                        .VSwitch("vsw-sh-f", "cn-shanghai-f", "10.2.1.0/24");
                    var cen = a.Cen("CEN1");
                    var hz = cen.TransitRouter("cn-hangzhou");
                    var sh = cen.TransitRouter("cn-shanghai");
                    var attach1 = hz.Attach(vpc1, "attach1");
                    var attach2 = hz.Attach(vpc2, "attach2");
                    var attachSh = sh.Attach(vpcSh, "attach-sh");

            """;

        private const string Footer = """

                }
            }
            """;

        /// <summary>The header with vsw1-j's block marked as location 1 (the system route a refused route points at).</summary>
        private static readonly string HeaderWithSystemRoute = Header.Replace("\"10.0.0.0/24\"", "{|#1:\"10.0.0.0/24\"|}");

        private const string Hangzhou = "the transit router of CEN 'CEN1' in 'cn-hangzhou'";
        private const string Shanghai = "the transit router of CEN 'CEN1' in 'cn-shanghai'";
        private const string LeftOutOfVpcTable = "; it is left out of the VPC's route table";

        private static DiagnosticResult Refused(int location, string what, string why) =>
            new DiagnosticResult("TOPO026", DiagnosticSeverity.Error).WithLocation(location).WithArguments(what, why);

        private static DiagnosticResult Refused(int location, int related, string what, string why) =>
            Refused(location, what, why).WithLocation(related);

        [Fact]
        public async Task A_vpc_route_more_specific_than_a_system_route_is_reported_on_its_destination()
        {
            await AnalyzerTest.VerifyAsync(HeaderWithSystemRoute + """
                        vpc1.Route({|#0:"10.0.0.128/25"|}, attach1);
                """ + Footer,
                Refused(0, 1, "Custom route 10.0.0.128/25 of VPC 'VPC1' (next hop 'attach1')",
                    "it is more specific than the system route 10.0.0.0/24 of vSwitch 'vsw1-j'" + LeftOutOfVpcTable));
        }

        [Fact]
        public async Task A_vpc_route_equal_to_the_cloud_service_route_is_refused_and_a_more_specific_one_is_kept()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc1.Route({|#0:"100.64.0.0/10"|}, attach1);
                        vpc1.Route("100.118.28.0/24", attach1);
                        vpc1.Route("100.0.0.0/9", attach1);   // holds the cloud-service block: only equality counts
                """ + Footer,
                Refused(0, "Custom route 100.64.0.0/10 of VPC 'VPC1' (next hop 'attach1')",
                    "it equals the system route 100.64.0.0/10 every VPC keeps for Alibaba Cloud services (a more specific route, "
                        + "such as 100.118.28.0/24, is allowed)" + LeftOutOfVpcTable));
        }

        [Fact]
        public void The_table_keeps_routes_more_specific_than_the_cloud_service_route_and_leaves_out_the_equal_one()
        {
            var run = GeneratorRun.Run(Header + """
                        vpc1.Route("100.64.0.0/10", attach1).Route("100.118.28.0/24", attach1);
                """ + Footer);
            var assembly = run.Load();
            var topology = GeneratorRun.BuildAtRunTime(assembly, "Net");

            var custom = topology.RouteTables.ForVpc("VPC1").Routes.Where(r => r.Type == RouteType.Custom).Select(r => r.Destination).ToList();
            Assert.Contains("100.118.28.0/24", custom);
            Assert.DoesNotContain("100.64.0.0/10", custom);
            // The generated tables agree.
            Assert.Equal(topology.RouteTables.ToMarkdown(), GeneratorRun.GeneratedTables(assembly, "Net").ToMarkdown());
            Assert.Single(topology.Diagnostics, d => d.Id == "TOPO026" && d.Message.StartsWith("Custom route 100.64.0.0/10 of VPC 'VPC1'"));
        }

        [Fact]
        public void A_transit_router_route_equal_to_the_cloud_service_route_is_not_synchronized_into_the_vpc()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                    .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                    .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                    .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                tr.Attach(vpc1, "attach1", routeSynchronization: true);
                var attach2 = tr.Attach(vpc2, "attach2");
                tr.RouteTable("default").Route("100.64.0.0/10", attach2).Route("100.118.28.0/24", attach2);
            });

            var synchronized = topology.RouteTables.ForVpc("VPC1").Routes.Where(r => r.Type == RouteType.TransitRouter).Select(r => r.Destination);
            Assert.Contains("100.118.28.0/24", synchronized);
            Assert.DoesNotContain("100.64.0.0/10", synchronized);
        }

        [Fact]
        public async Task A_vpc_route_equal_to_a_system_route_is_reported_once_even_through_another_vpcs_attachment()
        {
            await AnalyzerTest.VerifyAsync(HeaderWithSystemRoute + """
                        vpc1.Route({|#0:"10.0.0.0/24"|}, attach2);
                """ + Footer,
                Refused(0, 1, "Custom route 10.0.0.0/24 of VPC 'VPC1' (next hop 'attach2')",
                    "it equals the system route 10.0.0.0/24 of vSwitch 'vsw1-j'" + LeftOutOfVpcTable));
        }

        [Fact]
        public async Task A_vpc_route_equal_to_an_earlier_one_is_reported_on_its_destination_pointing_at_the_earlier_route()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc1.{|#1:Route("0.0.0.0/0", attach1)|}.Route({|#0:"0.0.0.0/0"|}, attach1);
                        vpc2.Route("0.0.0.0/0", attach2);
                """ + Footer,
                Refused(0, 1, "Custom route 0.0.0.0/0 of VPC 'VPC1' (next hop 'attach1')",
                    "it equals the earlier custom route 0.0.0.0/0 (next hop 'attach1')" + LeftOutOfVpcTable));
        }

        [Fact]
        public async Task A_vpc_route_through_another_vpcs_attachment_is_reported_on_the_attachment()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc1.Route("192.168.0.0/16", {|#0:attach2|});
                        vpc1.Route("172.16.0.0/12", {|#1:attachSh|});
                """ + Footer,
                Refused(0, "Custom route 192.168.0.0/16 of VPC 'VPC1' (next hop 'attach2')",
                    "'attach2' attaches VPC 'VPC2', and a VPC route's next hop must be an attachment of the VPC itself; "
                        + "the table lists the route, but traffic along it is dropped"),
                Refused(1, "Custom route 172.16.0.0/12 of VPC 'VPC1' (next hop 'attach-sh')",
                    "'attach-sh' attaches VPC 'VPC-SH', and a VPC route's next hop must be an attachment of the VPC itself; "
                        + "the table lists the route, but traffic along it is dropped"));
        }

        [Fact]
        public async Task Binding_an_attachment_to_a_table_of_another_router_is_reported_on_the_table_argument()
        {
            const string Why = "the attachment belongs to " + Hangzhou
                + ", and an attachment is bound only to route tables of its own transit router; the binding is ignored";
            await AnalyzerTest.VerifyAsync(Header + """
                        attach1.AssociateWith({|#0:sh.RouteTable("blue")|}).PropagateTo({|#1:sh.RouteTable("default")|});
                """ + Footer,
                Refused(0, "Association of attachment 'attach1' with route table 'blue' of " + Shanghai, Why),
                Refused(1, "Propagation of attachment 'attach1' to route table 'default' of " + Shanghai, Why));
        }

        [Fact]
        public async Task A_static_route_through_an_attachment_of_another_router_is_reported_on_the_attachment()
        {
            await AnalyzerTest.VerifyAsync(Header + """
                        hz.RouteTable("default").Route("10.9.0.0/16", {|#0:attachSh|}).Blackhole("10.8.0.0/16");
                """ + Footer,
                Refused(0, "Static route 10.9.0.0/16 of route table 'default' of " + Hangzhou + " (next hop 'attach-sh')",
                    "'attach-sh' is an attachment of " + Shanghai
                        + ", and a static route's next hop must be an attachment of the table's own transit router; it is left out of the table"));
        }

        [Fact]
        public async Task Routes_and_bindings_the_cloud_accepts_are_quiet()
        {
            // 10.0.0.0/8 takes the automatic route's place; 0.0.0.0/0 is fine once per VPC; the tables are the router's own.
            await AnalyzerTest.VerifyAsync(Header + """
                        vpc1.Route("0.0.0.0/0", attach1).Route("10.0.0.0/8", attach1).Route("10.0.0.0/16", attach1);
                        vpc2.Route("0.0.0.0/0", attach2);
                        var blue = hz.RouteTable("blue");
                        attach1.AssociateWith(blue).PropagateTo(blue).PropagateTo(hz.RouteTable("default"));
                        blue.Route("10.9.0.0/16", attach2).Blackhole("10.8.0.0/16");
                        sh.RouteTable("default").Route("10.9.0.0/16", attachSh);
                """ + Footer);
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        [Fact]
        public void Routes_with_malformed_destinations_are_not_reported_whatever_their_next_hop()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                    .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                    .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                var vpcSh = a.Vpc("VPC-SH", "cn-shanghai", "10.2.0.0/16")
                    .VSwitch("vsw-sh-e", "cn-shanghai-e", "10.2.0.0/24")
                    .VSwitch("vsw-sh-f", "cn-shanghai-f", "10.2.1.0/24");
                var cen = a.Cen("CEN1");
                var attach1 = cen.TransitRouter("cn-hangzhou").Attach(vpc1, "attach1");
                var attachSh = cen.TransitRouter("cn-shanghai").Attach(vpcSh, "attach-sh");
                vpc1.Route("10.0.0.1/24", attachSh).Route("10.0.0.0/24/8", attach1);
                cen.TransitRouter("cn-hangzhou").RouteTable("default").Route("not a block", attachSh);
            });

            // Each next hop is refused too (another VPC's, another router's), but a block that does not parse is a malformed
            // address, not a refused route.
            Assert.DoesNotContain(topology.Diagnostics, d => d.Id == "TOPO026");
            Assert.DoesNotContain(topology.RouteTables.ForVpc("VPC1").Routes, r => r.NextHop == "attach-sh");
        }

        [Fact]
        public void Ipv6_routes_are_checked_against_the_ipv6_system_routes_and_the_tables_still_leave_refused_routes_out()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16", ipv6Cidr: "2408:4005:3ff::/56")
                    .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24", ipv6Cidr: "2408:4005:3ff::/64")
                    .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24", ipv6Cidr: "2408:4005:3ff:1::/64");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                var attach1 = tr.Attach(vpc1, "attach1");
                vpc1.Route("::/0", attach1).Route("2408:4005:3ff:1::/80", attach1).Route("::/0", attach1);
            });

            Assert.Equal(new[]
            {
                "Custom route 2408:4005:3ff:1::/80 of VPC 'VPC1' (next hop 'attach1') is refused by the cloud: it is more specific "
                    + "than the system route 2408:4005:3ff:1::/64 of vSwitch 'vsw1-k'" + LeftOutOfVpcTable,
                "Custom route ::/0 of VPC 'VPC1' (next hop 'attach1') is refused by the cloud: it equals the earlier custom route "
                    + "::/0 (next hop 'attach1')" + LeftOutOfVpcTable,
            }, topology.Diagnostics.Select(d => d.Message));
            Assert.All(topology.Diagnostics, d => Assert.Equal(("TOPO026", TopologySeverity.Error), (d.Id, d.Severity)));
            var custom = topology.RouteTables.ForVpc("VPC1").Routes.Where(r => r.Destination.Contains(':') && r.Type != RouteType.System);
            Assert.Equal(new[] { "::/0" }, custom.Select(r => r.Destination));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            // Written in the rule's order (VPC routes, bindings, static routes) so that source order is finding order.
            var source = Header + """
                        vpc1.Route("10.0.1.0/24", attach1).Route("0.0.0.0/0", attach1).Route("0.0.0.0/0", attach1);
                        vpc2.Route("192.168.0.0/16", attach1);
                        attach2.AssociateWith(sh.RouteTable("default"));
                        attachSh.PropagateTo(hz.RouteTable("blue"));
                        sh.RouteTable("default").Route("10.9.0.0/16", attach2);
                """ + Footer;
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);

            Assert.Equal(new[]
            {
                "Custom route 10.0.1.0/24 of VPC 'VPC1' (next hop 'attach1') is refused by the cloud: it equals the system route "
                    + "10.0.1.0/24 of vSwitch 'vsw1-k'" + LeftOutOfVpcTable,
                "Custom route 0.0.0.0/0 of VPC 'VPC1' (next hop 'attach1') is refused by the cloud: it equals the earlier custom "
                    + "route 0.0.0.0/0 (next hop 'attach1')" + LeftOutOfVpcTable,
                "Custom route 192.168.0.0/16 of VPC 'VPC2' (next hop 'attach1') is refused by the cloud: 'attach1' attaches VPC "
                    + "'VPC1', and a VPC route's next hop must be an attachment of the VPC itself; the table lists the route, but "
                    + "traffic along it is dropped",
                "Association of attachment 'attach2' with route table 'default' of " + Shanghai + " is refused by the cloud: the "
                    + "attachment belongs to " + Hangzhou + ", and an attachment is bound only to route tables of its own transit "
                    + "router; the binding is ignored",
                "Propagation of attachment 'attach-sh' to route table 'blue' of " + Hangzhou + " is refused by the cloud: the "
                    + "attachment belongs to " + Shanghai + ", and an attachment is bound only to route tables of its own transit "
                    + "router; the binding is ignored",
                "Static route 10.9.0.0/16 of route table 'default' of " + Shanghai + " (next hop 'attach2') is refused by the "
                    + "cloud: 'attach2' is an attachment of " + Hangzhou + ", and a static route's next hop must be an attachment "
                    + "of the table's own transit router; it is left out of the table",
            }, runTime.Select(d => d.Message));
            Assert.All(runTime, d => Assert.Equal(("TOPO026", TopologySeverity.Error), (d.Id, d.Severity)));
        }
    }
}
