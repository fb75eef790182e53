using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Emission;
using TopologyAnalyzers.Generators.Interpretation;

namespace TopologyAnalyzers.Generators
{
    /// <summary>The generator's transform: a [NetworkTopology] method to a value-equatable <see cref="TopologyTarget"/>.</summary>
    internal static class TopologyTargetReader
    {
        public static TopologyTarget? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (!(context.TargetSymbol is IMethodSymbol method) || !(context.TargetNode is MethodDeclarationSyntax declaration))
                return null;
            if (TopologyMethodShape.Problem(method) != null) return null;

            var types = new List<ContainingType>();
            for (var syntax = declaration.Parent as TypeDeclarationSyntax; syntax != null; syntax = syntax.Parent as TypeDeclarationSyntax)
            {
                types.Insert(0, Describe(syntax));
            }
            var containingNamespace = method.ContainingType!.ContainingNamespace;
            string ns = containingNamespace is null || containingNamespace.IsGlobalNamespace ? "" : containingNamespace.ToDisplayString();

            TopologyModel? model = null;
            var operation = context.SemanticModel.GetOperation(declaration, cancellationToken);
            if (operation != null)
            {
                model = TopologyInterpreter.Interpret(method, operation, cancellationToken).Model;
            }
            return new TopologyTarget(ns, types.ToEquatableArray(), method.Name, model);
        }

        private static ContainingType Describe(TypeDeclarationSyntax syntax)
        {
            string keyword = syntax.Keyword.ValueText;
            if (syntax is RecordDeclarationSyntax record && record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword))
                keyword = "record struct";
            // Names only: attributes on type parameters would be applied a second time by the generated declaration.
            var typeParameters = new List<string>();
            if (syntax.TypeParameterList != null)
            {
                foreach (var parameter in syntax.TypeParameterList.Parameters) typeParameters.Add(parameter.Identifier.ValueText);
            }
            return new ContainingType(keyword, syntax.Identifier.ValueText, typeParameters.ToEquatableArray());
        }
    }
}
