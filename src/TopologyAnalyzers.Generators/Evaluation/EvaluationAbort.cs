using System;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// Ends the evaluation where running the method would end too, or where going on makes no sense: an exception the
    /// method throws (<see cref="ThrownType"/> names it), the step budget, recursion too deep. Its TOPO017 is reported
    /// at <see cref="At"/>.
    /// </summary>
    internal sealed class EvaluationAbort : Exception
    {
        public EvaluationAbort(Spot at, string reason, string? thrownType = null)
            : base(reason)
        {
            At = at;
            ThrownType = thrownType;
        }

        public Spot At { get; set; }

        /// <summary>The .NET exception running the method would throw here (<c>IndexOutOfRangeException</c>), if that is why.</summary>
        public string? ThrownType { get; }

        public static EvaluationAbort Throws(Spot at, string exceptionType, string message) =>
            new EvaluationAbort(at, "This throws " + exceptionType + (message.Length > 0 ? " (" + message + ")" : ""), exceptionType);
    }
}
