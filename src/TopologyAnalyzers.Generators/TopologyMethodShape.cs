using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Generators.Evaluation;

namespace TopologyAnalyzers.Generators
{
    /// <summary>
    /// TOPO018: what a [NetworkTopology] method must look like for the generator to add to its class:
    /// <c>static void M(TopologyBuilder net)</c>, not generic, with a body, in partial classes all the way out,
    /// not <c>file</c> types, and the only [NetworkTopology] method of its class (the generated members are named after the class).
    /// </summary>
    internal static class TopologyMethodShape
    {
        /// <summary>The members the generator adds to the method's class, whose names SPEC section 4 fixes.</summary>
        private static readonly string[] GeneratedMembers = { "RouteTables", "PrivateZones", "Mermaid", "Trace" };

        /// <summary>What is wrong with the method, or null when it has the right shape.</summary>
        public static string? Problem(IMethodSymbol method)
        {
            string name = "'" + method.Name + "'";
            if (method.MethodKind != MethodKind.Ordinary)
                return "[NetworkTopology] goes on an ordinary method, not on " + name;
            if (!method.IsStatic)
                return "[NetworkTopology] method " + name + " must be static";
            if (!method.ReturnsVoid)
                return "[NetworkTopology] method " + name + " must return void";
            if (method.IsGenericMethod)
                return "[NetworkTopology] method " + name + " must not be generic";
            if (method.Parameters.Length != 1 || DslTypes.Classify(method.Parameters[0].Type) != DslKind.TopologyBuilder
                || method.Parameters[0].RefKind != RefKind.None)
                return "[NetworkTopology] method " + name + " must take exactly one TopologyBuilder parameter";
            if (method.IsAbstract || method.IsExtern || method.IsPartialDefinition && method.PartialImplementationPart is null)
                return "[NetworkTopology] method " + name + " must have a body";

            for (var type = method.ContainingType; type != null; type = type.ContainingType)
            {
                if (type.TypeKind == TypeKind.Interface)
                    return "[NetworkTopology] method " + name + " must be declared in a class, struct or record, not in interface '" + type.Name + "'";
                if (!IsPartial(type))
                    return "Type '" + type.Name + "' must be partial so the generator can add the route tables of " + name;
                // All parts of a file-local type live in one file; the generated part is a file of its own.
                if (type.IsFileLocal)
                    return "Type '" + type.Name + "' must not be a 'file' type: the generator adds the route tables of " + name + " in a file of its own";
            }
            if (System.Array.IndexOf(GeneratedMembers, method.ContainingType!.Name) >= 0)
                return "Type '" + method.ContainingType.Name + "' has the name of a member the generator adds to it (a member may not be named like its type); rename the type";

            var first = FirstTopologyMethod(method.ContainingType!);
            if (first != null && !SymbolEqualityComparer.Default.Equals(first, method))
                return "Type '" + method.ContainingType!.Name + "' already has [NetworkTopology] method '" + first.Name + "'; declare one topology per class";
            return null;
        }

        private static bool IsPartial(INamedTypeSymbol type)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    return true;
            }
            return false;
        }

        /// <summary>The first [NetworkTopology] method of the type in source order (file path, then position).</summary>
        private static IMethodSymbol? FirstTopologyMethod(INamedTypeSymbol type)
        {
            IMethodSymbol? first = null;
            Location? firstLocation = null;
            foreach (var member in type.GetMembers())
            {
                if (!(member is IMethodSymbol candidate) || !HasTopologyAttribute(candidate)) continue;
                var location = candidate.Locations.Length > 0 ? candidate.Locations[0] : Location.None;
                if (first == null || Compare(location, firstLocation!) < 0)
                {
                    first = candidate;
                    firstLocation = location;
                }
            }
            return first;
        }

        public static bool HasTopologyAttribute(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                // Runs for every method of the user's project (the analyzer's symbol action): no string building.
                if (DslTypes.IsTopologyAttribute(attribute.AttributeClass)) return true;
            }
            return false;
        }

        private static int Compare(Location a, Location b)
        {
            int byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.SourceSpan.Start.CompareTo(b.SourceSpan.Start);
        }
    }
}
