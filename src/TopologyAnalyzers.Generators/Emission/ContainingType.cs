namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>A type the generated members nest in, as it must be redeclared: <c>partial record struct Name&lt;T&gt;</c>.</summary>
    internal sealed record ContainingType(string Keyword, string Name, string TypeParameters);
}
