using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using TopologyAnalyzers.CodeFixes;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// The code-fix assembly restates the IDs and property keys it reads (it cannot reference the engine); this
    /// checks the restatement against the engine's catalog and <see cref="FindingProperties"/>.
    /// </summary>
    public class DiagnosticIdsContractTests
    {
        private static readonly Dictionary<string, string> Restated = typeof(UseNetworkAddressCodeFixProvider).Assembly
            .GetType("TopologyAnalyzers.CodeFixes.DiagnosticIds", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);

        [Fact]
        public void Every_property_key_the_fixes_read_is_a_finding_property_key_of_the_same_name()
        {
            var engine = typeof(FindingProperties).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral)
                .ToDictionary(f => f.Name + "Property", f => (string)f.GetRawConstantValue()!);

            Assert.Equal(
                engine.OrderBy(p => p.Key),
                Restated.Where(p => p.Key.EndsWith("Property", System.StringComparison.Ordinal)).OrderBy(p => p.Key));
        }

        [Fact]
        public void The_ids_the_fixes_handle_are_the_ids_of_their_rules()
        {
            Assert.Equal(RuleCatalog.MissingGrant.Id, Restated["MissingGrant"]);
            Assert.Equal(RuleCatalog.SingleZone.Id, Restated["SingleZone"]);
            Assert.Equal(RuleCatalog.MalformedAddress.Id, Restated["MalformedAddress"]);
            Assert.Equal(RuleCatalog.MissingIpv6Route.Id, Restated["MissingIpv6Route"]);
            Assert.Equal(RuleCatalog.RouteSynchronizationTwice.Id, Restated["RouteSynchronizationTwice"]);
            Assert.Equal(RuleCatalog.UnknownRegionOrZone.Id, Restated["UnknownRegionOrZone"]);
            Assert.Equal(6, Restated.Count(p => !p.Key.EndsWith("Property", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Each_fix_handles_the_id_of_its_rule()
        {
            Assert.Equal(new[] { RuleCatalog.MalformedAddress.Id }, new UseNetworkAddressCodeFixProvider().FixableDiagnosticIds);
            Assert.Equal(new[] { RuleCatalog.MissingGrant.Id }, new AddGrantCodeFixProvider().FixableDiagnosticIds);
            Assert.Equal(new[] { RuleCatalog.SingleZone.Id }, new AddVSwitchInAnotherZoneCodeFixProvider().FixableDiagnosticIds);
            Assert.Equal(new[] { RuleCatalog.MissingIpv6Route.Id }, new AddIpv6DefaultRouteCodeFixProvider().FixableDiagnosticIds);
            Assert.Equal(new[] { RuleCatalog.RouteSynchronizationTwice.Id }, new TurnOffRouteSynchronizationCodeFixProvider().FixableDiagnosticIds);
            Assert.Equal(new[] { RuleCatalog.UnknownRegionOrZone.Id }, new UseKnownRegionOrZoneCodeFixProvider().FixableDiagnosticIds);
        }
    }
}
