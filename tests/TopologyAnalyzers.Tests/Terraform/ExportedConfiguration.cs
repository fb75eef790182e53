using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TopologyAnalyzers.Tests.Terraform.Validation;
using Xunit;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// An export read back with the validator's parser, for tests that ask what it holds as a user would read it: the
    /// resources of a type, an argument's value (a string's text, a reference as written, a list as <c>[a, b]</c>).
    /// </summary>
    internal sealed class ExportedConfiguration
    {
        private ExportedConfiguration(string text, HclBody body)
        {
            Text = text;
            Body = body;
        }

        public string Text { get; }

        public HclBody Body { get; }

        public static ExportedConfiguration Of(Topology topology) => Parse(topology.ToTerraform());

        public static ExportedConfiguration Of(System.Action<TopologyBuilder> define) => Of(Topology.Build(define));

        public static ExportedConfiguration Parse(string text) => new ExportedConfiguration(text, HclParser.ParseConfig(text));

        public IEnumerable<HclBlockNode> Resources(string type) => Body.Blocks.Where(b => b.Type == "resource" && b.Labels[0] == type);

        public HclBlockNode Resource(string type, string name) =>
            Resources(type).SingleOrDefault(b => b.Labels[1] == name) ?? throw new Xunit.Sdk.XunitException("no resource " + type + "." + name + " in:\n" + Text);

        public IEnumerable<HclBlockNode> Data(string type) => Body.Blocks.Where(b => b.Type == "data" && b.Labels[0] == type);

        public IEnumerable<HclBlockNode> Providers => Body.Blocks.Where(b => b.Type == "provider");

        public IEnumerable<string> Variables => Body.Blocks.Where(b => b.Type == "variable").Select(b => b.Labels[0]);

        /// <summary>The comment lines (without <c># </c>), in order.</summary>
        public IEnumerable<string> Comments => Text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("#", System.StringComparison.Ordinal)).Select(l => l.TrimStart('#').Trim());

        /// <summary>The validator's problems with the export; empty when it is valid for the provider's schema.</summary>
        public IReadOnlyList<string> Problems => TerraformValidator.Validate(Text);

        public void AssertValid() => Assert.True(Problems.Count == 0, string.Join("\n", Problems) + "\n\n" + Text);
    }

    /// <summary>Reading arguments of a parsed block.</summary>
    internal static class HclBlockReading
    {
        /// <summary>The argument's value as written: a string's text, a reference's path, a list as <c>[a, b]</c>; null when absent.</summary>
        public static string? Value(this HclBlockNode block, string name)
        {
            var argument = block.Body.Arguments.SingleOrDefault(a => a.Name == name);
            return argument == null ? null : Show(argument.Value);
        }

        /// <summary>The nested blocks of one type, in order.</summary>
        public static IEnumerable<HclBlockNode> Blocks(this HclBlockNode block, string type) => block.Body.Blocks.Where(b => b.Type == type);

        public static IEnumerable<string> ArgumentNames(this HclBlockNode block) => block.Body.Arguments.Select(a => a.Name);

        public static string Show(HclExpression expression) => expression switch
        {
            HclTemplate template => template.Text ?? string.Concat(template.Parts.Select(p => p is string s ? s : "${" + Show((HclExpression)p) + "}")),
            HclLiteral { Value: null } => "null",
            HclLiteral { Value: bool b } => b ? "true" : "false",
            HclLiteral { Value: double d } => d.ToString(CultureInfo.InvariantCulture),
            HclTraversal t => t.Root + string.Concat(t.Steps.Select(Show)),
            HclTuple tuple => "[" + string.Join(", ", tuple.Items.Select(Show)) + "]",
            _ => expression.GetType().Name,
        };

        private static string Show(HclStep step) => step switch
        {
            HclAttributeStep a => "." + a.Name,
            HclIndexStep i => "[" + Show(i.Key) + "]",
            _ => "[*]",
        };
    }
}
