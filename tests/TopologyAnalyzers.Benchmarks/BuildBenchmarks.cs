using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Generators;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// What the generator adds to a user's build: the same topology compiled to IL without the generator, the
    /// generator alone on a fresh driver (a cold IDE start), and the build with the generator and its output.
    /// </summary>
    [MemoryDiagnoser]
    public class BuildBenchmarks
    {
        private CSharpCompilation _compilation = null!;

        [Params(100, 1000)]
        public int Vpcs { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location));
            _compilation = CSharpCompilation.Create("Big",
                new[] { CSharpSyntaxTree.ParseText(SyntheticTopology.Source(Vpcs)) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        }

        [Benchmark(Baseline = true)]
        public long BuildWithoutGenerator() => Emit(_compilation.Clone());

        [Benchmark]
        public int GeneratorOnly()
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new TopologyGenerator());
            driver = driver.RunGenerators(_compilation.Clone());
            return driver.GetRunResult().GeneratedTrees.Length;
        }

        [Benchmark]
        public long BuildWithGenerator()
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new TopologyGenerator());
            driver.RunGeneratorsAndUpdateCompilation(_compilation.Clone(), out var output, out _);
            return Emit(output);
        }

        private static long Emit(Compilation compilation)
        {
            using var stream = new MemoryStream();
            compilation.Emit(stream);
            return stream.Length;
        }
    }
}
