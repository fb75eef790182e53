using System.Linq;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Routing
{
    /// <summary>Route resolution as SPEC section 3 describes it, on variations of the seed scenario.</summary>
    public class RouteResolverTests
    {
        private static TopologyModelBuilder TwoVpcs(out int router, out int vpc1, out int vpc2)
        {
            var model = new TopologyModelBuilder();
            var none = SourceSpan.None;
            int a = model.AddAccount("A", "1", SiteKind.International, none, none, none);
            vpc1 = model.AddVpc(a, "VPC1", "ap-southeast-1", "10.0.0.0/16", null, none, none, none, none, none);
            model.AddVSwitch(vpc1, "vsw1-b", "ap-southeast-1b", "10.0.1.0/24", null, none, none, none, none, none);
            model.AddVSwitch(vpc1, "vsw1-a", "ap-southeast-1a", "10.0.0.0/24", null, none, none, none, none, none);
            vpc2 = model.AddVpc(a, "VPC2", "ap-southeast-1", "172.16.0.0/16", null, none, none, none, none, none);
            model.AddVSwitch(vpc2, "vsw2-a", "ap-southeast-1a", "172.16.0.0/24", null, none, none, none, none, none);
            int cen = model.AddCen(a, "CEN1", none, none);
            router = model.TransitRouter(cen, "ap-southeast-1", none, none);
            return model;
        }

        private static string[] Rows(ResolvedTable table) =>
            table.Routes.Select(r => $"{r.Destination} {r.NextHop}{(r.Active ? "" : " (conflict)")} {r.Kind.DisplayName()}").ToArray();

        private static ResolvedNetwork Resolve(TopologyModelBuilder model) => RouteResolver.Resolve(model.Build());

        [Fact]
        public void Unattached_vpc_has_only_its_system_routes_sorted_by_address()
        {
            var model = TwoVpcs(out _, out _, out _);

            var network = Resolve(model);

            Assert.Equal(new[] { "TR (ap-southeast-1)", "VPC1", "VPC2" }, network.Tables.Select(t => t.Title));
            Assert.Equal(new[] { "10.0.0.0/24 Local System", "10.0.1.0/24 Local System" }, Rows(network.Tables[1]));
            Assert.Empty(network.Tables[0].Routes);
        }

        [Fact]
        public void Attachment_adds_the_three_private_ranges_to_the_vpc_whatever_its_own_block()
        {
            var model = TwoVpcs(out int router, out _, out int vpc2);
            model.Attach(router, vpc2, "attach2", true, true, true, false, SourceSpan.None, SourceSpan.None, SourceSpan.None);

            var vpc2Table = Resolve(model).Tables[2];

            Assert.Equal(new[]
            {
                "172.16.0.0/24 Local System",
                "10.0.0.0/8 attach2 Custom",
                "172.16.0.0/12 attach2 Custom",
                "192.168.0.0/16 attach2 Custom",
            }, Rows(vpc2Table));
        }

        [Fact]
        public void Propagation_puts_the_vswitch_blocks_not_the_vpc_block_into_the_default_table()
        {
            var model = TwoVpcs(out int router, out int vpc1, out _);
            model.Attach(router, vpc1, "attach1", true, true, true, false, SourceSpan.None, SourceSpan.None, SourceSpan.None);

            var routerTable = Resolve(model).Tables[0];

            Assert.Equal(new[] { "10.0.0.0/24 attach1 Propagated Routes", "10.0.1.0/24 attach1 Propagated Routes" }, Rows(routerTable));
        }

        [Fact]
        public void Switches_off_leave_the_tables_without_the_routes_they_control()
        {
            var model = TwoVpcs(out int router, out int vpc1, out _);
            model.Attach(router, vpc1, "attach1", true, propagateSystemRoutes: false, autoCreateVpcRoutes: false, false,
                SourceSpan.None, SourceSpan.None, SourceSpan.None);

            var network = Resolve(model);

            Assert.Empty(network.Tables[0].Routes);
            Assert.All(network.Tables[1].Routes, r => Assert.Equal(RouteKind.System, r.Kind));
        }

        [Fact]
        public void Second_attachment_of_one_vpc_does_not_duplicate_the_auto_created_routes()
        {
            var model = TwoVpcs(out int router, out int vpc1, out _);
            var none = SourceSpan.None;
            int cen2 = model.AddCen(0, "CEN2", none, none);
            int router2 = model.TransitRouter(cen2, "ap-southeast-1", none, none);
            model.Attach(router, vpc1, "attach1", true, true, true, false, none, none, none);
            model.Attach(router2, vpc1, "attach9", true, true, true, false, none, none, none);

            var network = Resolve(model);

            Assert.Equal(new[] { "TR (ap-southeast-1)", "TR (ap-southeast-1)", "VPC1", "VPC2" }, network.Tables.Select(t => t.Title));
            Assert.Equal(new[] { "CEN1", "CEN2" }, network.Tables.Take(2).Select(t => t.Cen));
            Assert.Equal(3, network.Tables[2].Routes.Count(r => r.Kind == RouteKind.Custom));
            Assert.All(network.Tables[2].Routes.Where(r => r.Kind == RouteKind.Custom), r => Assert.Equal("attach1", r.NextHop));
        }

        [Fact]
        public void Same_block_propagated_by_two_attachments_keeps_the_first_active_and_shows_the_second_as_a_conflict()
        {
            var model = TwoVpcs(out int router, out int vpc1, out int vpc2);
            var none = SourceSpan.None;
            model.AddVSwitch(vpc2, "dup", "ap-southeast-1b", "10.0.0.0/24", null, none, none, none, none, none);
            model.Attach(router, vpc2, "attach2", true, true, true, false, none, none, none);
            model.Attach(router, vpc1, "attach1", true, true, true, false, none, none, none);

            var routerTable = Resolve(model).Tables[0];

            Assert.Equal(new[]
            {
                "10.0.0.0/24 attach2 Propagated Routes",
                "10.0.0.0/24 attach1 (conflict) Propagated Routes",
                "10.0.1.0/24 attach1 Propagated Routes",
                "172.16.0.0/24 attach2 Propagated Routes",
            }, Rows(routerTable));
        }

        [Fact]
        public void Ipv6_vswitch_blocks_become_system_routes_after_the_ipv4_ones_and_are_propagated()
        {
            var model = new TopologyModelBuilder();
            var none = SourceSpan.None;
            int a = model.AddAccount("A", "1", SiteKind.International, none, none, none);
            int vpc = model.AddVpc(a, "V6", "cn-hangzhou", "10.0.0.0/16", "2408:4000::/56", none, none, none, none, none);
            model.AddVSwitch(vpc, "s", "cn-hangzhou-j", "10.0.0.0/24", "2408:4000:0:1::/64", none, none, none, none, none);
            int router = model.TransitRouter(model.AddCen(a, "CEN", none, none), "cn-hangzhou", none, none);
            model.Attach(router, vpc, "att", true, true, true, false, none, none, none);

            var network = Resolve(model);

            Assert.Equal(new[] { "10.0.0.0/24 Local System", "2408:4000:0:1::/64 Local System" }, Rows(network.Tables[1]).Take(2));
            Assert.Equal(new[] { "10.0.0.0/24 att Propagated Routes", "2408:4000:0:1::/64 att Propagated Routes" }, Rows(network.Tables[0]));
        }

        [Fact]
        public void Malformed_blocks_are_left_out_of_the_tables_instead_of_throwing()
        {
            var model = new TopologyModelBuilder();
            var none = SourceSpan.None;
            int a = model.AddAccount(null, null, SiteKind.International, none, none, none);
            int vpc = model.AddVpc(a, "V", "cn-hangzhou", "not a block", null, none, none, none, none, none);
            model.AddVSwitch(vpc, "s", "cn-hangzhou-j", "10.0.0.1/24", null, none, none, none, none, none);
            model.AddVSwitch(vpc, "t", "cn-hangzhou-j", null, null, none, none, none, none, none);

            var network = Resolve(model);

            Assert.Empty(network.Tables.Single().Routes);
        }
    }
}
