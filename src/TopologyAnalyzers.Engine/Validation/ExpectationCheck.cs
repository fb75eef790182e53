using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>Traces the pings of the expectations of one kind, for TOPO014 and TOPO015.</summary>
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
                findings.Add(Finding.Create(rule, expectation.Call, expectation.From, expectation.To, why));
            }
        }
    }
}
