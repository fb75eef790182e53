using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>
    /// A resource's conditional requirements, the <c>rules</c> of <c>alicloud-resources.json</c> (enforced by the
    /// provider's Create functions or stated in its docs), evaluated over the literal values of a block: required unless
    /// or if another argument has a value, forbidden if, a value required given another's, requires, one of required.
    /// </summary>
    internal static class SchemaRules
    {
        /// <summary>The resource's conditional requirements (<c>rules</c> in the schema file), evaluated over literal values.</summary>
        public static void Check(TerraformValidator validator, string what, IReadOnlyDictionary<string, ArgumentSchema> arguments, HclBody body, IReadOnlyList<JsonElement> rules, int line)
        {
            var values = body.Arguments.ToDictionary(a => a.Name, a => SchemaCheck.Literal(a.Value));
            bool Present(string name) => values.ContainsKey(name) || body.Blocks.Any(b => b.Type == name);
            object? Value(string name, bool useDefault) =>
                values.TryGetValue(name, out var v) ? v : useDefault && arguments.TryGetValue(name, out var s) && s.Default is JsonElement d ? SchemaCheck.FromJson(d) : null;
            bool Matches(JsonElement when) =>
                when.TryGetProperty("equals", out var equals) ? SchemaCheck.Equal(Value(when.GetProperty("arg").GetString()!, false), SchemaCheck.FromJson(equals))
                : when.TryGetProperty("in", out var list) ? list.EnumerateArray().Any(e => SchemaCheck.Equal(Value(when.GetProperty("arg").GetString()!, false), SchemaCheck.FromJson(e)))
                : when.TryGetProperty("set", out var set) && set.GetBoolean() == Present(when.GetProperty("arg").GetString()!);

            foreach (var rule in rules)
            {
                string kind = rule.GetProperty("kind").GetString()!;
                string Arg() => rule.GetProperty("arg").GetString()!;
                IEnumerable<string> Args(string property) => rule.GetProperty(property).EnumerateArray().Select(e => e.GetString()!);
                switch (kind)
                {
                    case "required_unless":
                        if (!Matches(rule.GetProperty("unless")))
                        {
                            foreach (var name in Args("args").Where(n => !Present(n))) validator.Report(line, what + ": '" + name + "' is required here");
                        }
                        break;
                    case "required_if":
                        if (Matches(rule.GetProperty("when")) && !Present(Arg())) validator.Report(line, what + ": '" + Arg() + "' is required here");
                        break;
                    case "forbidden_if":
                        if (Matches(rule.GetProperty("when")) && Present(Arg())) validator.Report(line, what + ": '" + Arg() + "' must not be set here");
                        break;
                    case "requires":
                        if (Present(Arg())) foreach (var name in Args("requires").Where(n => !Present(n))) validator.Report(line, what + ": '" + Arg() + "' requires '" + name + "'");
                        break;
                    case "one_of_required":
                        if (!Args("args").Any(Present)) validator.Report(line, what + ": one of " + string.Join(", ", Args("args")) + " is required");
                        break;
                    case "value_if":
                        if (!Matches(rule.GetProperty("when"))) break;
                        var value = Value(Arg(), rule.TryGetProperty("use_default", out var d) && d.GetBoolean());
                        bool fails = rule.TryGetProperty("must_equal", out var must) ? !SchemaCheck.Equal(value, SchemaCheck.FromJson(must))
                            : rule.TryGetProperty("must_not_equal", out var mustNot) && (value == null || SchemaCheck.Equal(value, SchemaCheck.FromJson(mustNot)));
                        if (fails) validator.Report(line, what + ": " + Arg() + " " + SchemaCheck.Describe(value) + ": " + rule.GetProperty("message").GetString());
                        break;
                    default:
                        validator.Report(line, what + ": a rule of kind '" + kind + "' this validator does not know");
                        break;
                }
            }
        }
    }
}
