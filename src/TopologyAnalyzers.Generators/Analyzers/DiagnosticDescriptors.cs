using System.Collections.Immutable;
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
        public static readonly DiagnosticDescriptor OverlappingCidr = Create("TOPO001", DiagnosticSeverity.Error, RuleCatalog.OverlappingCidr);
        public static readonly DiagnosticDescriptor MissingGrant = Create("TOPO002", DiagnosticSeverity.Error, RuleCatalog.MissingGrant);
        public static readonly DiagnosticDescriptor SingleZone = Create("TOPO003", DiagnosticSeverity.Warning, RuleCatalog.SingleZone);
        public static readonly DiagnosticDescriptor InvalidAccountLink = Create("TOPO004", DiagnosticSeverity.Error, RuleCatalog.InvalidAccountLink);
        public static readonly DiagnosticDescriptor MalformedAddress = Create("TOPO005", DiagnosticSeverity.Error, RuleCatalog.MalformedAddress);
        public static readonly DiagnosticDescriptor VSwitchOutsideVpc = Create("TOPO006", DiagnosticSeverity.Error, RuleCatalog.VSwitchOutsideVpc);
        public static readonly DiagnosticDescriptor EcsAddress = Create("TOPO007", DiagnosticSeverity.Error, RuleCatalog.EcsAddress);
        public static readonly DiagnosticDescriptor DuplicateName = Create("TOPO008", DiagnosticSeverity.Error, RuleCatalog.DuplicateName);
        public static readonly DiagnosticDescriptor CrossRegionAttachment = Create("TOPO009", DiagnosticSeverity.Error, RuleCatalog.CrossRegionAttachment);
        public static readonly DiagnosticDescriptor ZoneInUnlinkedAccount = Create("TOPO010", DiagnosticSeverity.Error, RuleCatalog.ZoneInUnlinkedAccount);
        public static readonly DiagnosticDescriptor CrossSiteLink = Create("TOPO011", DiagnosticSeverity.Error, RuleCatalog.CrossSiteLink);
        public static readonly DiagnosticDescriptor MissingIpv6Route = Create("TOPO012", DiagnosticSeverity.Warning, RuleCatalog.MissingIpv6Route);
        public static readonly DiagnosticDescriptor NonPrivateVpcBlock = Create("TOPO013", DiagnosticSeverity.Warning, RuleCatalog.NonPrivateVpcBlock);
        public static readonly DiagnosticDescriptor ExpectReachableFails = Create("TOPO014", DiagnosticSeverity.Error, RuleCatalog.ExpectReachableFails);
        public static readonly DiagnosticDescriptor ExpectIsolatedFails = Create("TOPO015", DiagnosticSeverity.Error, RuleCatalog.ExpectIsolatedFails);
        public static readonly DiagnosticDescriptor RouteConflict = Create("TOPO016", DiagnosticSeverity.Warning, RuleCatalog.RouteConflict);
        public static readonly DiagnosticDescriptor NotEvaluable = Create("TOPO017", DiagnosticSeverity.Warning, RuleCatalog.NotEvaluable);
        public static readonly DiagnosticDescriptor WrongShape = Create("TOPO018", DiagnosticSeverity.Error, RuleCatalog.WrongShape);
        public static readonly DiagnosticDescriptor UnresolvedName = Create("TOPO019", DiagnosticSeverity.Error, RuleCatalog.UnresolvedName);
        public static readonly DiagnosticDescriptor UnknownRegionOrZone = Create("TOPO020", DiagnosticSeverity.Warning, RuleCatalog.UnknownRegionOrZone);
        public static readonly DiagnosticDescriptor LinkedAccountWithoutVpc = Create("TOPO021", DiagnosticSeverity.Warning, RuleCatalog.LinkedAccountWithoutVpc);
        public static readonly DiagnosticDescriptor ZoneNameInEffectTwice = Create("TOPO022", DiagnosticSeverity.Error, RuleCatalog.ZoneNameInEffectTwice);
        public static readonly DiagnosticDescriptor EmptyName = Create("TOPO023", DiagnosticSeverity.Warning, RuleCatalog.EmptyName);
        public static readonly DiagnosticDescriptor InvalidConnection = Create("TOPO024", DiagnosticSeverity.Error, RuleCatalog.InvalidConnection);
        public static readonly DiagnosticDescriptor RouteSynchronizationTwice = Create("TOPO025", DiagnosticSeverity.Error, RuleCatalog.RouteSynchronizationTwice);
        public static readonly DiagnosticDescriptor RefusedRouteOrBinding = Create("TOPO026", DiagnosticSeverity.Error, RuleCatalog.RefusedRouteOrBinding);
        public static readonly DiagnosticDescriptor VpcAttachedTwice = Create("TOPO027", DiagnosticSeverity.Error, RuleCatalog.VpcAttachedTwice);
        public static readonly DiagnosticDescriptor QuotaExceeded = Create("TOPO028", DiagnosticSeverity.Warning, RuleCatalog.QuotaExceeded);
        public static readonly DiagnosticDescriptor ArgumentOutOfRange = Create("TOPO029", DiagnosticSeverity.Error, RuleCatalog.ArgumentOutOfRange);

        public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(
            OverlappingCidr, MissingGrant, SingleZone, InvalidAccountLink, MalformedAddress, VSwitchOutsideVpc, EcsAddress,
            DuplicateName, CrossRegionAttachment, ZoneInUnlinkedAccount, CrossSiteLink, MissingIpv6Route, NonPrivateVpcBlock, ExpectReachableFails, ExpectIsolatedFails, RouteConflict, NotEvaluable, WrongShape,
            UnresolvedName, UnknownRegionOrZone, LinkedAccountWithoutVpc, ZoneNameInEffectTwice, EmptyName, InvalidConnection, RouteSynchronizationTwice,
            RefusedRouteOrBinding, VpcAttachedTwice, QuotaExceeded, ArgumentOutOfRange);

        private static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = CreateIndex();

        public static DiagnosticDescriptor For(Rule rule) => ById[rule.Id];

        private static ImmutableDictionary<string, DiagnosticDescriptor> CreateIndex()
        {
            var index = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>();
            foreach (var descriptor in All) index.Add(descriptor.Id, descriptor);
            return index.ToImmutable();
        }

        private static DiagnosticDescriptor Create(string id, DiagnosticSeverity severity, Rule rule) => new DiagnosticDescriptor(
            id, rule.Title, rule.MessageFormat, Rule.Category, severity, isEnabledByDefault: true, rule.Description, rule.HelpLink);
    }
}
