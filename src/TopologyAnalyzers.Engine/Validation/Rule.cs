namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A diagnostic rule of the catalog: the analyzer turns it into a <c>DiagnosticDescriptor</c> and the run-time
    /// <c>Topology.Diagnostics</c> formats the same message, so both say the same thing.
    /// </summary>
    internal sealed record Rule(string Id, RuleSeverity Severity, string Title, string MessageFormat, string Description)
    {
        public const string Category = "TopologyAnalyzers";

        /// <summary>Where the rule's page lives; each page is <c>docs/rules/ID.md</c> in the repository.</summary>
        public const string HelpLinkBase = "https://github.com/topologyanalyzers/topologyanalyzers/blob/main/docs/rules/";

        public string HelpLink => HelpLinkBase + Id + ".md";
    }
}
