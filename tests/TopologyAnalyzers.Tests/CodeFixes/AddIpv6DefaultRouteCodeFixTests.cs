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
    }
}
