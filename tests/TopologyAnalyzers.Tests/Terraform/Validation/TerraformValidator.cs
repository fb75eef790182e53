using System.Collections.Generic;
using System.Linq;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>
    /// Checks a Terraform configuration against the alicloud provider's schema (<see cref="ProviderSchema"/>) the way
    /// <c>terraform validate</c> would, without a terraform binary: it parses the text, then checks every block (known
    /// resource and data types, known arguments, required ones present, no conflicting pair, no deprecated or removed
    /// argument, allowed values and validations of literal values, the conditional rules of each resource) and every
    /// reference (a declared variable, provider alias, resource or data block, and an attribute it exports:
    /// <c>TerraformValidator.References.cs</c>). Returns the
    /// problems found, each with its line; an empty list means the configuration is valid for the schema.
    /// </summary>
    internal sealed partial class TerraformValidator
    {
        private readonly ProviderSchema _schema;
        private readonly List<string> _problems = new List<string>();
        private readonly HashSet<string> _variables = new HashSet<string>();
        private readonly HashSet<string> _aliases = new HashSet<string>();
        private readonly Dictionary<string, BlockSchema?> _resources = new Dictionary<string, BlockSchema?>();
        private readonly Dictionary<string, BlockSchema?> _data = new Dictionary<string, BlockSchema?>();

        private TerraformValidator(ProviderSchema schema) => _schema = schema;

        public static IReadOnlyList<string> Validate(string configuration) => Validate(configuration, ProviderSchema.Current);

        public static IReadOnlyList<string> Validate(string configuration, ProviderSchema schema)
        {
            var validator = new TerraformValidator(schema);
            HclBody body;
            try
            {
                body = HclParser.ParseConfig(configuration);
            }
            catch (HclSyntaxException e)
            {
                return new[] { e.Message };
            }
            validator.Declare(body);
            foreach (var block in body.Blocks) validator.Check(block);
            foreach (var argument in body.Arguments) validator.Problem(argument.Line, "an argument '" + argument.Name + "' outside any block");
            return validator._problems;
        }

        private void Problem(int line, string message) => _problems.Add("line " + line + ": " + message);

        /// <summary>First every declaration, so that a reference may come before what it names.</summary>
        private void Declare(HclBody body)
        {
            foreach (var block in body.Blocks)
            {
                switch (block.Type)
                {
                    case "variable" when block.Labels.Count == 1:
                        if (!_variables.Add(block.Labels[0])) Problem(block.Line, "variable '" + block.Labels[0] + "' is declared twice");
                        break;
                    case "provider" when block.Labels.Count == 1:
                        var alias = block.Body.Arguments.FirstOrDefault(a => a.Name == "alias");
                        string name = alias?.Value is HclTemplate { Text: string text } ? text : "";
                        if (!_aliases.Add(name)) Problem(block.Line, "provider alias '" + name + "' is declared twice");
                        break;
                    case "resource" when block.Labels.Count == 2:
                        DeclareAddress(_resources, block, block.Labels[0] + "." + block.Labels[1], _schema.Resources);
                        break;
                    case "data" when block.Labels.Count == 2:
                        DeclareAddress(_data, block, block.Labels[0] + "." + block.Labels[1], _schema.DataSources);
                        break;
                }
            }
        }

        private void DeclareAddress(Dictionary<string, BlockSchema?> declared, HclBlockNode block, string address, IReadOnlyDictionary<string, BlockSchema> schemas)
        {
            if (declared.ContainsKey(address)) Problem(block.Line, "'" + address + "' is declared twice");
            declared[address] = schemas.TryGetValue(block.Labels[0], out var schema) ? schema : null;
        }

        private void Check(HclBlockNode block)
        {
            switch (block.Type)
            {
                case "terraform":
                    CheckTerraformBlock(block);
                    break;
                case "variable":
                    CheckVariable(block);
                    break;
                case "provider":
                    if (block.Labels.Count != 1 || block.Labels[0] != "alicloud") { Problem(block.Line, "a provider other than alicloud"); break; }
                    var alias = block.Body.Arguments.FirstOrDefault(a => a.Name == "alias");
                    var arguments = new Dictionary<string, ArgumentSchema>(_schema.Provider);
                    if (alias != null && !(alias.Value is HclTemplate { Text: string }))
                    {
                        Problem(alias.Line, "a provider alias must be a literal string");
                    }
                    new SchemaCheck(this, "provider", arguments, new HashSet<string>(), metaArguments: new HashSet<string> { "alias" }).Check(block.Body);
                    break;
                case "resource":
                case "data":
                    CheckResource(block);
                    break;
                default:
                    Problem(block.Line, "an unexpected top-level block '" + block.Type + "'");
                    break;
            }
        }

        private void CheckResource(HclBlockNode block)
        {
            bool resource = block.Type == "resource";
            if (block.Labels.Count != 2) { Problem(block.Line, block.Type + " needs a type and a name"); return; }
            string type = block.Labels[0];
            var schemas = resource ? _schema.Resources : _schema.DataSources;
            if (!schemas.TryGetValue(type, out var schema))
            {
                bool registered = resource ? _schema.ResourceTypes.Contains(type) : _schema.DataSourceTypes.Contains(type);
                Problem(block.Line, registered
                    ? "'" + type + "' is a " + block.Type + " type of the provider without a schema in " + ProviderSchema.FileName + " to check it against"
                    : "unknown " + block.Type + " type '" + type + "'");
                return;
            }
            var meta = resource ? _schema.ResourceMetaArguments : _schema.DataMetaArguments;
            var check = new SchemaCheck(this, type, schema.Arguments, schema.Timeouts, meta);
            check.Check(block.Body);
            SchemaRules.Check(this, type, schema.Arguments, block.Body, schema.Rules, block.Line);
            var provider = block.Body.Arguments.FirstOrDefault(a => a.Name == "provider");
            if (provider == null) Problem(block.Line, type + "." + block.Labels[1] + " names no provider alias, so it would use an unconfigured default provider");
        }

        private void CheckTerraformBlock(HclBlockNode block)
        {
            foreach (var argument in block.Body.Arguments)
            {
                if (argument.Name != "required_version") Problem(argument.Line, "unexpected argument '" + argument.Name + "' in the terraform block");
            }
            foreach (var inner in block.Body.Blocks)
            {
                if (inner.Type != "required_providers") { Problem(inner.Line, "unexpected block '" + inner.Type + "' in the terraform block"); continue; }
                foreach (var provider in inner.Body.Arguments)
                {
                    if (!(provider.Value is HclObject settings)) { Problem(provider.Line, "a required provider must be an object"); continue; }
                    var keys = settings.Items.ToDictionary(i => (i.Key as HclTemplate)?.Text ?? "", i => (i.Value as HclTemplate)?.Text);
                    foreach (var key in keys.Keys.Where(k => k != "source" && k != "version")) Problem(provider.Line, "unexpected key '" + key + "' in required_providers");
                    if (provider.Name == "alicloud" && (!keys.TryGetValue("source", out var source) || source != _schema.Source))
                    {
                        Problem(provider.Line, "the alicloud provider's source must be \"" + _schema.Source + "\"");
                    }
                }
            }
        }

        private void CheckVariable(HclBlockNode block)
        {
            var allowed = new HashSet<string> { "description", "type", "default", "sensitive", "nullable", "ephemeral" };
            foreach (var argument in block.Body.Arguments)
            {
                if (!allowed.Contains(argument.Name)) Problem(argument.Line, "unexpected argument '" + argument.Name + "' in a variable");
                else if (argument.Name != "type") CheckReferences(argument.Value, new HashSet<string>());
                else if (!(argument.Value is HclTraversal { Root: "string" or "number" or "bool" or "any", Steps.Count: 0 } or HclCall))
                {
                    Problem(argument.Line, "a variable type must be a type constraint");
                }
            }
            foreach (var inner in block.Body.Blocks)
            {
                if (inner.Type != "validation") Problem(inner.Line, "unexpected block '" + inner.Type + "' in a variable");
            }
        }

        internal void Report(int line, string message) => Problem(line, message);
    }
}
