using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Generators;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// Where <see cref="BuildBenchmarks.BuildWithGenerator"/> spends its time beyond the user's own build: the
    /// compiler binding the [NetworkTopology] method body for the generator, parsing the generated file, and
    /// compiling the user's code together with the generated file (subtract <c>BuildWithoutGenerator</c>).
    /// </summary>
    [MemoryDiagnoser]
    public class BuildBreakdownBenchmarks
    {
        private CSharpCompilation _compilation = null!;
        private CSharpCompilation _withGeneratedFile = null!;
        private string _generatedText = null!;

        [Params(1000)]
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
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new TopologyGenerator());
            var generated = driver.RunGenerators(_compilation).GetRunResult().GeneratedTrees.Single();
            _generatedText = generated.ToString();
            _withGeneratedFile = _compilation.AddSyntaxTrees(generated);
        }

        /// <summary>What the generator's <c>GetOperation</c> costs: binding the whole method body on a fresh compilation.</summary>
        [Benchmark]
        public bool BindMethodBody()
        {
            var compilation = _compilation.Clone();
            var tree = compilation.SyntaxTrees.Single();
            var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
            return compilation.GetSemanticModel(tree).GetOperation(method) != null;
        }

        /// <summary>The generator driver parses every added source into a syntax tree.</summary>
        [Benchmark]
        public int ParseGeneratedFile() => CSharpSyntaxTree.ParseText(_generatedText).GetRoot().FullSpan.Length;

        /// <summary>The user's code and the already generated file compiled to IL, without running the generator.</summary>
        [Benchmark]
        public long EmitWithGeneratedFile()
        {
            using var stream = new MemoryStream();
            _withGeneratedFile.Clone().Emit(stream);
            return stream.Length;
        }
    }
}
