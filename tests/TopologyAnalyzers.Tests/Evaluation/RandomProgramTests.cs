using System.Linq;
using System.Text;
using CsCheck;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// Random topology programs built from the supported constructs (data as tuples, records or dictionaries; loops,
    /// LINQ, helpers, local functions and extension methods; conditions; interpolation, concatenation and
    /// string.Format) evaluate at compile time to exactly the model that running them builds.
    /// </summary>
    public class RandomProgramTests
    {
        private sealed record Choices(int[] Octets, int Data, int Loop, int Helper, int Text, int Modulus, bool Sort);

        private static readonly Gen<Choices> Programs =
            from octets in Gen.Int[0, 250].HashSet[1, 12]
            from data in Gen.Int[0, 2]
            from loop in Gen.Int[0, 3]
            from helper in Gen.Int[0, 2]
            from text in Gen.Int[0, 2]
            from modulus in Gen.Int[1, 4]
            from sort in Gen.Bool
            select new Choices(octets.ToArray(), data, loop, helper, text, modulus, sort);

        [Fact]
        public void Random_programs_evaluate_to_the_model_that_running_them_builds()
        {
            Programs.Sample(choices =>
            {
                var source = Write(choices);
                var run = GeneratorRun.Run(source);
                Assert.Empty(run.CompilationProblems());
                var assembly = run.Load();
                var runtime = GeneratorRun.BuildAtRunTime(assembly, "Net");
                Assert.Equal(ModelText.Of(runtime.Model), ModelText.Of(EvaluationCheck.CompileTimeModel(run.Output, "Net")));
                Assert.Equal(runtime.RouteTables.ToMarkdown(), GeneratorRun.GeneratedTables(assembly, "Net").ToMarkdown());
            }, iter: 25, threads: 1);
        }

        private static string Write(Choices c)
        {
            var body = new StringBuilder();
            body.AppendLine("        var a = net.Account(\"A\", \"1000000000000001\");");
            body.AppendLine("        var tr = a.Cen(\"CEN1\").TransitRouter(Region);");
            var entries = c.Octets.Select((o, i) => (Name: "svc" + i, Octet: o)).ToArray();
            string items = c.Data switch
            {
                0 => "new[] { " + string.Join(", ", entries.Select(e => $"(\"{e.Name}\", {e.Octet})")) + " }",
                1 => "new List<Spec> { " + string.Join(", ", entries.Select(e => $"new Spec(\"{e.Name}\", {e.Octet})")) + " }",
                _ => "new Dictionary<string, int> { " + string.Join(", ", entries.Select(e => $"[\"{e.Name}\"] = {e.Octet}")) + " }",
            };
            body.AppendLine("        var specs = " + items + ";");
            string pairs = c.Data switch
            {
                0 => "specs",
                1 => "specs.Select(s => (s.Name, s.Octet))",
                _ => "specs.Select(kv => (kv.Key, kv.Value))",
            };
            if (c.Sort) pairs += ".OrderByDescending(p => p.Item2).ThenBy(p => p.Item1)";
            string cidr = c.Text switch
            {
                0 => "$\"10.{octet}.0.0/16\"",
                1 => "\"10.\" + octet + \".0.0/16\"",
                _ => "string.Format(\"10.{0}.0.0/16\", octet)",
            };
            string make = c.Helper switch
            {
                0 => "StandardVpc(a, name, " + cidr + ")",
                1 => "a.Spoke(name, octet)",
                _ => "Local(name, octet)",
            };
            if (c.Helper == 2) body.AppendLine("        Vpc Local(string n, int o) => a.Vpc(n, Region, $\"10.{o}.0.0/16\").VSwitch(n + \"-a\", Region + \"a\", $\"10.{o}.0.0/24\");");
            string step = $$"""
                        {
                            var vpc = {{make}};
                            if (octet % {{c.Modulus}} == 0) tr.Attach(vpc, name + "-att");
                            else vpc.VSwitch(name + "-extra", Region + "b", $"10.{octet}.200.0/24");
                        }
                """;
            switch (c.Loop)
            {
                case 0:
                    body.AppendLine("        foreach (var (name, octet) in " + pairs + ")").AppendLine(step);
                    break;
                case 1:
                    body.AppendLine("        var list = " + pairs + ".ToList();");
                    body.AppendLine("        for (int i = 0; i < list.Count; i++)").AppendLine("        {").AppendLine("            var (name, octet) = list[i];").AppendLine(step).AppendLine("        }");
                    break;
                case 2:
                    body.AppendLine("        " + pairs + ".ToList().ForEach(p =>").AppendLine("        {").AppendLine("            var (name, octet) = p;").AppendLine(step).AppendLine("        });");
                    break;
                default:
                    body.AppendLine("        var queue = new List<(string, int)>(" + pairs + ");");
                    body.AppendLine("        int index = 0;");
                    body.AppendLine("        while (index < queue.Count)").AppendLine("        {").AppendLine("            var (name, octet) = queue[index++];").AppendLine(step).AppendLine("        }");
                    break;
            }
            return Evaluation.Programs.Net(body.ToString(), Evaluation.Programs.StandardVpc + "\n    private const string Region = \"ap-southeast-1\";", """
                public sealed record Spec(string Name, int Octet);

                public static class SpokeExtensions
                {
                    public static Vpc Spoke(this Account a, string name, int octet) =>
                        a.Vpc(name, "ap-southeast-1", $"10.{octet}.0.0/16").VSwitch(name + "-a", "ap-southeast-1a", $"10.{octet}.0.0/24");
                }
                """);
        }
    }
}
