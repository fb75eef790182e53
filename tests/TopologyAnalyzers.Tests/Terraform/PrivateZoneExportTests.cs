using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>Private zones, their records and scope, and account links, as the provider can and cannot express them.</summary>
    public class PrivateZoneExportTests
    {
        private static readonly ExportedConfiguration Sample = ExportedConfiguration.Parse(global::PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts.Terraform);

        [Fact]
        public void The_private_zone_sample_exports_a_valid_configuration()
        {
            Sample.AssertValid();
        }

        [Fact]
        public void A_zone_and_its_a_records_are_the_zone_owners()
        {
            var zone = Sample.Resources("alicloud_pvtz_zone").Single();
            Assert.Equal(("corp.internal", "alicloud.a_ap_southeast_1"), (zone.Value("zone_name"), zone.Value("provider")));
            var records = Sample.Resources("alicloud_pvtz_zone_record").ToList();
            Assert.Equal(new[] { "@", "db", "api" }, records.Select(r => r.Value("rr")));
            Assert.Equal(new[] { "10.0.0.5", "10.0.0.10", "10.0.0.20" }, records.Select(r => r.Value("value")));
            Assert.All(records, r => Assert.Equal(("A", "alicloud_pvtz_zone.corp_internal.id", "alicloud.a_ap_southeast_1"), (r.Value("type"), r.Value("zone_id"), r.Value("provider"))));
            Assert.Equal("corp_internal_apex", records[0].Labels[1]);
        }

        [Fact]
        public void The_scope_is_one_attachment_per_zone_with_every_vpc_in_effect_including_the_linked_accounts()
        {
            var scope = Sample.Resources("alicloud_pvtz_zone_attachment").Single();
            Assert.Equal(("alicloud_pvtz_zone.corp_internal.id", "alicloud.a_ap_southeast_1"), (scope.Value("zone_id"), scope.Value("provider")));
            Assert.Equal(new[] { "alicloud_vpc.vpc_a.id", "alicloud_vpc.vpc_b.id" }, scope.Blocks("vpcs").Select(v => v.Value("vpc_id")));
            Assert.All(scope.Blocks("vpcs"), v => Assert.Equal("ap-southeast-1", v.Value("region_id")));
        }

        [Fact]
        public void A_link_by_login_is_a_comment_naming_both_accounts_before_the_zones_with_the_resource_to_use_in_a_resource_directory()
        {
            int comment = Sample.Text.IndexOf("# Account \"A\" links account \"B\" (login \"b-root@example.com\") for private zones", System.StringComparison.Ordinal);
            Assert.True(comment > 0, Sample.Text);
            Assert.True(comment < Sample.Text.IndexOf("resource \"alicloud_pvtz_zone\"", System.StringComparison.Ordinal));
            Assert.Contains("#   authorized_user_id = \"2000000000000002\"", Sample.Text);
            Assert.Contains("#   auth_channel       = \"RESOURCE_DIRECTORY\"", Sample.Text);
            Assert.Empty(Sample.Resources("alicloud_pvtz_user_vpc_authorization"));
        }

        [Fact]
        public void An_aaaa_record_and_a_binding_the_cloud_refuses_are_comments_in_their_place()
        {
            var export = ExportedConfiguration.Of(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                var vpcA = a.Vpc("VPC-A", "cn-hangzhou", "10.0.0.0/16").VSwitch("j", "cn-hangzhou-j", "10.0.0.0/24");
                var vpcB = b.Vpc("VPC-B", "ap-southeast-1", "10.1.0.0/16").VSwitch("a", "ap-southeast-1a", "10.1.0.0/24");
                a.PrivateZone("Corp.Internal.").Record("DB", "10.0.0.1").Record("v6", "2408:4005:300::1").EffectiveIn(vpcB).EffectiveIn(vpcA);
                b.LinkAccount(b.RamUser("ops"));
            });
            export.AssertValid();
            Assert.Equal("corp.internal", export.Resources("alicloud_pvtz_zone").Single().Value("zone_name"));
            Assert.Equal("db", export.Resources("alicloud_pvtz_zone_record").Single().Value("rr"));
            Assert.Contains("Record \"v6\" AAAA 2408:4005:300::1 of zone \"corp.internal\" left out: the provider takes record types A, CNAME, MX, PTR, SRV and TXT only; add it in the console.", export.Comments);

            // VPC-B's account was never linked: left out of the scope, with the comment where its vpcs block would be.
            var scope = export.Resources("alicloud_pvtz_zone_attachment").Single();
            Assert.Equal(new[] { "alicloud_vpc.vpc_a.id" }, scope.Blocks("vpcs").Select(v => v.Value("vpc_id")));
            Assert.Equal("cn-hangzhou", scope.Blocks("vpcs").Single().Value("region_id"));
            Assert.Contains("  # VPC \"VPC-B\" left out of the scope: its account is neither the zone's owner nor linked by it (TOPO010).\n  vpcs {", export.Text);
            Assert.Contains("Account \"B\" links RAM user \"ops\" for private zones: left out, it is made with a RAM user, and the cloud links root accounts only (TOPO004).", export.Comments);
        }
    }
}
