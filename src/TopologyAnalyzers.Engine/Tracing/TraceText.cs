using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Writes a <see cref="PingTrace"/> as the one line that diagnostics (TOPO014, TOPO015) and <c>TraceResult.ToString()</c>
    /// show: each lookup as <c>table: destination -> next hop</c>, <c>reply:</c> before the reply's first lookup, then
    /// <c>reached</c> or <c>dropped: why</c>.
    /// </summary>
    internal static class TraceText
    {
        public static string Format(PingTrace trace)
        {
            var text = new StringBuilder();
            text.Append(Endpoint(trace.From, trace.FromAddress)).Append(" -> ").Append(Endpoint(trace.To, trace.ToAddress)).Append(": ");
            bool replying = false;
            foreach (var step in trace.Steps)
            {
                if (step.Reply && !replying)
                {
                    text.Append("reply: ");
                    replying = true;
                }
                text.Append(Hop(step)).Append("; ");
            }
            text.Append(trace.Reached ? "reached" : "dropped: " + trace.Detail);
            return text.ToString();
        }

        /// <summary>One lookup: <c>table: destination -> next hop</c>, or <c>table: no route</c>.</summary>
        public static string Hop(TraceStep step) =>
            step.Table + ": " + (step.FoundRoute ? step.Destination + " -> " + step.NextHop : "no route");

        private static string Endpoint(string name, string address) =>
            address.Length == 0 || address == name ? name : name + " (" + address + ")";
    }
}
