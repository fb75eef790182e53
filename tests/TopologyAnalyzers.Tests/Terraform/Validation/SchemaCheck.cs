using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>
    /// Checks one body (of a resource, data source, provider or nested block) against its arguments' schema: known
    /// arguments and blocks, settable (not computed-only), not deprecated or removed, literal values of the right type,
    /// allowed and valid, every required one present, no conflicting pair, the exactly-one-of, at-least-one-of and
    /// required-with sets, block counts (the resource's conditional rules are <see cref="SchemaRules"/>). References go to
    /// the validator.
    /// </summary>
    internal sealed class SchemaCheck
    {
        private readonly TerraformValidator _validator;
        private readonly string _what;
        private readonly IReadOnlyDictionary<string, ArgumentSchema> _arguments;
        private readonly IReadOnlySet<string> _timeouts;
        private readonly IReadOnlySet<string> _meta;
        private readonly HashSet<string> _iterators;

        public SchemaCheck(TerraformValidator validator, string what, IReadOnlyDictionary<string, ArgumentSchema> arguments, IReadOnlySet<string> timeouts,
            IReadOnlySet<string> metaArguments, HashSet<string>? iterators = null)
        {
            _validator = validator;
            _what = what;
            _arguments = arguments;
            _timeouts = timeouts;
            _meta = metaArguments;
            _iterators = iterators ?? new HashSet<string>();
        }

        public void Check(HclBody body)
        {
            var present = new HashSet<string>();
            foreach (var argument in body.Arguments)
            {
                if (!present.Add(argument.Name)) _validator.Report(argument.Line, _what + ": argument '" + argument.Name + "' is set twice");
                if (_meta.Contains(argument.Name))
                {
                    CheckMeta(argument);
                    continue;
                }
                _validator.CheckReferences(argument.Value, _iterators);
                if (!_arguments.TryGetValue(argument.Name, out var schema)) { _validator.Report(argument.Line, _what + ": unknown argument '" + argument.Name + "'"); continue; }
                if (schema.Block != null) { _validator.Report(argument.Line, _what + ": '" + argument.Name + "' is a block, not an argument"); continue; }
                CheckArgument(argument.Name, schema, argument.Value, argument.Line);
            }

            var counts = new Dictionary<string, int>();
            foreach (var block in body.Blocks)
            {
                string name = block.Type == "dynamic" && block.Labels.Count == 1 ? block.Labels[0] : block.Type;
                if (block.Type == "timeouts" && _timeouts.Count > 0 && !_arguments.ContainsKey("timeouts"))
                {
                    foreach (var key in block.Body.Arguments.Where(a => !_timeouts.Contains(a.Name))) _validator.Report(key.Line, _what + ": unknown timeout '" + key.Name + "'");
                    continue;
                }
                if (block.Type == "lifecycle" && _meta.Contains("lifecycle")) continue;
                if (!_arguments.TryGetValue(name, out var schema)) { _validator.Report(block.Line, _what + ": unknown block '" + name + "'"); continue; }
                if (schema.Block == null) { _validator.Report(block.Line, _what + ": '" + name + "' is an argument, not a block"); continue; }
                if (!schema.Settable) { _validator.Report(block.Line, _what + ": '" + name + "' is computed by the provider and cannot be set"); continue; }
                if (schema.Deprecated != null) _validator.Report(block.Line, _what + ": '" + name + "' is deprecated: " + schema.Deprecated);
                present.Add(name);
                if (block.Type == "dynamic") CheckDynamic(block, name, schema);
                else
                {
                    counts[name] = counts.GetValueOrDefault(name) + 1;
                    new SchemaCheck(_validator, _what + "." + name, schema.Block, new HashSet<string>(), new HashSet<string>(), _iterators).Check(block.Body);
                }
            }
            foreach (var (name, count) in counts)
            {
                var schema = _arguments[name];
                if (schema.MaxItems is int max && count > max) _validator.Report(body.Blocks.First(b => b.Type == name).Line, _what + ": at most " + max + " '" + name + "' block(s), found " + count);
                if (schema.MinItems is int min && count < min) _validator.Report(body.Blocks.First(b => b.Type == name).Line, _what + ": at least " + min + " '" + name + "' block(s), found " + count);
            }
            CheckPresence(body, present);
        }

        private void CheckDynamic(HclBlockNode block, string name, ArgumentSchema schema)
        {
            var forEach = block.Body.Arguments.FirstOrDefault(a => a.Name == "for_each");
            if (forEach == null) _validator.Report(block.Line, _what + ": dynamic '" + name + "' needs for_each");
            else _validator.CheckReferences(forEach.Value, _iterators);
            foreach (var argument in block.Body.Arguments.Where(a => a.Name != "for_each" && a.Name != "iterator" && a.Name != "labels"))
            {
                _validator.Report(argument.Line, _what + ": unknown argument '" + argument.Name + "' of dynamic '" + name + "'");
            }
            var content = block.Body.Blocks.Where(b => b.Type == "content").ToList();
            if (content.Count != 1) { _validator.Report(block.Line, _what + ": dynamic '" + name + "' needs one content block"); return; }
            var iterators = new HashSet<string>(_iterators) { name };
            new SchemaCheck(_validator, _what + "." + name, schema.Block!, new HashSet<string>(), new HashSet<string>(), iterators).Check(content[0].Body);
        }

        private void CheckMeta(HclArgument argument)
        {
            switch (argument.Name)
            {
                case "provider": _validator.CheckProviderReference(argument); break;
                case "depends_on": _validator.CheckDependsOn(argument); break;
                case "alias":
                    if (!(argument.Value is HclTemplate { Text: string alias }) || !Regex.IsMatch(alias, "^[A-Za-z_][A-Za-z0-9_-]*$"))
                    {
                        _validator.Report(argument.Line, "a provider alias must be an identifier");
                    }
                    break;
                default: _validator.CheckReferences(argument.Value, _iterators); break;
            }
        }

        private void CheckArgument(string name, ArgumentSchema schema, HclExpression value, int line)
        {
            string where = _what + "." + name;
            if (!schema.Settable) { _validator.Report(line, where + " is computed by the provider and cannot be set"); return; }
            if (schema.Removed != null) _validator.Report(line, where + " was removed: " + schema.Removed);
            if (schema.Deprecated != null) _validator.Report(line, where + " is deprecated: " + schema.Deprecated);
            string? typeProblem = TypeProblem(schema.Type, value);
            if (typeProblem != null) { _validator.Report(line, where + ": " + typeProblem); return; }
            object? literal = Literal(value);
            if (literal == null) return;
            if (schema.Allowed != null && !IsAllowed(schema.Allowed, literal, schema.AllowedIgnoreCase))
            {
                _validator.Report(line, where + ": " + Describe(literal) + " is not one of " + string.Join(", ", schema.Allowed.Select(a => a.ToString())));
            }
            if (schema.Validate is JsonElement validate && !Passes(validate, literal))
            {
                _validator.Report(line, where + ": " + Describe(literal) + " fails the provider's validation " + validate.GetRawText());
            }
        }

        private void CheckPresence(HclBody body, HashSet<string> present)
        {
            int line = body.Arguments.Select(a => a.Line).Concat(body.Blocks.Select(b => b.Line)).DefaultIfEmpty(0).Min();
            foreach (var (name, schema) in _arguments)
            {
                if (schema.Required && !present.Contains(name)) _validator.Report(line, _what + ": the required argument '" + name + "' is missing");
                if (!present.Contains(name)) continue;
                foreach (var other in schema.ConflictsWith.Where(present.Contains)) _validator.Report(line, _what + ": '" + name + "' conflicts with '" + other + "'");
                if (schema.ExactlyOneOf.Count > 0 && schema.ExactlyOneOf.Count(present.Contains) != 1)
                {
                    _validator.Report(line, _what + ": exactly one of " + string.Join(", ", schema.ExactlyOneOf) + " must be set");
                }
                foreach (var other in schema.RequiredWith.Where(o => !present.Contains(o))) _validator.Report(line, _what + ": '" + name + "' requires '" + other + "'");
            }
            foreach (var set in _arguments.Values.Select(a => a.ExactlyOneOf).Where(s => s.Count > 0).Select(s => string.Join(",", s)).Distinct())
            {
                var names = set.Split(',');
                if (!names.Any(present.Contains)) _validator.Report(line, _what + ": exactly one of " + string.Join(", ", names) + " must be set");
            }
            foreach (var set in _arguments.Values.Select(a => a.AtLeastOneOf).Where(s => s.Count > 0).Select(s => string.Join(",", s)).Distinct())
            {
                var names = set.Split(',');
                if (!names.Any(present.Contains)) _validator.Report(line, _what + ": at least one of " + string.Join(", ", names) + " must be set");
            }
        }

        /// <summary>A literal's value: string, double or bool; null for anything computed (a reference, an interpolation).</summary>
        internal static object? Literal(HclExpression expression) => expression switch
        {
            HclTemplate template => template.Text,
            HclLiteral { Value: double or bool } literal => literal.Value,
            HclOperation { Operator: "-", Operands: [HclLiteral { Value: double d }] } => -d,
            _ => null,
        };

        private static string? TypeProblem(string type, HclExpression value)
        {
            if (value is HclLiteral { Value: null }) return null;
            bool computed = value is HclTraversal or HclRelativeTraversal or HclCall or HclConditional or HclOperation || value is HclTemplate { Text: null };
            if (computed) return null;
            object? literal = Literal(value);
            return type switch
            {
                "string" => value is HclTuple or HclObject ? "a string is expected" : null,
                "bool" => literal is bool || literal is string s && (s == "true" || s == "false") ? null : "a bool is expected",
                "int" => literal is double d && d == Math.Floor(d) || literal is string t && int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) ? null : "a whole number is expected",
                "float" => literal is double || literal is string f && double.TryParse(f, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : "a number is expected",
                "list" or "set" => value is HclTuple ? null : "a list is expected",
                "map" => value is HclObject ? null : "a map is expected",
                _ => null,
            };
        }

        private static bool IsAllowed(IReadOnlyList<JsonElement> allowed, object literal, bool ignoreCase) =>
            allowed.Any(a => Equal(literal, FromJson(a)) || ignoreCase && literal is string s && a.ValueKind == JsonValueKind.String && string.Equals(s, a.GetString(), StringComparison.OrdinalIgnoreCase));

        private static bool Passes(JsonElement validate, object literal)
        {
            if (validate.TryGetProperty("any", out var any)) return any.EnumerateArray().Any(v => Passes(v, literal));
            if (validate.TryGetProperty("allowed", out var allowed)) return IsAllowed(allowed.EnumerateArray().ToList(), literal, false);
            if (validate.TryGetProperty("int_between", out var between))
            {
                return literal is double d && d >= between[0].GetDouble() && d <= between[1].GetDouble();
            }
            if (validate.TryGetProperty("len_between", out var length))
            {
                // The provider's StringLenBetween counts bytes (Go's len of a UTF-8 string).
                int bytes = Encoding.UTF8.GetByteCount(literal.ToString()!);
                return bytes >= length[0].GetInt32() && bytes <= length[1].GetInt32();
            }
            if (validate.TryGetProperty("match", out var pattern)) return literal is string s && Regex.IsMatch(s, pattern.GetString()!);
            return true;
        }

        internal static object? FromJson(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };

        internal static bool Equal(object? a, object? b) => a is double x && b is double y ? x == y : Equals(a, b) || (a != null && b != null && a.ToString() == b.ToString() && (a is string || b is string));

        internal static string Describe(object? literal) => literal is string s ? "\"" + s + "\"" : literal?.ToString() ?? "(unset)";
    }
}
