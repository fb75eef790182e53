using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.CodeFixes;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>TOPO020: "Use 'ap-southeast-1'" rewrites a misspelled region or zone ID to the known one it is closest to.</summary>
    public class UseKnownRegionOrZoneCodeFixTests
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

        private static DiagnosticResult Unknown(int location) => new DiagnosticResult("TOPO020", DiagnosticSeverity.Warning).WithLocation(location);

        [Fact]
        public async Task A_misspelled_region_becomes_the_closest_known_region()
        {
            await CodeFixTest<UseKnownRegionOrZoneCodeFixProvider>.VerifyAsync(
                Header + """
                        a.Vpc("VPC1", {|#0:"ap-southest-1"|}, "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                """ + Footer,
                Header + """
                        a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                """ + Footer,
                "Use 'ap-southeast-1'",
                Unknown(0));
        }

        [Fact]
        public async Task A_misspelled_zone_becomes_the_closest_zone_of_its_region()
        {
            await CodeFixTest<UseKnownRegionOrZoneCodeFixProvider>.VerifyAsync(
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", {|#0:"cn-hangzhuo-j"|}, "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                """ + Footer,
                Header + """
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                """ + Footer,
                "Use 'cn-hangzhou-j'",
                Unknown(0));
        }

        [Fact]
        public async Task Fix_all_corrects_a_region_and_the_zones_misspelled_with_it_in_one_pass()
        {
            var test = new CodeFixTest<UseKnownRegionOrZoneCodeFixProvider>(
                Header + """
                        a.Vpc("VPC1", {|#0:"ap-southest-1"|}, "10.0.0.0/16")
                            .VSwitch("vsw1-a", {|#1:"ap-southest-1a"|}, "10.0.0.0/24")
                            .VSwitch("vsw1-b", {|#2:"ap-southest-1b"|}, "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter({|#3:"cn-hangzou"|});
                """ + Footer,
                Header + """
                        a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                            .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                            .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter("cn-hangzhou");
                """ + Footer);
            test.ExpectedDiagnostics.AddRange(new[] { Unknown(0), Unknown(1), Unknown(2), Unknown(3) });
            test.NumberOfIncrementalIterations = 4;
            test.NumberOfFixAllIterations = 1;
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task Not_offered_for_an_id_no_known_one_is_close_to()
        {
            // A region newer than the catalog is no typo: rewriting it would break a correct topology.
            await CodeFixTest<UseKnownRegionOrZoneCodeFixProvider>.VerifyNotOfferedAsync(
                Header + """
                        a.Cen("CEN1").TransitRouter({|#0:"cn-wuhan-lr"|});
                """ + Footer,
                Unknown(0));
        }

        [Fact]
        public async Task A_misspelled_region_in_a_const_local_is_fixed_where_it_is_written_for_every_use()
        {
            await CodeFixTest<UseKnownRegionOrZoneCodeFixProvider>.VerifyAsync(
                Header + """
                        const string Region = {|#0:"cn-hangzou"|};
                        a.Cen("CEN1").TransitRouter(Region);
                        a.Cen("CEN2").TransitRouter(Region);
                """ + Footer,
                Header + """
                        const string Region = "cn-hangzhou";
                        a.Cen("CEN1").TransitRouter(Region);
                        a.Cen("CEN2").TransitRouter(Region);
                """ + Footer,
                "Use 'cn-hangzhou'",
                Unknown(0), Unknown(0));   // one per router, both on the literal
        }
    }
}
