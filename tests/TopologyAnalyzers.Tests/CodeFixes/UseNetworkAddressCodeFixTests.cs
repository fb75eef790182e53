using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.CodeFixes;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>TOPO005 with host bits set: "Use 10.0.0.0/16" rewrites the literal to the network address.</summary>
    public class UseNetworkAddressCodeFixTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");

            """;

        private const string Footer = """

                }
            }
            """;

        [Fact]
        public async Task A_vpc_block_with_host_bits_set_becomes_its_network_address()
        {
            await CodeFixTest<UseNetworkAddressCodeFixProvider>.VerifyAsync(
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", {|TOPO005:"10.0.0.1/16"|})
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.1.0/24");
                """ + Footer,
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.1.0/24");
                """ + Footer,
                "Use 10.0.0.0/16");
        }

        [Fact]
        public async Task A_block_in_a_const_local_is_fixed_where_it_is_written()
        {
            await CodeFixTest<UseNetworkAddressCodeFixProvider>.VerifyAsync(
                Header + """
                        const string Block = {|TOPO005:"10.0.0.1/16"|};
                        a.Vpc("VPC1", "cn-hangzhou", Block)
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.1.0/24");
                """ + Footer,
                Header + """
                        const string Block = "10.0.0.0/16";
                        a.Vpc("VPC1", "cn-hangzhou", Block)
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.1.0/24");
                """ + Footer,
                "Use 10.0.0.0/16");
        }

        [Fact]
        public async Task A_static_route_destination_with_host_bits_set_becomes_its_network_address()
        {
            const string Vpc = """
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.0.0/24").VSwitch("vsw2", "cn-hangzhou-k", "10.0.1.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                        var attach1 = tr.Attach(vpc1, "attach1");

                """;
            await CodeFixTest<UseNetworkAddressCodeFixProvider>.VerifyAsync(
                Header + Vpc + """
                        tr.RouteTable("default").Route({|TOPO005:"172.16.3.4/12"|}, attach1);
                """ + Footer,
                Header + Vpc + """
                        tr.RouteTable("default").Route("172.16.0.0/12", attach1);
                """ + Footer,
                "Use 172.16.0.0/12");
        }

        [Fact]
        public async Task A_named_ipv6_argument_keeps_its_name_and_gets_the_network_address()
        {
            await CodeFixTest<UseNetworkAddressCodeFixProvider>.VerifyAsync(
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", ipv6Cidr: "2408:4000::/56")
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.1.0/24", ipv6Cidr: {|TOPO005:"2408:4000::1/64"|});
                """ + Footer,
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", ipv6Cidr: "2408:4000::/56")
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.1.0/24", ipv6Cidr: "2408:4000::/64");
                """ + Footer,
                "Use 2408:4000::/64");
        }

        [Fact]
        public async Task Fix_all_rewrites_every_block_with_host_bits_set_at_once()
        {
            var test = new CodeFixTest<UseNetworkAddressCodeFixProvider>(
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", {|TOPO005:"10.0.0.1/16"|})
                            .VSwitch("vsw1", "cn-hangzhou-j", {|TOPO005:"10.0.1.9/24"|});
                """ + Footer,
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1", "cn-hangzhou-j", {|TOPO005:"10.0.1.9/24"|});
                """ + Footer);
            test.BatchFixedCode = Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1", "cn-hangzhou-j", "10.0.1.0/24");
                """ + Footer;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            // One fix changes one literal; Fix All changes both in a single pass.
            test.CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne;
            test.NumberOfIncrementalIterations = 1;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Not_offered_for_a_block_that_does_not_parse()
        {
            await CodeFixTest<UseNetworkAddressCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1", "cn-hangzhou-j", {|TOPO005:"10.0.1.0/33"|});
                """ + Footer);
        }
    }
}
