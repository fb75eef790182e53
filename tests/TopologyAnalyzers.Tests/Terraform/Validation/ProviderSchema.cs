using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopologyAnalyzers.Tests.Support;

namespace TopologyAnalyzers.Tests.Terraform.Validation
{
    /// <summary>One argument of a resource, data source, provider or nested block, as <c>alicloud-resources.json</c> gives it.</summary>
    internal sealed record ArgumentSchema(
        string Type,
        bool Required,
        bool Optional,
        string? Deprecated,
        string? Removed,
        IReadOnlyList<string> ConflictsWith,
        IReadOnlyList<string> ExactlyOneOf,
        IReadOnlyList<string> AtLeastOneOf,
        IReadOnlyList<string> RequiredWith,
        IReadOnlyList<JsonElement>? Allowed,
        bool AllowedIgnoreCase,
        JsonElement? Validate,
        JsonElement? Default,
        int? MaxItems,
        int? MinItems,
        IReadOnlyDictionary<string, ArgumentSchema>? Block)
    {
        /// <summary>Set by the user (required or optional), not only computed by the provider.</summary>
        public bool Settable => Required || Optional;
    }

    /// <summary>A resource type or data source: its arguments, what a reference may name, its timeouts, its conditional rules.</summary>
    internal sealed record BlockSchema(
        IReadOnlyDictionary<string, ArgumentSchema> Arguments,
        IReadOnlySet<string> Attributes,
        IReadOnlySet<string> Timeouts,
        IReadOnlyList<JsonElement> Rules);

    /// <summary>
    /// The alicloud provider's schema, read from <c>shared/spec/terraform/alicloud-resources.json</c> beside the repository
    /// (so a newer schema reaches the tests) or from the copy under <c>Fixtures/terraform/</c>; a test checks the copy
    /// is current.
    /// </summary>
    internal sealed class ProviderSchema
    {
        public const string FileName = "alicloud-resources.json";

        private static ProviderSchema? s_loaded;

        private ProviderSchema(JsonElement root)
        {
            Resources = root.GetProperty("resources").EnumerateObject().ToDictionary(p => p.Name, p => ReadBlock(p.Value));
            DataSources = root.GetProperty("data_sources").EnumerateObject().ToDictionary(p => p.Name, p => ReadBlock(p.Value));
            ResourceTypes = root.GetProperty("resource_types").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            DataSourceTypes = root.GetProperty("data_source_types").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            Provider = ReadArguments(root.GetProperty("provider_block").GetProperty("arguments"));
            Source = root.GetProperty("provider").GetProperty("source").GetString()!;
            ResourceMetaArguments = root.GetProperty("meta_arguments").GetProperty("resource").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
            DataMetaArguments = root.GetProperty("meta_arguments").GetProperty("data").EnumerateArray().Select(e => e.GetString()!).ToHashSet();
        }

        public static ProviderSchema Current => s_loaded ??= Load(File.ReadAllText(Fixtures.SharedSpecPath("terraform", FileName) ?? CopyPath));

        public static string CopyPath => Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "terraform", FileName);

        public static ProviderSchema Load(string json)
        {
            using var document = JsonDocument.Parse(json);
            return new ProviderSchema(document.RootElement.Clone());
        }

        public IReadOnlyDictionary<string, BlockSchema> Resources { get; }

        public IReadOnlyDictionary<string, BlockSchema> DataSources { get; }

        /// <summary>Every resource type the provider registers (most without a schema in the file).</summary>
        public IReadOnlySet<string> ResourceTypes { get; }

        public IReadOnlySet<string> DataSourceTypes { get; }

        public IReadOnlyDictionary<string, ArgumentSchema> Provider { get; }

        /// <summary>The registry source, <c>aliyun/alicloud</c>.</summary>
        public string Source { get; }

        public IReadOnlySet<string> ResourceMetaArguments { get; }

        public IReadOnlySet<string> DataMetaArguments { get; }

        private static BlockSchema ReadBlock(JsonElement element) => new BlockSchema(
            ReadArguments(element.GetProperty("arguments")),
            element.TryGetProperty("attributes", out var attributes) ? attributes.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : new HashSet<string>(),
            element.TryGetProperty("timeouts", out var timeouts) ? timeouts.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : new HashSet<string>(),
            element.TryGetProperty("rules", out var rules) ? rules.EnumerateArray().ToList() : new List<JsonElement>());

        private static Dictionary<string, ArgumentSchema> ReadArguments(JsonElement arguments) =>
            arguments.EnumerateObject().ToDictionary(p => p.Name, p => ReadArgument(p.Value));

        private static ArgumentSchema ReadArgument(JsonElement e) => new ArgumentSchema(
            e.GetProperty("type").GetString()!,
            e.GetProperty("required").GetBoolean(),
            e.GetProperty("optional").GetBoolean(),
            Text(e, "deprecated"),
            Text(e, "removed"),
            Names(e, "conflicts_with"),
            Names(e, "exactly_one_of"),
            Names(e, "at_least_one_of"),
            Names(e, "required_with"),
            e.TryGetProperty("allowed", out var allowed) ? allowed.EnumerateArray().ToList() : null,
            e.TryGetProperty("allowed_ignore_case", out var ignoreCase) && ignoreCase.GetBoolean(),
            e.TryGetProperty("validate", out var validate) ? validate : null,
            e.TryGetProperty("default", out var value) ? value : null,
            e.TryGetProperty("max_items", out var max) ? max.GetInt32() : null,
            e.TryGetProperty("min_items", out var min) ? min.GetInt32() : null,
            e.TryGetProperty("block", out var block) ? ReadArguments(block) : null);

        private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetString() : null;

        private static IReadOnlyList<string> Names(JsonElement e, string name) =>
            e.TryGetProperty(name, out var value) ? value.EnumerateArray().Select(x => x.GetString()!).ToList() : new List<string>();
    }
}
