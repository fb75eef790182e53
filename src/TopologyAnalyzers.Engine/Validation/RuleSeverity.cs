namespace TopologyAnalyzers.Engine
{
    /// <summary>Default severity of a rule; values equal the public <c>TopologySeverity</c>.</summary>
    internal enum RuleSeverity
    {
        Error = 0,
        Warning = 1,
        Info = 2,
    }
}
