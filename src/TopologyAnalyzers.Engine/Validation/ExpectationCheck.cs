using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Traces the pings of the expectations of one kind, for TOPO014 and TOPO015. A failed ping is reported on the call;
    /// an end that names nothing the topology holds (a typo, an empty name) on that argument, which is what is wrong.
    /// </summary>
    internal static class ExpectationCheck
    {
        public static void Run(TopologyIndex index, List<Finding> findings, ExpectationKind kind, Rule rule, bool reportWhenReached)
        {
            PathTracer? tracer = null;
            foreach (var expectation in index.Model.Expectations)
            {
                if (expectation.Kind != kind) continue;
                tracer ??= new PathTracer(index);
                var trace = tracer.Ping(expectation.From, expectation.To);
                bool unknown = trace.Verdict == TraceVerdict.UnknownEndpoint;
                if (!unknown && trace.Reached != reportWhenReached) continue;
                string why = unknown ? trace.Detail : trace.ToString();
                var location = !unknown ? expectation.Call
                    : TraceEndpoints.Find(index, expectation.From, out _) is null ? expectation.FromSpan : expectation.ToSpan;
                findings.Add(Finding.Create(rule, location, expectation.From, expectation.To, why));
            }
        }
    }
}
