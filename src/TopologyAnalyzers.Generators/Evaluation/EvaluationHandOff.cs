using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Generators.Emission;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// The generator's evaluation of a topology, handed to the analyzer when it analyzes the compilation the generator's
    /// files were added to, so that a build (and a keystroke in the IDE) evaluates each topology once, not twice. Both run
    /// in one process from one assembly; what is handed over is exactly what the analyzer would evaluate itself.
    /// </summary>
    /// <remarks>
    /// The generator evaluates on the compilation without generated files; the analyzer sees that compilation with them
    /// added. The analyzer takes the evaluation only when its compilation is that one plus this generator's files and
    /// nothing else (the same trees, by identity, so every span points into a tree of the analyzer's compilation; the
    /// same options and references), and no file of it says a name the generated files declare
    /// (<see cref="GeneratedNames"/>): then every name in the code binds as it did for the generator, so the evaluation,
    /// its spans and its findings are the same. Anything else (another generator's output, an edit since, a file naming
    /// <c>RouteTables</c>) and the analyzer evaluates on its own, as it always did.
    /// </remarks>
    internal static class EvaluationHandOff
    {
        private static readonly ConditionalWeakTable<SyntaxTree, Dictionary<string, Offer>> Offers =
            new ConditionalWeakTable<SyntaxTree, Dictionary<string, Offer>>();

        /// <summary>The generator's evaluation of the method declared by <paramref name="declaration"/> in <paramref name="compilation"/>.</summary>
        public static void Give(Compilation compilation, MethodDeclarationSyntax declaration, string methodId, Evaluation evaluation, CancellationToken cancellationToken)
        {
            var offers = Offers.GetValue(declaration.SyntaxTree, _ => new Dictionary<string, Offer>());
            var trees = new HashSet<SyntaxTree>();
            bool usable = true;
            foreach (var tree in compilation.SyntaxTrees)
            {
                trees.Add(tree);
                if (IsGeneratorOutput(tree) || GeneratedNames.AreMentionedIn(tree, cancellationToken)) usable = false;
            }
            lock (offers)
            {
                if (usable) offers[methodId] = new Offer(declaration.SpanStart, evaluation, compilation, trees);
                else offers.Remove(methodId);
            }
        }

        /// <summary>
        /// The generator's evaluation of the method declared by <paramref name="declaration"/>, when <paramref name="compilation"/>
        /// is the one it was made in plus the generated files; null when the analyzer must evaluate itself.
        /// </summary>
        public static Evaluation? Take(Compilation compilation, MethodDeclarationSyntax declaration, string methodId)
        {
            if (!Offers.TryGetValue(declaration.SyntaxTree, out var offers)) return null;
            Offer? offer;
            lock (offers)
            {
                if (!offers.TryGetValue(methodId, out offer)) return null;
            }
            return offer.DeclarationStart == declaration.SpanStart && offer.IsFor(compilation) ? offer.Evaluation : null;
        }

        /// <summary>A file this generator added: the driver puts them under a folder named for its assembly and type.</summary>
        private static bool IsGeneratorOutput(SyntaxTree tree)
        {
            string? folder = Path.GetDirectoryName(tree.FilePath);
            if (string.IsNullOrEmpty(folder) || Path.GetFileName(folder) != typeof(TopologyGenerator).FullName) return false;
            return Path.GetFileName(Path.GetDirectoryName(folder)) == typeof(TopologyGenerator).Assembly.GetName().Name;
        }

        private sealed class Offer
        {
            private readonly string _assemblyName;
            private readonly CompilationOptions _options;
            private readonly ImmutableArray<MetadataReference> _references;
            private readonly HashSet<SyntaxTree> _trees;

            public Offer(int declarationStart, Evaluation evaluation, Compilation compilation, HashSet<SyntaxTree> trees)
            {
                DeclarationStart = declarationStart;
                Evaluation = evaluation;
                _assemblyName = compilation.AssemblyName ?? "";
                _options = compilation.Options;
                _references = compilation.ExternalReferences;
                _trees = trees;
            }

            public int DeclarationStart { get; }

            public Evaluation Evaluation { get; }

            /// <summary>Whether <paramref name="compilation"/> is the offer's compilation plus this generator's files.</summary>
            public bool IsFor(Compilation compilation)
            {
                if ((compilation.AssemblyName ?? "") != _assemblyName || !compilation.Options.Equals(_options)) return false;
                var references = compilation.ExternalReferences;
                if (references.Length != _references.Length) return false;
                for (int i = 0; i < references.Length; i++)
                {
                    if (!ReferenceEquals(references[i], _references[i])) return false;
                }
                int shared = 0;
                foreach (var tree in compilation.SyntaxTrees)
                {
                    if (_trees.Contains(tree)) shared++;
                    else if (!IsGeneratorOutput(tree)) return false;
                }
                return shared == _trees.Count;
            }
        }
    }
}
