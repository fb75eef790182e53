using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// A type the generated members nest in, as it must be redeclared: <c>partial record struct Name&lt;T&gt;</c>.
    /// <see cref="Name"/> and <see cref="TypeParameters"/> are names as Roslyn gives them (without <c>@</c>): the
    /// emitter escapes them, and leaves out what a partial declaration need not repeat (attributes on the type
    /// parameters, which would be applied twice, constraints, other modifiers).
    /// </summary>
    internal sealed record ContainingType(string Keyword, string Name, EquatableArray<string> TypeParameters);
}
