using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Generators;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// Runs the generator over user source as the compiler would, compiles the result and loads it, so tests can
    /// call the generated <c>RouteTables</c> and, in the same assembly, <c>Topology.Build</c> on the same method.
    /// </summary>
    internal sealed class GeneratorRun
    {
        private GeneratorRun(CSharpCompilation output, ImmutableArray<Diagnostic> generatorDiagnostics, GeneratorDriverRunResult result)
        {
            Output = output;
            GeneratorDiagnostics = generatorDiagnostics;
            Result = result;
        }

        public CSharpCompilation Output { get; }

        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public GeneratorDriverRunResult Result { get; }

        public IReadOnlyList<string> GeneratedSources => Result.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString()).ToArray();

        public static CSharpCompilation Compile(params string[] sources) => CSharpCompilation.Create(
            "UserTopology",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, path: "Topology" + i + ".cs")),
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        public static GeneratorRun Run(params string[] sources)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new TopologyGenerator());
            return Run(driver, Compile(sources));
        }

        /// <summary>Runs the generator as a project with <paramref name="settings"/> would (the language version reaches it through the parse options).</summary>
        public static GeneratorRun Run(ProjectSettings settings, params string[] sources)
        {
            var compilation = CSharpCompilation.Create(
                "UserTopology",
                sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, settings.ParseOptions, path: "Topology" + i + ".cs")),
                TestReferences.All,
                settings.CompilationOptions);
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new TopologyGenerator().AsSourceGenerator() }, parseOptions: settings.ParseOptions);
            return Run(driver, compilation);
        }

        /// <summary>
        /// What a build would report, through emitting the assembly and its documentation file (metadata limits such as
        /// CS7013 and XML doc comments are checked there), split into the diagnostics located in the generated files
        /// (none may come from there, whatever the project) and the rest.
        /// </summary>
        public (IReadOnlyList<Diagnostic> Generated, IReadOnlyList<Diagnostic> User) BuildProblems()
        {
            using var assembly = new MemoryStream();
            using var documentation = new MemoryStream();
            var emitted = Output.Emit(assembly, xmlDocumentationStream: documentation).Diagnostics;
            var generated = new HashSet<SyntaxTree>(Result.GeneratedTrees);
            var all = GeneratorDiagnostics.Concat(emitted).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            bool InGenerated(Diagnostic d) => d.Location.SourceTree is null || generated.Contains(d.Location.SourceTree);
            return (all.Where(InGenerated).ToArray(), all.Where(d => !InGenerated(d)).ToArray());
        }

        /// <summary>The documentation file a build writes: every doc comment, its crefs resolved to documentation IDs.</summary>
        public string DocumentationFile()
        {
            using var assembly = new MemoryStream();
            using var documentation = new MemoryStream();
            Output.Emit(assembly, xmlDocumentationStream: documentation);
            return System.Text.Encoding.UTF8.GetString(documentation.ToArray());
        }

        private static GeneratorRun Run(GeneratorDriver driver, Compilation input)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
            var result = driver.GetRunResult();
            return new GeneratorRun((CSharpCompilation)output, diagnostics, result);
        }

        /// <summary>Every error and warning of the compilation that includes the generated code.</summary>
        public IReadOnlyList<Diagnostic> CompilationProblems() =>
            GeneratorDiagnostics.Concat(Output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();

        /// <summary>Emits and loads the compiled user code into a fresh load context that shares the runtime library.</summary>
        public Assembly Load()
        {
            using var stream = new MemoryStream();
            var emit = Output.Emit(stream);
            if (!emit.Success)
            {
                throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", emit.Diagnostics));
            }
            stream.Position = 0;
            return new AssemblyLoadContext("topology-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
        }

        /// <summary>The generated <c>RouteTables</c> of <paramref name="typeName"/>.</summary>
        public static RouteTableSet GeneratedTables(Assembly assembly, string typeName) =>
            (RouteTableSet)Type(assembly, typeName).GetProperty("RouteTables")!.GetValue(null)!;

        /// <summary><c>Topology.Build</c> on the [NetworkTopology] method of <paramref name="typeName"/>, at run time.</summary>
        public static Topology BuildAtRunTime(Assembly assembly, string typeName, string methodName = "Define")
        {
            var method = Type(assembly, typeName).GetMethod(methodName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
            return Topology.Build(method.CreateDelegate<Action<TopologyBuilder>>());
        }

        private static Type Type(Assembly assembly, string typeName) =>
            assembly.GetType(typeName) ?? throw new InvalidOperationException("No type " + typeName + " in the compiled topology.");
    }
}
