using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Terraform
{
    /// <summary>The layout <c>terraform fmt</c> gives, from the HCL tree.</summary>
    public class HclFormatterTests
    {
        [Fact]
        public void Consecutive_arguments_align_their_equals_and_a_nested_block_or_comment_starts_a_new_run()
        {
            var document = new HclDocument();
            var block = document.Block("resource", "alicloud_vpc", "x").Above("above").String("a", "1").String("longer", "2");
            block.Nested("inner").String("k", "v").String("key", "w");
            block.Comment("here").Set("b", "true").Set("depends_on", "[x]");
            document.Comment("between");
            document.Block("variable", "v").Set("type", "string");

            Assert.Equal(
                "# above\n" +
                "resource \"alicloud_vpc\" \"x\" {\n" +
                "  a      = \"1\"\n" +
                "  longer = \"2\"\n" +
                "  inner {\n" +
                "    k   = \"v\"\n" +
                "    key = \"w\"\n" +
                "  }\n" +
                "  # here\n" +
                "  b          = true\n" +
                "  depends_on = [x]\n" +
                "}\n" +
                "\n" +
                "# between\n" +
                "\n" +
                "variable \"v\" {\n" +
                "  type = string\n" +
                "}\n",
                HclFormatter.Write(document));
        }

        [Fact]
        public void An_object_argument_spans_lines_with_its_own_alignment()
        {
            var document = new HclDocument();
            var providers = document.Block("terraform").Nested("required_providers");
            var alicloud = new HclObjectAttribute("alicloud");
            alicloud.Attributes.Add(new HclAttribute("source", "\"aliyun/alicloud\""));
            alicloud.Attributes.Add(new HclAttribute("version", "\">= 1\""));
            providers.Body.Add(alicloud);

            Assert.Equal("terraform {\n  required_providers {\n    alicloud = {\n      source  = \"aliyun/alicloud\"\n      version = \">= 1\"\n    }\n  }\n}\n",
                HclFormatter.Write(document));
        }
    }
}
