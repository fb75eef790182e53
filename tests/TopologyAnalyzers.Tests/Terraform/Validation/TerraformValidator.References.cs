using System.Collections.Generic;
using System.Linq;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>The references of a configuration: each names something declared, and an attribute it exports.</summary>
    internal sealed partial class TerraformValidator
    {
        /// <summary>Every reference in <paramref name="expression"/> names something declared and an attribute it exports.</summary>
        internal void CheckReferences(HclExpression expression, ISet<string> iterators)
        {
            switch (expression)
            {
                case HclTraversal traversal:
                    CheckTraversal(traversal, iterators);
                    foreach (var step in traversal.Steps) if (step is HclIndexStep index) CheckReferences(index.Key, iterators);
                    break;
                case HclRelativeTraversal relative:
                    CheckReferences(relative.Source, iterators);
                    break;
                case HclTemplate template:
                    foreach (var part in template.Parts) if (part is HclExpression inner) CheckReferences(inner, iterators);
                    break;
                case HclTuple tuple:
                    foreach (var item in tuple.Items) CheckReferences(item, iterators);
                    break;
                case HclObject obj:
                    foreach (var (key, value) in obj.Items) { CheckReferences(key, iterators); CheckReferences(value, iterators); }
                    break;
                case HclCall call:
                    foreach (var argument in call.Arguments) CheckReferences(argument, iterators);
                    break;
                case HclConditional conditional:
                    CheckReferences(conditional.Condition, iterators);
                    CheckReferences(conditional.True, iterators);
                    CheckReferences(conditional.False, iterators);
                    break;
                case HclOperation operation:
                    foreach (var operand in operation.Operands) CheckReferences(operand, iterators);
                    break;
            }
        }

        private void CheckTraversal(HclTraversal traversal, ISet<string> iterators)
        {
            var names = traversal.Steps.TakeWhile(s => s is HclAttributeStep).Cast<HclAttributeStep>().Select(s => s.Name).ToList();
            string text = string.Join(".", new[] { traversal.Root }.Concat(names));
            if (iterators.Contains(traversal.Root))
            {
                if (names.Count == 0 || (names[0] != "value" && names[0] != "key")) Problem(traversal.Line, "'" + text + "': an iterator has only key and value");
                return;
            }
            switch (traversal.Root)
            {
                case "var":
                    if (names.Count == 0 || !_variables.Contains(names[0])) Problem(traversal.Line, "'" + text + "' names no declared variable");
                    return;
                case "data":
                    if (names.Count < 2 || !_data.TryGetValue(names[0] + "." + names[1], out var data)) { Problem(traversal.Line, "'" + text + "' names no declared data block"); return; }
                    CheckAttribute(traversal, 2, data, text);
                    return;
            }
            if (!_schema.ResourceTypes.Contains(traversal.Root)) { Problem(traversal.Line, "'" + text + "' names nothing that can be referred to"); return; }
            if (names.Count < 1 || !_resources.TryGetValue(traversal.Root + "." + names[0], out var resource)) { Problem(traversal.Line, "'" + text + "' names no declared resource"); return; }
            CheckAttribute(traversal, 1, resource, text);
        }

        /// <summary>The step after the block's address names an attribute it exports, and a key of a nested block after an index.</summary>
        private void CheckAttribute(HclTraversal traversal, int addressSteps, BlockSchema? schema, string text)
        {
            if (schema == null) return;
            if (traversal.Steps.Count <= addressSteps || !(traversal.Steps[addressSteps] is HclAttributeStep attribute))
            {
                Problem(traversal.Line, "'" + text + "' refers to a whole block; name one of its attributes");
                return;
            }
            if (!schema.Attributes.Contains(attribute.Name)) { Problem(traversal.Line, "'" + text + "': '" + attribute.Name + "' is not an attribute it exports"); return; }
            if (!schema.Arguments.TryGetValue(attribute.Name, out var argument) || argument.Block == null) return;
            var rest = traversal.Steps.Skip(addressSteps + 1).SkipWhile(s => !(s is HclAttributeStep)).OfType<HclAttributeStep>().FirstOrDefault();
            if (rest != null && !argument.Block.ContainsKey(rest.Name) && rest.Name != "id")
            {
                Problem(traversal.Line, "'" + text + "': '" + rest.Name + "' is not an attribute of " + attribute.Name);
            }
        }

        /// <summary>A <c>provider</c> meta-argument: <c>alicloud.ALIAS</c> with a declared alias.</summary>
        internal void CheckProviderReference(HclArgument argument)
        {
            if (argument.Value is HclTraversal { Root: "alicloud", Steps: [HclAttributeStep alias] } && _aliases.Contains(alias.Name)) return;
            Problem(argument.Line, "provider must name a declared alias as alicloud.<alias>");
        }

        /// <summary>A <c>depends_on</c> list: each item the address of a declared resource or data block.</summary>
        internal void CheckDependsOn(HclArgument argument)
        {
            if (!(argument.Value is HclTuple tuple)) { Problem(argument.Line, "depends_on must be a list"); return; }
            foreach (var item in tuple.Items)
            {
                bool declared = item switch
                {
                    HclTraversal { Root: "data", Steps: [HclAttributeStep type, HclAttributeStep name] } => _data.ContainsKey(type.Name + "." + name.Name),
                    HclTraversal { Steps: [HclAttributeStep name] } t => _resources.ContainsKey(t.Root + "." + name.Name),
                    _ => false,
                };
                if (!declared) Problem(item.Line, "depends_on names no declared resource");
            }
        }
    }
}
