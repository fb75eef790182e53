using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>
    /// What <c>PrivateZones</c> serves at run time: effective scopes across accounts (the seed document's two steps),
    /// the most specific zone answering alone, names without case or trailing dot, the apex, AAAA records, and the
    /// Markdown rendering.
    /// </summary>
    public class ZoneSemanticsTests
    {
        private static Topology SeedSteps(bool link, bool bindVpcOfB) => Topology.Build(net =>
        {
            var a = net.Account("A", "1000000000000001");
            var b = net.Account("B", "2000000000000002");
            var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16");
            var vpc2 = a.Vpc("VPC2", "ap-southeast-1", "172.16.0.0/16");
            var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16");
            var zone = a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpc1).EffectiveIn(vpc2);
            if (link) a.LinkAccount(b, "b-root@example.com");
            if (bindVpcOfB) zone.EffectiveIn(vpc3);
        });

        [Fact]
        public void Before_the_link_a_zone_resolves_only_in_the_vpcs_of_its_own_account()
        {
            var topology = SeedSteps(link: false, bindVpcOfB: false);

            Assert.Empty(topology.Diagnostics);
            Assert.Equal("10.0.0.10", topology.PrivateZones.Resolve("db.corp.internal", "VPC1"));
            Assert.Equal("10.0.0.10", topology.PrivateZones.Resolve("db.corp.internal", "VPC2"));
            Assert.Null(topology.PrivateZones.Resolve("db.corp.internal", "VPC3"));
        }

        [Fact]
        public void Before_the_link_a_vpc_of_the_other_account_cannot_join_the_scope()
        {
            var topology = SeedSteps(link: false, bindVpcOfB: true);

            Assert.Null(topology.PrivateZones.Resolve("db.corp.internal", "VPC3"));
            Assert.Empty(topology.PrivateZones.ForVpc("VPC3"));
            Assert.Equal(new[] { "VPC1", "VPC2" }, topology.PrivateZones.Zones[0].EffectiveIn);
            var finding = Assert.Single(topology.Diagnostics);
            Assert.Equal("TOPO010", finding.Id);
            Assert.Equal("Private zone 'corp.internal' of account 'A' is made effective in VPC 'VPC3' of account 'B', which account 'A' has not linked", finding.Message);
        }

        [Fact]
        public void A_link_alone_does_not_put_the_zone_in_effect_in_the_other_accounts_vpcs()
        {
            var topology = SeedSteps(link: true, bindVpcOfB: false);

            Assert.Empty(topology.Diagnostics);
            Assert.Null(topology.PrivateZones.Resolve("db.corp.internal", "VPC3"));
        }

        [Fact]
        public void After_the_link_and_the_binding_the_zone_resolves_in_the_other_accounts_vpc_too()
        {
            var topology = SeedSteps(link: true, bindVpcOfB: true);

            Assert.Empty(topology.Diagnostics);
            Assert.Equal("10.0.0.10", topology.PrivateZones.Resolve("db.corp.internal", "VPC3"));
            Assert.Equal("10.0.0.10", topology.PrivateZones.Resolve("db.corp.internal", "VPC1"));
            Assert.Equal(new[] { "VPC1", "VPC2", "VPC3" }, topology.PrivateZones.Zones[0].EffectiveIn);
            Assert.Equal("A", topology.PrivateZones.Zones[0].Owner);
        }

        private static Topology Overlapping() => Topology.Build(net =>
        {
            var a = net.Account("A", "1000000000000001");
            var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
            var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16");
            a.PrivateZone("corp.internal")
                .Record("db", "10.0.0.10")
                .Record("x.db", "10.0.0.11")
                .Record("y.db", "10.0.0.12")
                .Record("www", "10.0.0.80")
                .EffectiveIn(vpc1)
                .EffectiveIn(vpc2);
            a.PrivateZone("db.corp.internal").Record("x", "10.0.1.1").EffectiveIn(vpc1);
        });

        [Fact]
        public void Where_nested_zones_are_both_in_effect_the_more_specific_one_answers()
        {
            var zones = Overlapping().PrivateZones;

            Assert.Equal("10.0.1.1", zones.Resolve("x.db.corp.internal", "VPC1"));
            Assert.Equal("10.0.0.80", zones.Resolve("www.corp.internal", "VPC1"));
        }

        [Fact]
        public void The_more_specific_zone_does_not_fall_back_to_the_wider_one_for_a_name_it_lacks()
        {
            var zones = Overlapping().PrivateZones;

            Assert.Null(zones.Resolve("y.db.corp.internal", "VPC1"));
            Assert.Null(zones.Resolve("db.corp.internal", "VPC1"));
        }

        [Fact]
        public void Where_only_the_wider_zone_is_in_effect_it_answers_for_the_whole_subtree()
        {
            var zones = Overlapping().PrivateZones;

            Assert.Equal("10.0.0.11", zones.Resolve("x.db.corp.internal", "VPC2"));
            Assert.Equal("10.0.0.12", zones.Resolve("y.db.corp.internal", "VPC2"));
            Assert.Equal("10.0.0.10", zones.Resolve("db.corp.internal", "VPC2"));
        }

        [Fact]
        public void A_zone_covers_its_own_subtree_only_not_names_that_merely_end_alike()
        {
            var zones = Overlapping().PrivateZones;

            Assert.Null(zones.Resolve("www.notcorp.internal", "VPC2"));
            Assert.Null(zones.Resolve("www.corp.internal.example", "VPC2"));
            Assert.Null(zones.Resolve("internal", "VPC2"));
        }

        [Fact]
        public void Names_compare_without_case_and_without_a_trailing_dot()
        {
            var zones = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                a.PrivateZone("Corp.Internal.").Record("DB.", "10.0.0.10").EffectiveIn(vpc);
            }).PrivateZones;

            Assert.Equal("corp.internal", zones.Zones[0].Name);
            Assert.Equal("db", zones.Zones[0].Records[0].Name);
            Assert.Equal("db.corp.internal", zones.Zones[0].Records[0].Fqdn);
            Assert.Equal("10.0.0.10", zones.Resolve("db.corp.internal", "VPC1"));
            Assert.Equal("10.0.0.10", zones.Resolve("DB.CORP.INTERNAL.", "VPC1"));
            Assert.Equal("10.0.0.10", zones.Resolve(" Db.Corp.Internal ", "VPC1"));
        }

        [Fact]
        public void The_at_record_answers_for_the_zone_apex()
        {
            var zones = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                a.PrivateZone("corp.internal").Record("@", "10.0.0.5").EffectiveIn(vpc);
            }).PrivateZones;

            Assert.Equal("10.0.0.5", zones.Resolve("corp.internal", "VPC1"));
            Assert.Equal("10.0.0.5", zones.Resolve("corp.internal.", "VPC1"));
            Assert.Null(zones.Resolve("www.corp.internal", "VPC1"));
            Assert.Equal("corp.internal", zones.Zones[0].Records[0].Fqdn);
            Assert.Equal("corp.internal A 10.0.0.5", zones.Zones[0].Records[0].ToString());
        }

        [Fact]
        public void An_ipv6_address_makes_an_aaaa_record_that_resolves_like_any_other()
        {
            var zones = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                a.PrivateZone("corp.internal").Record("v4", "10.0.0.4").Record("v6", "2408:4000::10").EffectiveIn(vpc);
            }).PrivateZones;

            Assert.Equal(new[] { "A", "AAAA" }, zones.Zones[0].Records.Select(r => r.Type));
            Assert.Equal("2408:4000::10", zones.Resolve("v6.corp.internal", "VPC1"));
            Assert.Equal("v6.corp.internal AAAA 2408:4000::10", zones.Zones[0].Records[1].ToString());
        }

        [Fact]
        public void For_vpc_lists_the_zones_in_effect_there_in_declaration_order_and_nothing_for_other_names()
        {
            var zones = Overlapping().PrivateZones;

            Assert.Equal(new[] { "corp.internal", "db.corp.internal" }, zones.ForVpc("VPC1").Select(z => z.Name));
            Assert.Equal(new[] { "corp.internal" }, zones.ForVpc("VPC2").Select(z => z.Name));
            Assert.Empty(zones.ForVpc("VPC9"));
            Assert.Empty(zones.ForVpc(null!));
            Assert.Equal(new[] { "VPC1" }, zones.Zones[1].EffectiveIn);
        }

        [Fact]
        public void Resolve_answers_null_for_empty_or_missing_names_and_unknown_vpcs()
        {
            var zones = Overlapping().PrivateZones;

            Assert.Null(zones.Resolve("", "VPC1"));
            Assert.Null(zones.Resolve(null!, "VPC1"));
            Assert.Null(zones.Resolve("www.corp.internal", "VPC9"));
            Assert.Null(zones.Resolve("www.corp.internal", null!));
        }

        [Fact]
        public void A_second_zone_of_the_same_name_in_a_vpc_is_left_out_and_the_first_answers()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                var vpcA = a.Vpc("VPC-A", "cn-hangzhou", "10.0.0.0/16");
                var vpcB = b.Vpc("VPC-B", "cn-hangzhou", "192.168.0.0/16");
                a.LinkAccount(b, "b-root@example.com");
                b.PrivateZone("corp.internal").Record("db", "192.168.0.10").EffectiveIn(vpcB);
                a.PrivateZone("corp.internal").Record("db", "10.0.0.10").EffectiveIn(vpcA).EffectiveIn(vpcB);
            });

            Assert.Equal("192.168.0.10", topology.PrivateZones.Resolve("db.corp.internal", "VPC-B"));
            Assert.Equal("10.0.0.10", topology.PrivateZones.Resolve("db.corp.internal", "VPC-A"));
            Assert.Equal(new[] { "B" }, topology.PrivateZones.ForVpc("VPC-B").Select(z => z.Owner));
            Assert.Contains(topology.Diagnostics, d => d.Id == "TOPO022" &&
                d.Message == "Private zone 'corp.internal' of account 'A' is made effective in VPC 'VPC-B', where a zone of that name (account 'B') is already in effect");
        }

        [Fact]
        public void To_markdown_gives_a_table_per_vpc_with_zones_in_effect()
        {
            var zones = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                var vpcA = a.Vpc("VPC-A", "cn-hangzhou", "10.0.0.0/16");
                a.Vpc("VPC-A2", "cn-hangzhou", "10.1.0.0/16");
                var vpcB = b.Vpc("VPC-B", "cn-hangzhou", "192.168.0.0/16");
                a.LinkAccount(b, "b-root@example.com");
                a.PrivateZone("Corp.Internal").Record("@", "10.0.0.5").Record("db", "10.0.0.10").Record("v6", "2408:4000::10")
                    .EffectiveIn(vpcA).EffectiveIn(vpcB);
                a.PrivateZone("db.corp.internal").Record("x", "10.0.1.1").EffectiveIn(vpcA);
            }).PrivateZones;

            Assert.Equal("""
                ### VPC-A

                | Zone | Record | Type | Value |
                | --- | --- | --- | --- |
                | corp.internal | @ | A | 10.0.0.5 |
                | corp.internal | db | A | 10.0.0.10 |
                | corp.internal | v6 | AAAA | 2408:4000::10 |
                | db.corp.internal | x | A | 10.0.1.1 |

                ### VPC-B

                | Zone | Record | Type | Value |
                | --- | --- | --- | --- |
                | corp.internal | @ | A | 10.0.0.5 |
                | corp.internal | db | A | 10.0.0.10 |
                | corp.internal | v6 | AAAA | 2408:4000::10 |

                """.Replace("\r\n", "\n"), zones.ToMarkdown());
        }

        [Fact]
        public void A_topology_without_private_zones_renders_nothing_and_resolves_nothing()
        {
            var zones = Topology.Build(net => net.Account("A", "1000000000000001").Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")).PrivateZones;

            Assert.Empty(zones.Zones);
            Assert.Equal("", zones.ToMarkdown());
            Assert.Null(zones.Resolve("db.corp.internal", "VPC1"));
        }
    }
}
