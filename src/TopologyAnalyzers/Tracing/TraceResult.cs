using System.Collections.Generic;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>
    /// A traced ping between two ECS instances: each lookup of the request and, when it got in, of the reply, with the
    /// table and route that decided it, and how the ping ended.
    /// </summary>
    public sealed class TraceResult
    {
        private readonly string _text;

        internal TraceResult(PingTrace trace)
        {
            From = trace.From;
            To = trace.To;
            Outcome = (TraceOutcome)trace.Verdict;
            DropReason = trace.Reached ? null : trace.Detail;
            var hops = new TraceHop[trace.Steps.Count];
            for (int i = 0; i < hops.Length; i++) hops[i] = new TraceHop(trace.Steps[i]);
            Hops = hops;
            _text = trace.ToString();
        }

        /// <summary>The sending instance's name (or what was asked for, when it names no instance).</summary>
        public string From { get; }

        /// <summary>The receiving instance's name (or what was asked for, when it names no instance).</summary>
        public string To { get; }

        /// <summary>True when the ping gets through and its reply comes back.</summary>
        public bool Reached => Outcome == TraceOutcome.Reached;

        /// <summary>How the ping ended.</summary>
        public TraceOutcome Outcome { get; }

        /// <summary>Where and why the ping was dropped, naming the table, route or security group; null when it got through.</summary>
        public string? DropReason { get; }

        /// <summary>The lookups in order: the request's, then the reply's (<see cref="TraceHop.IsReply"/>).</summary>
        public IReadOnlyList<TraceHop> Hops { get; }

        /// <summary>
        /// The trace on one line, as TOPO014 and TOPO015 show it:
        /// <c>ECS3 (192.168.0.1) -> ECS1 (10.0.0.1): VPC3: 10.0.0.0/8 -> attach3; ...; reply: ...; reached</c>.
        /// </summary>
        /// <returns>The ends, each hop, and how the ping ended.</returns>
        public override string ToString() => _text;
    }
}
