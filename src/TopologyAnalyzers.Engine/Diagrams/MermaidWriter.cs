using System.Collections.Generic;
using System.Text;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Draws a topology as a Mermaid flowchart: a subgraph per account holding its VPCs and the transit routers of
    /// its CENs, an edge per attachment from the VPC to the transit router, and one per inter-region connection. The generator embeds the text in
    /// the generated code and <c>Topology.Mermaid</c> computes it at run time, so both come from here.
    /// </summary>
    /// <remarks>
    /// Node IDs are derived from declaration indexes (<c>acct0</c>, <c>vpc0</c>, <c>tr0</c>), never from names,
    /// so any name gives a valid, stable diagram. Every user string goes into a quoted label through
    /// <see cref="Label"/>. Lines are joined with "\n" and the text ends with "\n" on every platform, so the
    /// generated constant and the run-time value are identical.
    /// </remarks>
    internal static class MermaidWriter
    {
        private const string Indent = "    ";

        /// <summary>
        /// The longest diagram the generator embeds, the limit the Terraform export has: past it (about 3,000 VPCs) the
        /// generated <c>Mermaid</c> computes the text at run time on first use. Such a diagram is far past what Mermaid
        /// itself renders (its default <c>maxTextSize</c> is 50,000 characters), and at 10,000 VPCs its 830,000
        /// characters were written, parsed and compiled into the user's assembly on every build.
        /// </summary>
        public const int MaxEmbeddedLength = EmbeddedText.MaxLength;

        /// <summary>The diagram for the generator: null when it would be longer than <see cref="MaxEmbeddedLength"/> (each VPC and attachment takes more than 30 characters).</summary>
        public static string? WriteIfEmbeddable(TopologyModel model) =>
            EmbeddedText.IfEmbeddable(30L * (model.Vpcs.Count + model.Attachments.Count), () => Write(model));

        public static string Write(TopologyModel model)
        {
            var text = new StringBuilder();
            text.Append("flowchart LR\n");

            // Bucket VPCs and routers by owning account in one pass: topologies of 10,000 VPCs are normal.
            int accountCount = model.Accounts.Count;
            var vpcsByAccount = new List<int>?[accountCount];
            var routersByAccount = new List<int>?[accountCount];
            var orphanVpcs = new List<int>();
            var orphanRouters = new List<int>();
            for (int i = 0; i < model.Vpcs.Count; i++)
            {
                int account = model.Vpcs[i].Account;
                if (IsIndex(account, accountCount)) (vpcsByAccount[account] ??= new List<int>()).Add(i);
                else orphanVpcs.Add(i);
            }
            for (int i = 0; i < model.TransitRouters.Count; i++)
            {
                int account = RouterAccount(model, i);
                if (IsIndex(account, accountCount)) (routersByAccount[account] ??= new List<int>()).Add(i);
                else orphanRouters.Add(i);
            }

            for (int a = 0; a < accountCount; a++)
            {
                text.Append(Indent).Append("subgraph acct").Append(a).Append("[\"")
                    .Append(Label("Account " + model.Accounts[a].Name)).Append("\"]\n");
                WriteNodes(model, text, vpcsByAccount[a], routersByAccount[a], Indent + Indent);
                text.Append(Indent).Append("end\n");
            }
            // Only an inconsistent model has these; drawing them outside any account keeps every edge's ends declared.
            WriteNodes(model, text, orphanVpcs, orphanRouters, Indent);

            for (int i = 0; i < model.Attachments.Count; i++)
            {
                var attachment = model.Attachments[i];
                if (!IsIndex(attachment.Vpc, model.Vpcs.Count) || !IsIndex(attachment.TransitRouter, model.TransitRouters.Count)) continue;
                // Cross-account attachments need no special case: the router sits in its CEN owner's subgraph.
                text.Append(Indent).Append("vpc").Append(attachment.Vpc).Append(" ---|\"").Append(Label(attachment.Name))
                    .Append("\"| tr").Append(attachment.TransitRouter).Append('\n');
            }

            WriteInterRegionConnections(model, text);
            return text.ToString();
        }

        /// <summary>
        /// One TR-to-TR edge per inter-region connection (<c>tr.Connect(otherTr, name)</c>), after the attachment edges:
        /// <c>tr0 &lt;--&gt;|"name"| tr1</c>. Both ends are declared as <c>tr</c> nodes above. A connection whose ends
        /// are not routers of the model is left out, as an attachment with a missing end is.
        /// </summary>
        private static void WriteInterRegionConnections(TopologyModel model, StringBuilder text)
        {
            foreach (var connection in model.Connections)
            {
                if (!IsIndex(connection.TransitRouter, model.TransitRouters.Count) || !IsIndex(connection.Peer, model.TransitRouters.Count)) continue;
                text.Append(Indent).Append("tr").Append(connection.TransitRouter).Append(" <-->|\"").Append(Label(connection.Name))
                    .Append("\"| tr").Append(connection.Peer).Append('\n');
            }
        }

        private static void WriteNodes(TopologyModel model, StringBuilder text, List<int>? vpcs, List<int>? routers, string indent)
        {
            if (vpcs != null)
            {
                foreach (int v in vpcs)
                {
                    var vpc = model.Vpcs[v];
                    text.Append(indent).Append("vpc").Append(v).Append("[\"").Append(Label(vpc.Name)).Append("<br/>")
                        .Append(Label(vpc.Cidr)).Append("\"]\n");
                }
            }
            if (routers != null)
            {
                foreach (int r in routers)
                {
                    var router = model.TransitRouters[r];
                    string cen = IsIndex(router.Cen, model.Cens.Count) ? model.Cens[router.Cen].Name : "";
                    text.Append(indent).Append("tr").Append(r).Append("[\"")
                        .Append(Label(cen + " TR (" + router.Region + ")")).Append("\"]\n");
                }
            }
        }

        private static int RouterAccount(TopologyModel model, int router)
        {
            int cen = model.TransitRouters[router].Cen;
            return IsIndex(cen, model.Cens.Count) ? model.Cens[cen].Account : -1;
        }

        private static bool IsIndex(int index, int count) => index >= 0 && index < count;

        /// <summary>
        /// Makes <paramref name="value"/> safe inside a double-quoted node or edge label: Mermaid entity codes for
        /// every character that could end the label or the statement, start an entity, HTML or markdown, and a
        /// <c>&lt;br/&gt;</c> per line break. Other control characters become spaces.
        /// </summary>
        internal static string Label(string? value)
        {
            if (string.IsNullOrEmpty(value)) return "";
            var label = new StringBuilder(value!.Length + 8);
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': label.Append("#quot;"); break;
                    case '#': label.Append("#35;"); break;
                    case '&': label.Append("#amp;"); break;
                    case '<': label.Append("#lt;"); break;
                    case '>': label.Append("#gt;"); break;
                    case '|': label.Append("#124;"); break;
                    case '[': label.Append("#91;"); break;
                    case ']': label.Append("#93;"); break;
                    case '{': label.Append("#123;"); break;
                    case '}': label.Append("#125;"); break;
                    case '`': label.Append("#96;"); break;
                    case '\r':
                        if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                        label.Append("<br/>");
                        break;
                    case '\n':
                    case '\u0085':
                    case '\u2028':
                    case '\u2029':
                        label.Append("<br/>");
                        break;
                    default:
                        label.Append(char.IsControl(c) ? ' ' : c);
                        break;
                }
            }
            return label.ToString();
        }
    }
}
