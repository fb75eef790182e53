using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators
{
    /// <summary>
    /// Whether a type's members can be reached from another assembly, for the accessibility of the generated tables type
    /// (<see cref="Emission.TopologyTarget.VisibleOutsideAssembly"/>): the type and every type it is nested in must be
    /// public, protected or protected internal (a derived class elsewhere sees protected members). Internal, private and
    /// private protected anywhere in the chain keep the members inside the assembly.
    /// </summary>
    internal static class ExternalVisibility
    {
        public static bool Of(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.ContainingType)
            {
                switch (current.DeclaredAccessibility)
                {
                    case Accessibility.Public:
                    case Accessibility.Protected:
                    case Accessibility.ProtectedOrInternal:
                        continue;
                    default:
                        return false;
                }
            }
            return true;
        }
    }
}
