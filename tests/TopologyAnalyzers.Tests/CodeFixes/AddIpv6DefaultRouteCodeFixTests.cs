using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.CodeFixes;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>TOPO012: "Add vpc1.Route("::/0", attach1)" after the statement that creates the attachment.</summary>
    public class AddIpv6DefaultRouteCodeFixTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16", ipv6Cidr: {|#1:"2408:4005:3ff::/56"|})
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24", ipv6Cidr: "2408:4005:3ff::/64")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24", ipv6Cidr: "2408:4005:3ff:1::/64");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

            """;

        private const string Footer = """

                }
            }
            """;

        private static DiagnosticResult MissingRoute(string attachment) =>
            new DiagnosticResult("TOPO012", DiagnosticSeverity.Warning).WithLocation(0).WithLocation(1)
                .WithArguments("VPC1", "2408:4005:3ff::/56", attachment);

        [Fact]
        public async Task The_route_is_added_after_the_attachment_and_the_warning_goes_away()
        {
            await CodeFixTest<AddIpv6DefaultRouteCodeFixProvider>.VerifyAsync(
                Header + """
                        var attach1 = tr.Attach({|#0:vpc1|}, "attach1");
                        tr.RouteTable("blue");
                """ + Footer,
                Header.Replace("{|#1:", "").Replace("\"|})", "\")") + """
                        var attach1 = tr.Attach(vpc1, "attach1");
                        vpc1.Route("::/0", attach1);
                        tr.RouteTable("blue");
                """ + Footer,
                "Add vpc1.Route(\"::/0\", attach1)",
                MissingRoute("attach1"));
        }

        [Fact]
        public async Task No_fix_is_offered_where_the_attachment_is_not_kept_in_a_local()
        {
            await CodeFixTest<AddIpv6DefaultRouteCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        tr.Attach({|#0:vpc1|}, "attach1");
                """ + Footer,
                MissingRoute("attach1"));
        }

        [Fact]
        public async Task No_fix_is_offered_beside_a_default_route_the_vpc_already_has_which_the_cloud_would_refuse_twice()
        {
            // VPC1 is attached to two routers; its ::/0 goes through the first, so a second ::/0 would be TOPO026.
            await CodeFixTest<AddIpv6DefaultRouteCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        var attach1 = tr.Attach(vpc1, "attach1");
                        vpc1.Route("::/0", attach1);
                        var attach2 = a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach({|#0:vpc1|}, "attach2");
                """ + Footer,
                MissingRoute("attach2"));
        }

        [Fact]
        public async Task Fix_all_adds_one_default_route_per_vpc()
        {
            var vpc2 = """
                        var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16", ipv6Cidr: {|#3:"2408:4005:300::/56"|})
                            .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24")
                            .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24");

                """;
            var test = new CodeFixTest<AddIpv6DefaultRouteCodeFixProvider>(
                Header + vpc2 + """
                        var attach1 = tr.Attach({|#0:vpc1|}, "attach1");
                        var attach2 = tr.Attach({|#2:vpc2|}, "attach2");
                """ + Footer,
                Header.Replace("{|#1:", "").Replace("\"|})", "\")") + vpc2.Replace("{|#3:", "").Replace("\"|})", "\")") + """
                        var attach1 = tr.Attach(vpc1, "attach1");
                        vpc1.Route("::/0", attach1);
                        var attach2 = tr.Attach(vpc2, "attach2");
                        vpc2.Route("::/0", attach2);
                """ + Footer);
            test.ExpectedDiagnostics.Add(MissingRoute("attach1"));
            test.ExpectedDiagnostics.Add(new DiagnosticResult("TOPO012", DiagnosticSeverity.Warning).WithLocation(2).WithLocation(3)
                .WithArguments("VPC2", "2408:4005:300::/56", "attach2"));
            test.NumberOfIncrementalIterations = 2;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(System.Threading.CancellationToken.None);
        }
    }
}
