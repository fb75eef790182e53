using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>A diagnostic as a user reads it: ID, message, the source text it underlines, its file, and the text of each additional location.</summary>
    internal sealed record LocatedDiagnostic(string Id, string Message, string Text, string File, IReadOnlyList<string> Additional);

    internal static class LocatedDiagnostics
    {
        /// <summary>The analyzer's findings over <paramref name="sources"/> (generated code included), in source order.</summary>
        public static async Task<IReadOnlyList<LocatedDiagnostic>> OfAsync(params string[] sources)
        {
            var run = GeneratorRun.Run(sources);
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(run.Output);
            return diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath).ThenBy(d => d.Location.SourceSpan.Start)
                .Select(d => new LocatedDiagnostic(
                    d.Id, d.GetMessage(),
                    d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan) ?? "",
                    d.Location.SourceTree?.FilePath ?? "",
                    d.AdditionalLocations.Select(l => l.SourceTree?.GetText().ToString(l.SourceSpan) ?? "").ToArray()))
                .ToArray();
        }
    }
}
