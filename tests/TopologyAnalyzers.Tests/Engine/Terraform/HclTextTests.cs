using CsCheck;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Tests.Terraform.Validation;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Terraform
{
    /// <summary>User strings as HCL literals and comment text.</summary>
    public class HclTextTests
    {
        [Theory]
        [InlineData("plain", "\"plain\"")]
        [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
        [InlineData("${var.x}", "\"$${var.x}\"")]
        [InlineData("%{ if x }", "\"%%{ if x }\"")]
        [InlineData("$${x}", "\"$$${x}\"")]
        [InlineData("$ and % and {", "\"$ and % and {\"")]
        [InlineData("a\nb\r\tc", "\"a\\nb\\r\\tc\"")]
        [InlineData("sep\u2028rtl\u200F\u0000", "\"sep\\u2028rtl\\u200F\\u0000\"")]
        [InlineData("tag\U000E0001", "\"tag\\U000E0001\"")]
        [InlineData("生产 😀", "\"生产 😀\"")]
        public void A_string_is_quoted_with_hcl_escapes(string value, string literal)
        {
            Assert.Equal(literal, HclText.Quote(value));
        }

        [Fact]
        public void Any_string_reads_back_as_itself_from_its_literal()
        {
            Gen.String[Gen.Char[" $%{}\"\\\n\r\t\u2028\u200Fa0"], 0, 12].Sample(value =>
            {
                var template = HclTemplateParser.Parse(HclText.Quote(value)[1..^1], 1);
                Assert.Equal(value, template.Text);
            });
        }

        [Fact]
        public void A_lone_surrogate_becomes_the_replacement_character_and_a_pair_stays()
        {
            Assert.Equal("\"a\uFFFDb\"", HclText.Quote("a\uD800b"));
            Assert.Equal("\"\uFFFD\"", HclText.Quote("\uDC00"));
            Assert.Equal("\"\uD83D\uDE00\"", HclText.Quote("\uD83D\uDE00"));
        }

        [Fact]
        public void Comment_text_stays_on_one_line()
        {
            Assert.Equal("a\\u000Ab\\u2028c\\u0085d", HclText.Comment("a\nb\u2028c\u0085d"));
            Assert.Equal("${x} \"q\"", HclText.Comment("${x} \"q\""));
        }
    }
}
