using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// Topology sources for names that break naive code generation. Every member carries a doc comment, so a build with
    /// a documentation file and warnings as errors reports nothing of the user's own.
    /// </summary>
    internal static class HostileSources
    {
        /// <summary>A C# string literal for any text: printable ASCII as is, everything else as <c>\uXXXX</c> (lone surrogates too).</summary>
        public static string Literal(string? text)
        {
            if (text is null) return "null!";
            var literal = new StringBuilder("\"");
            foreach (char c in text)
            {
                if (c >= ' ' && c <= '~' && c != '"' && c != '\\') literal.Append(c);
                else literal.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return literal.Append('"').ToString();
        }

        /// <summary>A public static partial class holding one documented [NetworkTopology] method with <paramref name="body"/>.</summary>
        public static string Topology(string body, string? ns = null, string type = "Net", string method = "Define", string typeKeyword = "static partial class")
        {
            string declaration = $$"""
                /// <summary>A topology.</summary>
                public {{typeKeyword}} {{type}}
                {
                    /// <summary>Declares it.</summary>
                    [NetworkTopology]
                    public static void {{method}}(TopologyBuilder net)
                    {
                        {{body}}
                    }
                }
                """;
            return "using TopologyAnalyzers;\n" + (ns is null ? declaration : "namespace " + ns + "\n{\n" + declaration + "\n}\n");
        }

        /// <summary>One account, a CEN whose router is in cn-hangzhou, and a two-zone VPC per name, each attached (<c>attach{i}</c>).</summary>
        public static string VpcsNamed(IReadOnlyList<string> names)
        {
            var body = new StringBuilder("""
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

                """);
            for (int i = 0; i < names.Count; i++)
            {
                body.Append("tr.Attach(a.Vpc(").Append(Literal(names[i])).Append(", \"cn-hangzhou\", \"10.").Append(i).Append(".0.0/16\")")
                    .Append(".VSwitch(\"j\", \"cn-hangzhou-j\", \"10.").Append(i).Append(".0.0/24\")")
                    .Append(".VSwitch(\"k\", \"cn-hangzhou-k\", \"10.").Append(i).Append(".1.0/24\"), \"attach").Append(i).Append("\");\n");
            }
            return Topology(body.ToString());
        }
    }
}
