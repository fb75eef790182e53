using System.Linq;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Routing
{
    /// <summary>The interpreter understands every custom-routing call exactly as the runtime DSL does.</summary>
    public class CustomRoutesGeneratedMatchesRuntimeTests
    {
        private const string EveryCall = @"
using TopologyAnalyzers;

public static partial class CustomRouting
{
    private const string Dmz = ""dmz"";

    [NetworkTopology]
    public static void Define(TopologyBuilder net)
    {
        var a = net.Account(""A"", uid: ""1000000000000001"");
        var vpc1 = a.Vpc(""VPC1"", ""cn-hangzhou"", ""192.168.0.0/16"")
            .VSwitch(""vsw1-j"", ""cn-hangzhou-j"", ""192.168.0.0/24"")
            .VSwitch(""vsw1-k"", ""cn-hangzhou-k"", ""192.168.1.0/24"", ipv6Cidr: ""2408:4005:300::/64"");
        var vpc2 = a.Vpc(""VPC2"", ""cn-hangzhou"", ""172.16.0.0/16"")
            .VSwitch(""vsw2-j"", ""cn-hangzhou-j"", ""172.16.0.0/24"")
            .VSwitch(""vsw2-k"", ""cn-hangzhou-k"", ""172.16.1.0/24"");
        var tr = a.Cen(""CEN1"").TransitRouter(""cn-hangzhou"");

        var attach1 = tr.Attach(vpc1, ""attach1"", associateWithDefaultRouteTable: false);
        var attach2 = tr.Attach(vpc2, ""attach2"", propagateSystemRoutes: false);
        vpc1.Route(""10.0.0.0/8"", attach1).Route(""2408:4000::/32"", attach1);
        vpc2.Route(""0.0.0.0/0"", attach2);

        var dmz = tr.RouteTable(Dmz);
        var blue = tr.RouteTable(""blue"")
            .Route(""172.16.0.0/12"", attach2)
            .Blackhole(""100.64.0.0/10"");
        tr.RouteTable(dmz.Name + ""-2"").Blackhole(""0.0.0.0/0"");
        attach1.AssociateWith(blue).AssociateWith(dmz).PropagateTo(blue);
        attach2.PropagateTo(dmz).PropagateTo(tr.RouteTable(""default""));
        tr.RouteTable(""default"").Route(""10.10.0.0/16"", attach1);
    }
}
";

        [Fact]
        public void Generated_tables_equal_the_run_time_tables_for_a_topology_using_every_new_call()
        {
            var run = GeneratorRun.Run(EveryCall);
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();

            var generated = GeneratorRun.GeneratedTables(assembly, "CustomRouting");
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "CustomRouting").RouteTables;

            Assert.Equal(Describe(runtime), Describe(generated));
            Assert.Equal(runtime.ToMarkdown(), generated.ToMarkdown());
            Assert.Equal(new[] { "TR (cn-hangzhou)", "TR (cn-hangzhou) dmz", "TR (cn-hangzhou) blue", "TR (cn-hangzhou) dmz-2", "VPC1", "VPC2" },
                generated.Select(t => t.Title));
            Assert.Equal(new[]
            {
                "10.10.0.0/16 attach1 Static",
                "172.16.0.0/24 attach2 Propagated",
                "172.16.1.0/24 attach2 Propagated",
                "192.168.0.0/24 attach1 Propagated",
                "192.168.1.0/24 attach1 Propagated",
                "2408:4005:300::/64 attach1 Propagated",
            }, Rows(generated[0]));
            Assert.Equal(new[] { "172.16.0.0/24 attach2 Propagated", "172.16.1.0/24 attach2 Propagated" }, Rows(generated[1]));
            Assert.Equal(new[]
            {
                "100.64.0.0/10 Blackhole Static",
                "172.16.0.0/12 attach2 Static",
                "192.168.0.0/24 attach1 Propagated",
                "192.168.1.0/24 attach1 Propagated",
                "2408:4005:300::/64 attach1 Propagated",
            }, Rows(generated[2]));
            Assert.Equal(new[] { "0.0.0.0/0 Blackhole Static" }, Rows(generated[3]));
            Assert.Equal(new[]
            {
                "192.168.0.0/24 Local System",
                "192.168.1.0/24 Local System",
                "2408:4005:300::/64 Local System",
                "10.0.0.0/8 attach1 Custom",
                "172.16.0.0/12 attach1 Custom",
                "192.168.0.0/16 attach1 Custom",
                "2408:4000::/32 attach1 Custom",
            }, Rows(generated[4]));
            Assert.Equal(new[]
            {
                "172.16.0.0/24 Local System",
                "172.16.1.0/24 Local System",
                "0.0.0.0/0 attach2 Custom",
                "10.0.0.0/8 attach2 Custom",
                "172.16.0.0/12 attach2 Custom",
                "192.168.0.0/16 attach2 Custom",
            }, Rows(generated[5]));
        }

        private static string[] Rows(RouteTable table) =>
            table.Routes.Select(r => $"{r.Destination} {r.NextHop}{(r.IsActive ? "" : " (conflict)")} {r.Type}").ToArray();

        private static string[] Describe(RouteTableSet tables) =>
            tables.SelectMany(t => t.Routes.Select(r => $"{t.Kind}|{t.Cen}|{t.Region}|{t.Name}|{t.Title}|{r.Destination}|{r.NextHop}|{r.Type}|{r.IsActive}"))
                .Concat(tables.Select(t => $"{t.Kind}|{t.Cen}|{t.Region}|{t.Name}|{t.Title}|{t.Routes.Count}"))
                .ToArray();
    }
}
