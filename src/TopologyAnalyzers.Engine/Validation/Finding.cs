using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Something a rule found in a topology: a diagnostic as a plain value. The analyzer maps the spans to
    /// source locations; at run time they are <see cref="SourceSpan.None"/>. <see cref="Properties"/> carry what
    /// the engine worked out for a code fix (the network address, a free block, the right UID), so that fixes
    /// edit syntax and never recompute the network.
    /// </summary>
    internal sealed record Finding(
        Rule Rule,
        SourceSpan Location,
        EquatableArray<SourceSpan> AdditionalLocations,
        EquatableArray<string> Arguments,
        EquatableArray<FindingProperty> Properties)
    {
        public static Finding Create(Rule rule, SourceSpan location, params string[] arguments) =>
            new Finding(rule, location, EquatableArray<SourceSpan>.Empty, new EquatableArray<string>(arguments), EquatableArray<FindingProperty>.Empty);

        /// <summary>A finding that also points at a related place (the block overlapped, the mismatched grant).</summary>
        public static Finding WithRelated(Rule rule, SourceSpan location, SourceSpan related, params string[] arguments) =>
            new Finding(rule, location,
                related.IsNone ? EquatableArray<SourceSpan>.Empty : new EquatableArray<SourceSpan>(new[] { related }),
                new EquatableArray<string>(arguments), EquatableArray<FindingProperty>.Empty);

        /// <summary>A finding that also points at several related places, in the order given.</summary>
        public static Finding WithRelatedPlaces(Rule rule, SourceSpan location, SourceSpan[] related, params string[] arguments) =>
            new Finding(rule, location, new EquatableArray<SourceSpan>(related), new EquatableArray<string>(arguments), EquatableArray<FindingProperty>.Empty);

        /// <summary>The same finding with a property added for code fixes.</summary>
        public Finding With(string key, string? value)
        {
            if (value is null) return this;
            var properties = new List<FindingProperty>(Properties) { new FindingProperty(key, value) };
            return this with { Properties = properties.ToEquatableArray() };
        }

        public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Rule.MessageFormat, ToObjects(Arguments));

        private static object[] ToObjects(EquatableArray<string> arguments)
        {
            var objects = new object[arguments.Count];
            for (int i = 0; i < objects.Length; i++) objects[i] = arguments[i];
            return objects;
        }
    }

    /// <summary>A key and value a finding hands to code fixes (see <see cref="FindingProperties"/> for the keys).</summary>
    internal readonly record struct FindingProperty(string Key, string Value);

    /// <summary>The property keys findings use; code fixes read them from <c>Diagnostic.Properties</c>.</summary>
    internal static class FindingProperties
    {
        /// <summary>
        /// Set by the analyzer on a finding located in a DSL call the evaluation ran more than once (in a loop, a helper
        /// called twice): a fix written for this one object would change them all, so no fix is offered.
        /// </summary>
        public const string SharedCall = "SharedCall";

        /// <summary>TOPO005, host bits set: the block with host bits cleared, e.g. <c>10.0.0.0/16</c>.</summary>
        public const string Network = "Network";

        /// <summary>
        /// TOPO002: <c>AddGrant</c> (no grant at all), <c>FixUid</c>, <c>FixCen</c> or <c>FixUidAndCen</c> (a mismatched
        /// grant; the additional locations are the arguments to correct, the UID's first).
        /// </summary>
        public const string GrantFix = "GrantFix";

        /// <summary>TOPO002: the UID the grant must name (the CEN owner's).</summary>
        public const string PeerAccountUid = "PeerAccountUid";

        /// <summary>TOPO002: the CEN instance ID (name) the grant must name.</summary>
        public const string PeerCenId = "PeerCenId";

        /// <summary>TOPO003: a zone of the VPC's region that its vSwitches do not use yet.</summary>
        public const string Zone = "Zone";

        /// <summary>TOPO003: the first free block inside the VPC's block, of the size of its first vSwitch, overlapping nothing.</summary>
        public const string Cidr = "Cidr";

        /// <summary>TOPO003: a vSwitch name not used in the topology yet.</summary>
        public const string VSwitchName = "VSwitchName";

        /// <summary>TOPO020: the known region or zone ID an unknown one is a likely typo of, e.g. <c>ap-southeast-1</c> for <c>ap-southest-1</c>.</summary>
        public const string KnownId = "KnownId";

        /// <summary>TOPO012: the IPv6 route to add through the attachment (<c>::/0</c>), where adding it is refused by nothing.</summary>
        public const string Ipv6Route = "Ipv6Route";
    }
}
