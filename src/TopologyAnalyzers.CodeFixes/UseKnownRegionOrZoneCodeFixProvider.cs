using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO020, an unknown region or zone ID that is a likely typo of a known one (<c>ap-southest-1</c>): replaces the
    /// literal with the known ID the engine found (<c>ap-southeast-1</c>). Not offered where no known ID is close
    /// (a region newer than the catalog is no typo), nor on a constant declared elsewhere.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseKnownRegionOrZoneCodeFixProvider)), Shared]
    public sealed class UseKnownRegionOrZoneCodeFixProvider : LiteralReplacementCodeFixProvider
    {
        /// <summary>The fix, as the IDE and <c>dotnet format</c> create it.</summary>
        public UseKnownRegionOrZoneCodeFixProvider()
            : base(DiagnosticIds.UnknownRegionOrZone, DiagnosticIds.KnownIdProperty, DiagnosticIds.UnknownRegionOrZone + ".UseKnownId")
        {
        }

        private protected override string Title(string value) => "Use '" + value + "'";
    }
}
