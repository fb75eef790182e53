using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// Writes the partial class members for one topology: a <c>RouteTables</c> property whose type derives from
    /// <c>RouteTableSet</c> with a typed property per table, a <c>PrivateZones</c> property and a <c>Mermaid</c> diagram. The tables travel as one encoded string constant,
    /// decoded once on first use: cheap to compile even for thousands of VPCs. Knows no Roslyn symbols.
    /// </summary>
    internal static class RouteTablesEmitter
    {
        private const string RouteTableSet = "global::TopologyAnalyzers.RouteTableSet";
        private const string RouteTable = "global::TopologyAnalyzers.RouteTable";
        private const string PrivateZoneSet = "global::TopologyAnalyzers.PrivateZoneSet";
        private const string TraceResult = "global::TopologyAnalyzers.TraceResult";
        private const string Topology = "global::TopologyAnalyzers.Topology";
        private const string RuntimeField = "s_topologyAnalyzersRuntime";

        public static string Emit(EmissionInput input)
        {
            var target = input.Target;
            var network = input.Network!;
            string className = target.MethodName + "RouteTables";
            var identifiers = TableIdentifiers.For(network, className);

            var code = GeneratedFile.Open(target);

            code.Line("/// <summary>The route tables of the topology declared by <see cref=\"" + target.MethodName + "\"/>, resolved at compile time.</summary>");
            code.Line("public static " + className + " RouteTables => " + className + ".Instance;");
            code.Line();
            code.Line("/// <summary>The private zones of <see cref=\"" + target.MethodName + "\"/> and, for each VPC, the zones in effect there.</summary>");
            code.Line("public static " + PrivateZoneSet + " PrivateZones => " + className + ".Zones;");
            code.Line();
            code.Line("/// <summary>A Mermaid flowchart of the accounts, VPCs, transit routers and attachments of <see cref=\"" + target.MethodName + "\"/>.</summary>");
            code.Line("public static string Mermaid => " + className + ".MermaidText;");
            code.Line();
            code.Line("/// <summary>");
            code.Line("/// Traces a ping from <paramref name=\"from\"/> to <paramref name=\"to\"/> (ECS names or IP addresses) through the route");
            code.Line("/// tables of <see cref=\"" + target.MethodName + "\"/>, as <c>ExpectReachable</c> does at compile time. The trace needs every object of");
            code.Line("/// the topology, so the first call runs <see cref=\"" + target.MethodName + "\"/> once with the run-time engine instead of embedding it all.");
            code.Line("/// </summary>");
            code.Line("public static " + TraceResult + " Trace(string from, string to) => " + RuntimeField + ".Value.Trace(from, to);");
            code.Line();
            code.Line("private static readonly global::System.Lazy<" + Topology + "> " + RuntimeField + " =");
            code.Line("    new global::System.Lazy<" + Topology + ">(() => " + Topology + ".Build(" + target.MethodName + "));");
            code.Line();
            code.Line("/// <summary>The route tables of <see cref=\"" + target.MethodName + "\"/>, with a property per table.</summary>");
            code.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"TopologyAnalyzers\", \"" + typeof(RouteTablesEmitter).Assembly.GetName().Version + "\")]");
            code.Line("public sealed class " + className + " : " + RouteTableSet);
            code.Open();
            code.Line("internal static readonly " + className + " Instance = new " + className + "();");
            code.Line();
            code.Line("internal static readonly " + PrivateZoneSet + " Zones = " + PrivateZoneSet + ".Decode(ZoneData);");
            code.Line();
            code.Line("private " + className + "() : base(Data) { }");
            for (int i = 0; i < identifiers.Length; i++)
            {
                code.Line();
                code.Line("/// <summary>" + Xml(network.Tables[i].Title) + "</summary>");
                code.Line("public " + RouteTable + " " + identifiers[i] + " => this[" + i + "];");
            }
            code.Line();
            code.Raw("private const string Data = " + VerbatimLiteral(RouteTableCodec.Encode(network)) + ";\n");
            code.Line();
            code.Raw("private const string ZoneData = " + VerbatimLiteral(PrivateZoneCodec.Encode(input.Zones!)) + ";\n");
            code.Line();
            // Internal, not private: the outer class's Mermaid property reads it. Labels are escaped by the writer,
            // so the text holds no line break other than the "\n" between lines.
            code.Raw("internal const string MermaidText = " + VerbatimLiteral(input.Mermaid!) + ";\n");
            code.Close();

            return GeneratedFile.Close(code, target);
        }

        // One record per line keeps the generated file readable; the codec escapes line breaks in names.
        private static string VerbatimLiteral(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

        private static string Xml(string text)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case '&': escaped.Append("&amp;"); break;
                    case '<': escaped.Append("&lt;"); break;
                    case '>': escaped.Append("&gt;"); break;
                    case '\r':
                    case '\n': escaped.Append(' '); break;
                    default: escaped.Append(c); break;
                }
            }
            return escaped.ToString();
        }

    }
}
