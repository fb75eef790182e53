using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// The build settings of a user's project that reach the generated file: its language version (C# 7.3 for a
    /// netstandard2.0 library by default), nullable on or off, and, always here, warnings as errors and a documentation
    /// file (so a missing or badly formed XML doc comment fails the build, as CS1591 and CS1570 would).
    /// </summary>
    internal sealed record ProjectSettings(LanguageVersion LanguageVersion, NullableContextOptions Nullable)
    {
        /// <summary>C# 7.3 with nullable off (7.3 has no nullable), then 8, 10 and latest with nullable on and off.</summary>
        public static ProjectSettings[] Matrix { get; } =
        {
            new ProjectSettings(LanguageVersion.CSharp7_3, NullableContextOptions.Disable),
            new ProjectSettings(LanguageVersion.CSharp8, NullableContextOptions.Enable),
            new ProjectSettings(LanguageVersion.CSharp8, NullableContextOptions.Disable),
            new ProjectSettings(LanguageVersion.CSharp10, NullableContextOptions.Enable),
            new ProjectSettings(LanguageVersion.CSharp10, NullableContextOptions.Disable),
            new ProjectSettings(LanguageVersion.Latest, NullableContextOptions.Enable),
            new ProjectSettings(LanguageVersion.Latest, NullableContextOptions.Disable),
        };

        public CSharpParseOptions ParseOptions => new CSharpParseOptions(LanguageVersion, DocumentationMode.Diagnose);

        public CSharpCompilationOptions CompilationOptions => new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: Nullable, generalDiagnosticOption: ReportDiagnostic.Error);

        public override string ToString() => "C# " + LanguageVersion.ToDisplayString() + ", nullable " + Nullable;
    }
}
