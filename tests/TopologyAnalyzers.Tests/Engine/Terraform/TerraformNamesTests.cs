using System.Linq;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Terraform
{
    /// <summary>Terraform names from DSL names.</summary>
    public class TerraformNamesTests
    {
        [Theory]
        [InlineData("VPC1", "vpc1")]
        [InlineData("vsw1-a", "vsw1_a")]
        [InlineData("  a -- b  ", "a_b")]
        [InlineData("corp.internal", "corp_internal")]
        [InlineData("7up", "vpc_7up")]
        [InlineData("", "vpc")]
        [InlineData("生产", "vpc")]
        [InlineData("${x}", "x")]
        public void A_name_becomes_a_lower_case_identifier_starting_with_a_letter(string name, string identifier)
        {
            Assert.Equal(identifier, TerraformNames.Identifier(name, "vpc"));
        }

        [Fact]
        public void A_long_name_is_cut_to_the_limit_and_collisions_stay_within_it()
        {
            var names = new TerraformNames();
            string longName = new string('x', 100);
            string first = names.Claim("alicloud_vpc", longName, "vpc");
            string second = names.Claim("alicloud_vpc", longName, "vpc");
            Assert.Equal(TerraformNames.MaxLength, first.Length);
            Assert.Equal(TerraformNames.MaxLength, second.Length);
            Assert.EndsWith("_2", second);
        }

        [Fact]
        public void Each_namespace_hands_out_a_name_once_numbering_later_ones_in_order()
        {
            var names = new TerraformNames();
            var vpcs = new[] { "a", "A", "a_2", "a" }.Select(n => names.Claim("alicloud_vpc", n, "vpc")).ToList();
            Assert.Equal(new[] { "a", "a_2", "a_2_2", "a_3" }, vpcs);
            Assert.Equal("a", names.Claim("alicloud_vswitch", "a", "vswitch"));
        }
    }
}
