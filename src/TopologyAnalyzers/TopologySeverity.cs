namespace TopologyAnalyzers
{
    /// <summary>How serious a finding is; the same default severities the analyzers report with.</summary>
    public enum TopologySeverity
    {
        /// <summary>The cloud would reject or misroute this.</summary>
        Error = 0,

        /// <summary>Works, but against the cloud's guidance.</summary>
        Warning = 1,

        /// <summary>For information.</summary>
        Info = 2,
    }
}
