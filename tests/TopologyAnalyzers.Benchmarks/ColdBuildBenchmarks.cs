using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TopologyAnalyzers.Generators;
using TopologyAnalyzers.Generators.Analyzers;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// A build from nothing, in a warm process: parse, a fresh generator driver, the analyzers' diagnostics of the
    /// whole compilation and emit, against parse and emit of the same source referencing only the runtime library.
    /// The first-use costs of a fresh compiler process are not in it: tests/TopologyAnalyzers.Benchmarks/real-build.sh
    /// measures those with <c>dotnet build</c>.
    /// </summary>
    [MemoryDiagnoser]
    public class ColdBuildBenchmarks
    {
        private static readonly MetadataReference[] References = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location)).ToArray();

        private string _source = null!;

        public static IEnumerable<TopologyCase> Cases() => new[]
        {
            new TopologyCase(false, 1000), new TopologyCase(true, 1000), new TopologyCase(true, 10000),
        };

        [ParamsSource(nameof(Cases))]
        public TopologyCase Case { get; set; } = null!;

        [GlobalSetup]
        public void Setup() => _source = Case.Source();

        [Benchmark(Baseline = true)]
        public long WithoutPackage() => Emit(Create());

        [Benchmark]
        public long WithPackage()
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new TopologyGenerator());
            driver.RunGeneratorsAndUpdateCompilation(Create(), out var output, out _);
            var diagnostics = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TopologyAnalyzer()))
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).Result;
            return Emit(output) + diagnostics.Length;
        }

        private Compilation Create() => CSharpCompilation.Create("Big",
            new[] { CSharpSyntaxTree.ParseText(_source, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest)) },
            References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        private static long Emit(Compilation compilation)
        {
            using var stream = new MemoryStream();
            compilation.Emit(stream);
            return stream.Length;
        }
    }
}
