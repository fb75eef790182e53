using System.Linq;
using Xunit;
using Sample = global::SharedServiceIsolation.SharedServiceIsolation;

namespace TopologyAnalyzers.Tests.Routing
{
    /// <summary>The SharedServiceIsolation sample: VPC1 and VPC2 reach the shared VPC3 through a custom table, not each other.</summary>
    public class SharedServiceIsolationTests
    {
        private static readonly string[] DefaultTable =
        {
            "10.0.0.0/24 attach3 Propagated",
            "10.0.1.0/24 attach3 Propagated",
            "172.16.0.0/24 attach2 Propagated",
            "172.16.1.0/24 attach2 Propagated",
            "192.168.0.0/24 attach1 Propagated",
            "192.168.1.0/24 attach1 Propagated",
        };

        private static readonly string[] IsolatedTable = { "10.0.0.0/16 attach3 Static" };

        private static string[] Rows(RouteTable table) =>
            table.Routes.Select(r => $"{r.Destination} {r.NextHop}{(r.IsActive ? "" : " (conflict)")} {r.Type}").ToArray();

        [Fact]
        public void Generated_tables_hold_the_default_table_the_custom_table_and_the_three_vpc_tables()
        {
            var tables = Sample.RouteTables;

            Assert.Equal(new[] { "TR (cn-hangzhou)", "TR (cn-hangzhou) isolated", "VPC1", "VPC2", "VPC3" }, tables.Select(t => t.Title));
            Assert.Equal(DefaultTable, Rows(tables.TR_cn_hangzhou));
            Assert.Equal("default", tables.TR_cn_hangzhou.Name);
            Assert.Equal(IsolatedTable, Rows(tables.TR_cn_hangzhou_isolated));
            Assert.Equal("isolated", tables.TR_cn_hangzhou_isolated.Name);
            Assert.Equal("CEN1", tables.TR_cn_hangzhou_isolated.Cen);
            Assert.Equal(new[] { "192.168.0.0/24 Local System", "192.168.1.0/24 Local System", "0.0.0.0/0 attach1 Custom" }, Rows(tables.VPC1));
            Assert.Equal(new[] { "172.16.0.0/24 Local System", "172.16.1.0/24 Local System", "0.0.0.0/0 attach2 Custom" }, Rows(tables.VPC2));
            Assert.Equal(new[] { "10.0.0.0/24 Local System", "10.0.1.0/24 Local System", "0.0.0.0/0 attach3 Custom" }, Rows(tables.VPC3));
        }

        [Fact]
        public void Tables_built_at_run_time_equal_the_generated_ones_row_for_row()
        {
            var topology = Topology.Build(Sample.Define);
            var generated = Sample.RouteTables;

            Assert.Empty(topology.Diagnostics);
            Assert.Equal(generated.Count, topology.RouteTables.Count);
            for (int i = 0; i < generated.Count; i++)
            {
                Assert.Equal(generated[i].Title, topology.RouteTables[i].Title);
                Assert.Equal(generated[i].Kind, topology.RouteTables[i].Kind);
                Assert.Equal(Rows(generated[i]), Rows(topology.RouteTables[i]));
            }
            Assert.Equal(IsolatedTable, Rows(topology.RouteTables.ForTransitRouter("cn-hangzhou", "isolated")));
            Assert.Equal(DefaultTable, Rows(topology.RouteTables.ForTransitRouter("cn-hangzhou")));
            Assert.Equal(generated.ToMarkdown(), topology.RouteTables.ToMarkdown());
        }

        [Fact]
        public void Vpc1_traffic_for_vpc2_finds_no_route_in_the_custom_table_and_for_vpc3_goes_to_vpc3s_attachment()
        {
            var tables = Sample.RouteTables;

            // VPC1 sends everything that is not local to its attachment...
            Assert.Equal("attach1", tables.VPC1.Lookup("172.16.0.1")!.NextHop);
            Assert.Equal("attach1", tables.VPC1.Lookup("10.0.0.1")!.NextHop);
            // ... where the custom table it is associated with knows VPC3 only.
            Assert.Null(tables.TR_cn_hangzhou_isolated.Lookup("172.16.0.1"));
            var toShared = tables.TR_cn_hangzhou_isolated.Lookup("10.0.0.1");
            Assert.NotNull(toShared);
            Assert.Equal("attach3", toShared!.NextHop);
            Assert.Equal(RouteType.Static, toShared.Type);
            // The reply from VPC3 is looked up in the default table, which knows both.
            Assert.Equal("attach1", tables.TR_cn_hangzhou.Lookup("192.168.0.1")!.NextHop);
            Assert.Equal("attach2", tables.TR_cn_hangzhou.Lookup("172.16.0.1")!.NextHop);
        }
    }
}
