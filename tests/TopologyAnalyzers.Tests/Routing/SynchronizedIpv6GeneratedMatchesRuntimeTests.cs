using System.Linq;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Routing
{
    /// <summary>The generator resolves route synchronization and IPv6 blocks exactly as <c>Topology.Build</c> does.</summary>
    public class SynchronizedIpv6GeneratedMatchesRuntimeTests
    {
        private const string DualStackWithSynchronization = """
            using TopologyAnalyzers;

            public static partial class DualStack
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", uid: "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16", ipv6Cidr: "2408:4005:3ff::/56")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24", ipv6Cidr: "2408:4005:3ff::/64")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24", ipv6Cidr: "2408:4005:3ff:1::/64");
                    var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16", ipv6Cidr: "2408:4005:400::/56")
                        .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24", ipv6Cidr: "2408:4005:400::/64")
                        .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24", ipv6Cidr: "2408:4005:400:1::/64");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

                    var attach1 = tr.Attach(vpc1, "attach1");
                    vpc1.Route("::/0", attach1);
                    tr.Attach(vpc2, "attach2", routeSynchronization: true);
                    tr.RouteTable("default").Blackhole("100.64.0.0/10");
                }
            }
            """;

        [Fact]
        public void Generated_tables_equal_the_run_time_tables_with_route_synchronization_and_ipv6()
        {
            var run = GeneratorRun.Run(DualStackWithSynchronization);
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();

            var generated = GeneratorRun.GeneratedTables(assembly, "DualStack");
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "DualStack").RouteTables;

            Assert.Equal(Describe(runtime), Describe(generated));
            Assert.Equal(runtime.ToMarkdown(), generated.ToMarkdown());
            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "2408:4005:3ff::/64 Local System",
                "2408:4005:3ff:1::/64 Local System",
                "10.0.0.0/8 attach1 Custom",
                "172.16.0.0/12 attach1 Custom",
                "192.168.0.0/16 attach1 Custom",
                "::/0 attach1 Custom",
            }, Rows(generated.ForVpc("VPC1")));
            Assert.Equal(new[]
            {
                "172.16.0.0/24 Local System",
                "172.16.1.0/24 Local System",
                "2408:4005:400::/64 Local System",
                "2408:4005:400:1::/64 Local System",
                "10.0.0.0/8 attach2 Custom",
                "172.16.0.0/12 attach2 Custom",
                "192.168.0.0/16 attach2 Custom",
                "192.168.0.0/24 attach2 TransitRouter",
                "192.168.1.0/24 attach2 TransitRouter",
                "2408:4005:3ff::/64 attach2 TransitRouter",
                "2408:4005:3ff:1::/64 attach2 TransitRouter",
            }, Rows(generated.ForVpc("VPC2")));
        }

        private static string[] Rows(RouteTable table) =>
            table.Routes.Select(r => $"{r.Destination} {r.NextHop}{(r.IsActive ? "" : " (conflict)")} {r.Type}").ToArray();

        private static string[] Describe(RouteTableSet tables) =>
            tables.SelectMany(t => t.Routes.Select(r => $"{t.Kind}|{t.Cen}|{t.Region}|{t.Name}|{t.Title}|{r.Destination}|{r.NextHop}|{r.Type}|{r.IsActive}|{r.IsBlackhole}"))
                .Concat(tables.Select(t => $"{t.Kind}|{t.Cen}|{t.Region}|{t.Name}|{t.Title}|{t.Routes.Count}"))
                .ToArray();
    }
}
