using Microsoft.CodeAnalysis;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Analyzers
{
    /// <summary>
    /// Every rule as a Roslyn descriptor. IDs and severities are written out (release tracking reads them as
    /// constants); titles, messages and help links come from the engine's <see cref="RuleCatalog"/>, which the
    /// run-time diagnostics use too. A test checks the two agree.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        public static readonly DiagnosticDescriptor MalformedAddress = Create("TOPO005", DiagnosticSeverity.Error, RuleCatalog.MalformedAddress);
        public static readonly DiagnosticDescriptor NotEvaluable = Create("TOPO017", DiagnosticSeverity.Warning, RuleCatalog.NotEvaluable);
        public static readonly DiagnosticDescriptor WrongShape = Create("TOPO018", DiagnosticSeverity.Error, RuleCatalog.WrongShape);

        public static DiagnosticDescriptor For(Rule rule) => rule.Id switch
        {
            "TOPO005" => MalformedAddress,
            "TOPO017" => NotEvaluable,
            _ => WrongShape,
        };

        private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, Rule rule) => new DiagnosticDescriptor(
            id, rule.Title, rule.MessageFormat, Rule.Category, severity, isEnabledByDefault: true, rule.Description, rule.HelpLink);
    }
}
