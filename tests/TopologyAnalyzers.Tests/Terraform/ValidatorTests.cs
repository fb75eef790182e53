using System.IO;
using System.Linq;
using TopologyAnalyzers.Tests.Support;
using TopologyAnalyzers.Tests.Terraform.Validation;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// The validator the export is checked with can fail: each kind of mistake it looks for, made on purpose in an
    /// otherwise valid configuration (the provider's own cross-account example, trimmed), is reported on its line.
    /// </summary>
    public class ValidatorTests
    {
        private const string Valid = """
            terraform {
              required_providers {
                alicloud = {
                  source = "aliyun/alicloud"
                }
              }
            }

            variable "b_key" {
              type      = string
              default   = null
              sensitive = true
            }

            provider "alicloud" {
              alias      = "a"
              region     = "cn-hangzhou"
              access_key = var.b_key
            }

            provider "alicloud" {
              alias  = "b"
              region = "cn-hangzhou"
            }

            resource "alicloud_vpc" "default" {
              provider   = alicloud.b
              vpc_name   = "vpc-b"
              cidr_block = "192.168.0.0/16"
            }

            resource "alicloud_vswitch" "default" {
              provider     = alicloud.b
              vpc_id       = alicloud_vpc.default.id
              cidr_block   = "192.168.1.0/24"
              zone_id      = "cn-hangzhou-j"
              vswitch_name = "vsw-b"
            }

            resource "alicloud_cen_instance" "default" {
              provider          = alicloud.a
              cen_instance_name = "cen-a"
            }

            resource "alicloud_cen_transit_router" "default" {
              provider = alicloud.a
              cen_id   = alicloud_cen_instance.default.id
            }

            resource "alicloud_cen_transit_router_grant_attachment" "default" {
              provider      = alicloud.b
              instance_type = "VPC"
              instance_id   = alicloud_vpc.default.id
              cen_owner_id  = "1000000000000001"
              cen_id        = alicloud_cen_instance.default.id
              order_type    = "PayByCenOwner"
            }

            resource "alicloud_cen_transit_router_vpc_attachment" "default" {
              provider          = alicloud.a
              cen_id            = alicloud_cen_instance.default.id
              transit_router_id = alicloud_cen_transit_router.default.transit_router_id
              vpc_id            = alicloud_vpc.default.id
              vpc_owner_id      = "2000000000000002"
              zone_mappings {
                vswitch_id = alicloud_vswitch.default.id
                zone_id    = "cn-hangzhou-j"
              }
              order_type = "PayByCenOwner"
              depends_on = [alicloud_cen_transit_router_grant_attachment.default]
            }

            data "alicloud_cen_transit_router_route_tables" "default" {
              provider                        = alicloud.a
              transit_router_id               = alicloud_cen_transit_router.default.transit_router_id
              transit_router_route_table_type = "System"
            }

            resource "alicloud_cen_transit_router_route_table_association" "default" {
              provider                      = alicloud.a
              transit_router_attachment_id  = alicloud_cen_transit_router_vpc_attachment.default.transit_router_attachment_id
              transit_router_route_table_id = data.alicloud_cen_transit_router_route_tables.default.tables[0].transit_router_route_table_id
            }

            resource "alicloud_security_group_rule" "icmp" {
              provider          = alicloud.b
              security_group_id = "sg-123"
              type              = "ingress"
              ip_protocol       = "icmp"
              cidr_ip           = "10.0.0.0/8"
            }

            """;

        [Fact]
        public void A_valid_configuration_has_no_problems()
        {
            Assert.Empty(TerraformValidator.Validate(Valid));
        }

        [Theory]
        [InlineData("  vpc_name   = \"vpc-b\"\n", "  vpc_name   = \"vpc-b\"\n  colour     = \"blue\"\n", "alicloud_vpc: unknown argument 'colour'")]
        [InlineData("  cen_id   = alicloud_cen_instance.default.id\n}", "}", "alicloud_cen_transit_router: the required argument 'cen_id' is missing")]
        [InlineData("instance_id   = alicloud_vpc.default.id", "instance_id   = alicloud_vpc.other.id", "'alicloud_vpc.other.id' names no declared resource")]
        [InlineData("vswitch_id = alicloud_vswitch.default.id", "vswitch_id = alicloud_vswitch.default.vswitch_identifier", "'vswitch_identifier' is not an attribute it exports")]
        [InlineData("tables[0].transit_router_route_table_id", "tables[0].route_table", "'route_table' is not an attribute of tables")]
        [InlineData("access_key = var.b_key", "access_key = var.a_key", "'var.a_key' names no declared variable")]
        [InlineData("  provider          = alicloud.a\n  cen_instance_name", "  provider          = alicloud.c\n  cen_instance_name", "provider must name a declared alias")]
        [InlineData("depends_on = [alicloud_cen_transit_router_grant_attachment.default]", "depends_on = [alicloud_cen_transit_router_grant_attachment.b]", "depends_on names no declared resource")]
        [InlineData("  vpc_name   = \"vpc-b\"\n", "  vpc_name   = \"vpc-b\"\n  name       = \"vpc-b\"\n", "alicloud_vpc.name is deprecated")]
        [InlineData("  vpc_name   = \"vpc-b\"\n", "  vpc_name   = \"vpc-b\"\n  name       = \"vpc-b\"\n", "alicloud_vpc: 'vpc_name' conflicts with 'name'")]
        [InlineData("order_type    = \"PayByCenOwner\"", "order_type    = \"PayByAnyone\"", "\"PayByAnyone\" is not one of")]
        [InlineData("  vpc_name   = \"vpc-b\"\n", "  vpc_name   = \"vpc-b\"\n  route_table_id = \"vtb-1\"\n", "alicloud_vpc.route_table_id is computed by the provider and cannot be set")]
        [InlineData("  zone_id      = \"cn-hangzhou-j\"\n", "", "exactly one of zone_id, availability_zone must be set")]
        [InlineData("  cidr_ip           = \"10.0.0.0/8\"\n", "  cidr_ip           = \"10.0.0.0/8\"\n  port_range        = \"1/65535\"\n", "'icmp', 'gre' and 'all' only support port range '-1/-1'")]
        [InlineData("ip_protocol       = \"icmp\"", "ip_protocol       = \"tcp\"", "'tcp' and 'udp' can support port range: [1, 65535]")]
        [InlineData("resource \"alicloud_vpc\" \"default\" {", "resource \"alicloud_vpcs\" \"default\" {", "unknown resource type 'alicloud_vpcs'")]
        [InlineData("resource \"alicloud_vpc\" \"default\" {", "resource \"alicloud_nat_gateway\" \"default\" {", "without a schema")]
        [InlineData("  provider   = alicloud.b\n  vpc_name", "  vpc_name", "alicloud_vpc.default names no provider alias")]
        [InlineData("vpc_name   = \"vpc-b\"", "vpc_name   = \"vpc-${b}\"", "'b' names nothing that can be referred to")]
        [InlineData("vpc_name   = \"vpc-b\"", "vpc_name   = \"vpc-%{ if true }b%{ endif }\"", "a template directive (%{) in a string")]
        [InlineData("vpc_name   = \"vpc-b\"", "vpc_name   = \"vpc-\nb\"", "a quoted string may not hold a line break")]
        [InlineData("source = \"aliyun/alicloud\"", "source = \"hashicorp/alicloud\"", "the alicloud provider's source must be \"aliyun/alicloud\"")]
        [InlineData("  zone_mappings {\n    vswitch_id = alicloud_vswitch.default.id\n    zone_id    = \"cn-hangzhou-j\"\n  }\n", "", "the required argument 'zone_mappings' is missing")]
        public void A_broken_configuration_is_reported(string valid, string broken, string problem)
        {
            string text = Valid.Replace(valid, broken);
            Assert.NotEqual(Valid, text);
            var problems = TerraformValidator.Validate(text);
            Assert.True(problems.Any(p => p.Contains(problem)), "expected \"" + problem + "\" among:\n" + string.Join("\n", problems));
        }

        [Fact]
        public void A_problem_names_the_line_it_is_on()
        {
            var problems = TerraformValidator.Validate(Valid.Replace("  vpc_name   = \"vpc-b\"\n", "  vpc_name   = \"vpc-b\"\n  colour     = \"blue\"\n"));
            int line = Valid.Split('\n').ToList().FindIndex(l => l.Contains("vpc_name   = \"vpc-b\"")) + 2;
            Assert.Equal("line " + line + ": alicloud_vpc: unknown argument 'colour'", Assert.Single(problems));
        }

        [Fact]
        public void The_schema_copy_under_the_tests_equals_the_shared_specification()
        {
            var shared = Fixtures.SharedSpecPath("terraform", ProviderSchema.FileName);
            if (shared == null) return; // Only the copy is there (a clone without shared/): nothing to compare with.
            Assert.Equal(File.ReadAllText(shared), File.ReadAllText(ProviderSchema.CopyPath));
        }

        [Fact]
        public void The_schema_knows_every_resource_type_the_export_writes()
        {
            var schema = ProviderSchema.Current;
            foreach (var type in new[] { "alicloud_vpc", "alicloud_vswitch", "alicloud_instance", "alicloud_security_group_rule", "alicloud_route_entry", "alicloud_pvtz_zone_attachment" })
            {
                Assert.True(schema.Resources.ContainsKey(type), type);
            }
            Assert.True(schema.Resources["alicloud_cen_transit_router_vpc_attachment"].Arguments["zone_mappings"].Required);
        }
    }
}
