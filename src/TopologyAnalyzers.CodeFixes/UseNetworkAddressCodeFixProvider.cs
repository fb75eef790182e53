using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO005 with host bits set (<c>10.0.0.1/16</c>): replaces the literal with the network address the engine
    /// computed (<c>10.0.0.0/16</c>). Offered only on a string literal: a constant declared elsewhere may be
    /// shared, so rewriting it from one call site would be a surprise.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNetworkAddressCodeFixProvider)), Shared]
    public sealed class UseNetworkAddressCodeFixProvider : LiteralReplacementCodeFixProvider
    {
        /// <summary>The fix, as the IDE and <c>dotnet format</c> create it.</summary>
        public UseNetworkAddressCodeFixProvider()
            : base(DiagnosticIds.MalformedAddress, DiagnosticIds.NetworkProperty, DiagnosticIds.MalformedAddress + ".UseNetworkAddress")
        {
        }

        private protected override string Title(string value) => "Use " + value;
    }
}
