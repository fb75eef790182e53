using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A finding about a topology: the same rule, severity and message the analyzer reports at compile time.</summary>
    public sealed class TopologyDiagnostic
    {
        internal TopologyDiagnostic(Finding finding)
        {
            Id = finding.Rule.Id;
            Severity = (TopologySeverity)finding.Rule.Severity;
            Message = finding.Message;
        }

        /// <summary>The rule ID, for example <c>TOPO005</c>.</summary>
        public string Id { get; }

        /// <summary>The rule's default severity.</summary>
        public TopologySeverity Severity { get; }

        /// <summary>What is wrong, naming the objects involved.</summary>
        public string Message { get; }

        /// <summary>The finding on one line.</summary>
        /// <returns><c>ID: message</c>, for example <c>TOPO005: The CIDR block of VPC 'VPC1': ...</c>.</returns>
        public override string ToString() => Id + ": " + Message;
    }
}
