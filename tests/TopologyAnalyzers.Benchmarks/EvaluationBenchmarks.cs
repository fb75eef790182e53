using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Generators;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// The compile-time evaluation alone, on a method body the compiler has already bound (its binding is
    /// <see cref="BuildBreakdownBenchmarks.BindMethodBody"/>): a straight-line topology of N VPCs, and the same network
    /// built by a loop over the data, where the source is small and the cost is evaluation.
    /// </summary>
    [MemoryDiagnoser]
    public class EvaluationBenchmarks
    {
        private Func<object> _straightLine = null!;
        private Func<object> _loop = null!;

        [Params(1000, 10000)]
        public int Vpcs { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _straightLine = Prepare(SyntheticTopology.Source(Vpcs), "Big");
            _loop = Prepare(LoopTopology.Source(Vpcs), "Big");
        }

        [Benchmark]
        public object EvaluateStraightLine() => _straightLine();

        [Benchmark]
        public object EvaluateLoop() => _loop();

        /// <summary>A call of the (internal) evaluator on the bound body of <paramref name="typeName"/>.Define.</summary>
        private static Func<object> Prepare(string source, string typeName)
        {
            var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location));
            var compilation = CSharpCompilation.Create("Big", new[] { CSharpSyntaxTree.ParseText(source) }, references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var method = (IMethodSymbol)compilation.GetTypeByMetadataName(typeName)!.GetMembers("Define").Single();
            var declaration = (MethodDeclarationSyntax)method.DeclaringSyntaxReferences.Single().GetSyntax();
            var model = compilation.GetSemanticModel(declaration.SyntaxTree);
            var body = model.GetOperation(declaration)!;
            var evaluate = typeof(TopologyGenerator).Assembly.GetType("TopologyAnalyzers.Generators.Evaluation.TopologyEvaluator")!
                .GetMethod("Evaluate", BindingFlags.Public | BindingFlags.Static)!;
            return () => evaluate.Invoke(null, new object[] { method, body, model, CancellationToken.None })!;
        }
    }
}
