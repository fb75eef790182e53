using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>
    /// Whatever the names, the generated code builds with nothing reported (warnings as errors, documentation file on)
    /// and every name comes back as data: table titles, next hops, the CEN, and the same tables and zones as run time.
    /// </summary>
    public class HostileNamePropertyTests
    {
        private static readonly ProjectSettings Strict = new ProjectSettings(LanguageVersion.Latest, NullableContextOptions.Enable);

        /// <summary>Pieces that break naive emitters: quotes, escapes, every C# line terminator, format characters, surrogates, comment and interpolation openers, keywords, XML.</summary>
        private static readonly string[] Tokens =
        {
            "\"", "\\", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u200F", "\u00AD", "\u200D", "\uFEFF", "\uFFFE",
            "\uD800", "\uDC00", "\uD83D\uDE00", "\0", "\t", "*/", "/*", "//", "${", "%{", "#error x", "#if", "]]>", "<!--", "<", ">",
            "&amp;", "'", "@", "|", " ", "class", "event", "void", "@class", "_", "1", "a", "\u00e9", "\u6f22", "global::", "{", "}", ";",
        };

        private static readonly Gen<string> Name = Gen.Frequency(
            (8, Gen.OneOf(Tokens).Array[0, 6].Select(parts => string.Concat(parts))),
            (1, Gen.OneOf(Tokens).Select(token => string.Concat(Enumerable.Repeat(token, 1100 / token.Length + 1)).Substring(0, 1100))));

        [Fact]
        public void Generated_code_builds_with_nothing_reported_and_every_name_round_trips()
        {
            Gen.Select(Name, Name, Name.Array[1, 3], Name.Array[3], Name, Name, Name).Sample(Check, iter: 40);
        }

        private static void Check(string account, string cen, string[] vpcs, string[] attachments, string table, string zone, string record)
        {
            var body = new StringBuilder()
                .Append("var a = net.Account(").Append(HostileSources.Literal(account)).Append(", \"1000000000000001\");\n")
                .Append("var tr = a.Cen(").Append(HostileSources.Literal(cen)).Append(").TransitRouter(\"cn-hangzhou\");\n")
                .Append("var custom = tr.RouteTable(").Append(HostileSources.Literal(table)).Append(");\n");
            for (int i = 0; i < vpcs.Length; i++)
            {
                body.Append("var vpc").Append(i).Append(" = a.Vpc(").Append(HostileSources.Literal(vpcs[i])).Append(", \"cn-hangzhou\", \"10.").Append(i).Append(".0.0/16\")")
                    .Append(".VSwitch(\"j\", \"cn-hangzhou-j\", \"10.").Append(i).Append(".0.0/24\")")
                    .Append(".VSwitch(\"k\", \"cn-hangzhou-k\", \"10.").Append(i).Append(".1.0/24\");\n")
                    .Append("tr.Attach(vpc").Append(i).Append(", ").Append(HostileSources.Literal(attachments[i])).Append(").PropagateTo(custom);\n");
            }
            body.Append("a.PrivateZone(").Append(HostileSources.Literal(zone)).Append(").Record(").Append(HostileSources.Literal(record))
                .Append(", \"10.0.0.9\").EffectiveIn(vpc0);\n");

            var run = GeneratorRun.Run(Strict, HostileSources.Topology(body.ToString()));
            Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
            var (generated, user) = run.BuildProblems();
            Assert.Empty(generated);
            Assert.Empty(user);

            var assembly = run.Load();
            var tables = GeneratorRun.GeneratedTables(assembly, "Net");
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "Net");
            HostileNameTests.PropertyPerTable(tables);
            Assert.Equal(runtime.RouteTables.ToMarkdown(), tables.ToMarkdown());
            Assert.Equal(runtime.PrivateZones.ToMarkdown(), ((PrivateZoneSet)assembly.GetType("Net")!.GetProperty("PrivateZones")!.GetValue(null)!).ToMarkdown());

            var defaultTable = tables[0];
            Assert.Equal(cen, defaultTable.Cen);
            // Two vSwitch blocks per VPC, propagated in address order: the next hops are the attachment names, unchanged.
            Assert.Equal(attachments.Take(vpcs.Length).SelectMany(n => new[] { n, n }), defaultTable.Routes.Select(r => r.NextHop));
            var vpcTitles = tables.Skip(table == "default" ? 1 : 2).Select(t => t.Title);
            Assert.Equal(vpcs, vpcTitles);
            if (table != "default") Assert.Equal("TR (cn-hangzhou) " + table, tables[1].Title);
        }
    }
}
