using static TopologyAnalyzers.Tests.Evaluation.Programs;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// One program per kind of SPEC section 2b. Each names its VPCs after what it computed, so any difference between
    /// the evaluation and the run shows in the model.
    /// </summary>
    internal static class KindPrograms
    {
        public static readonly (string Name, string Source)[] All =
        {
            ("primitive values and C# arithmetic", Net("""
                var a = net.Account("A", "1000000000000001");
                char c = 'x';
                bool flag = !false && (1 < 2 || Fail());
                long big = int.MaxValue;
                big += 10;
                int wrapped = unchecked(int.MaxValue + Seed);
                uint u = 3u;
                u -= 5;
                double d = 7 / 2.0;
                decimal m = 1.1m * 3;
                int div = -7 / 2, rem = -7 % 2, shift = -16 >> 2, xor = 6 ^ 3;
                int big300 = 300;
                byte b = (byte)big300;
                string? nothing = null;
                a.Vpc($"{c}{(int)c}-{flag}-{big}-{wrapped}-{u}-{d}-{m}-{div}-{rem}-{shift}-{xor}-{b}-{nothing ?? "null"}", "ap-southeast-1", "10.0.0.0/16");
                """, """
                private const int Seed = 5;
                private static bool Fail() => throw new InvalidOperationException();
            """)),

            ("enums, user-declared and the DSL's", Net("""
                var tier = Tier.Gold | Tier.Silver;
                var site = Prod ? Site.ChinaMainland : Site.International;
                var a = net.Account("A-" + tier + "-" + (int)Tier.Gold + "-" + (Tier)8, "1000000000000001", site);
                a.Vpc(Tier.Bronze.ToString().ToLowerInvariant(), "cn-hangzhou", "10.0.0.0/16");
                if (tier.HasFlag(Tier.Gold) == false) a.Vpc("never", "cn-hangzhou", "10.9.0.0/16");
                """, """
                private static readonly bool Prod = true;
            """, """
            [Flags]
            public enum Tier { Bronze = 1, Silver = 2, Gold = 4 }
            """).Replace("if (tier.HasFlag(Tier.Gold) == false) a.Vpc(\"never\", \"cn-hangzhou\", \"10.9.0.0/16\");", "if ((tier & Tier.Gold) == 0) a.Vpc(\"never\", \"cn-hangzhou\", \"10.9.0.0/16\");")),

            ("arrays, lists, dictionaries and sets, in .NET's order", Net("""
                var a = net.Account("A", "1000000000000001");
                var octets = new int[3];
                octets[1] = 7;
                var names = new List<string> { "x", "y" };
                names.Insert(0, "w");
                names.Remove("y");
                var blocks = new Dictionary<string, string> { ["w"] = "10.1.0.0/16" };
                blocks.Add("x", "10.2.0.0/16");
                blocks["z"] = "10.3.0.0/16";
                blocks.Remove("w");
                blocks["w2"] = "10.4.0.0/16";
                var seen = new HashSet<string>();
                foreach (var entry in blocks)
                {
                    if (seen.Add(entry.Value)) a.Vpc(entry.Key + octets[1] + names.Count, "ap-southeast-1", entry.Value);
                }
                if (blocks.TryGetValue("x", out var x) && blocks.ContainsKey("z") && !seen.Add(x)) a.Vpc("dup-" + x.Length, "ap-southeast-1", "10.9.0.0/16");
                """)),

            ("collection expressions and spreads", Net("""
                var a = net.Account("A", "1000000000000001");
                string[] core = ["hub", "shared"];
                List<string> all = [..core, "edge", ..Extra];
                int i = 0;
                foreach (var name in all) a.Vpc(name, "ap-southeast-1", $"10.{i++}.0.0/16");
                """, "    private static readonly string[] Extra = [\"ops\", \"audit\"];")),

            ("named and positional tuples, and deconstruction", Net("""
                var a = net.Account("A", "1000000000000001");
                var pair = (Name: "hub", Octet: 10);
                (string, int) other = ("spoke", 20);
                var (n, o) = pair;
                (n, o) = (o.ToString(), n.Length);
                a.Vpc(pair.Name + other.Item1, "ap-southeast-1", $"10.{pair.Octet}.0.0/16");
                a.Vpc(n + "-" + o, "ap-southeast-1", $"10.{other.Item2}.0.0/16");
                var swapped = Swap((1, 2));
                a.Vpc("sw" + swapped.Item1 + swapped.Item2 + (pair == ("hub", 10)), "ap-southeast-1", "10.30.0.0/16");
                """, "    private static (int, int) Swap((int A, int B) t) => (t.B, t.A);")),

            ("records with with-expressions, equality and ToString", Net("""
                var a = net.Account("A", "1000000000000001");
                var baseSpec = new Spec("web", "10.0.0.0/16");
                var copy = baseSpec with { Cidr = "10.1.0.0/16" };
                a.Vpc(copy.Name + (copy == baseSpec) + (baseSpec == new Spec("web", "10.0.0.0/16")), "ap-southeast-1", copy.Cidr);
                a.Vpc(baseSpec.ToString().Replace(" ", "").Replace("=", "-").Replace("{", "(").Replace("}", ")").Replace(",", "."), "ap-southeast-1", baseSpec.Cidr);
                """, "", "public sealed record Spec(string Name, string Cidr);")),

            ("classes with constructors, properties, methods, virtual members and structs", Net("""
                var a = net.Account("A", "1000000000000001");
                var plan = new Plan("corp", 10);
                plan.Add("web");
                plan.Add("db");
                Shape shape = new Wide();
                var p1 = new Point { X = 1 };
                var p2 = p1;
                p2.X = 5;
                foreach (var vpc in plan.Build(a)) vpc.VSwitch(vpc.Name + "-" + shape.Describe() + p1.X + p2.X, "ap-southeast-1a", plan.SwitchBlock(vpc.Name));
                """, "", """
            public class Plan
            {
                private readonly List<string> _names = new List<string>();
                private readonly int _first;

                public Plan(string prefix, int first) { Prefix = prefix; _first = first; }

                public string Prefix { get; }

                public int Count => _names.Count;

                public void Add(string name) => _names.Add(Prefix + "-" + name);

                public IEnumerable<Vpc> Build(Account account)
                {
                    var vpcs = new List<Vpc>();
                    for (int i = 0; i < Count; i++) vpcs.Add(account.Vpc(_names[i], "ap-southeast-1", $"10.{_first + i}.0.0/16"));
                    return vpcs;
                }

                public string SwitchBlock(string name) => $"10.{_first + _names.IndexOf(name)}.1.0/24";
            }

            public abstract class Shape { public virtual string Describe() => "shape"; }

            public sealed class Wide : Shape { public override string Describe() => "wide" + base.Describe(); }

            public struct Point { public int X; }
            """)),

            ("anonymous types", Net("""
                var a = net.Account("A", "1000000000000001");
                var items = new[] { new { Name = "a1", Octet = 1 }, new { Name = "a2", Octet = 2 } };
                foreach (var item in items) a.Vpc(item.Name + (item.ToString() ?? "").Length + item, "ap-southeast-1", $"10.{item.Octet}.0.0/16");
                """)),

            ("switch statements and patterns", Net("""
                var a = net.Account("A", "1000000000000001");
                object[] inputs = { 3, "edge", 42L, new Spec("p", "10.50.0.0/16"), new[] { 1, 2, 3 }, null! };
                int octet = 0;
                foreach (var input in inputs)
                {
                    string name;
                    switch (input)
                    {
                        case int small when small < 5: name = "small" + small; break;
                        case string s: name = "text-" + s; break;
                        case long l and > 40: name = "long" + l; break;
                        case Spec { Name: "p" } spec: name = "spec-" + spec.Cidr.Length; break;
                        case int[] and [1, .., var last]: name = "list" + last; break;
                        case null: name = "null"; break;
                        default: name = "other"; break;
                    }
                    string size = octet switch { < 2 => "xs", >= 2 and < 4 => "m", _ => "xl" };
                    a.Vpc(name + "-" + size, "ap-southeast-1", $"10.{octet++}.0.0/16");
                }
                """, "", "public sealed record Spec(string Name, string Cidr);")),

            ("while, do, break, continue, compound assignment, ++ and --", Net("""
                var a = net.Account("A", "1000000000000001");
                int i = 10, made = 0;
                while (true)
                {
                    i--;
                    if (i % 3 == 0) continue;
                    if (i < 2) break;
                    a.Vpc("w" + i, "ap-southeast-1", $"10.{i}.0.0/16");
                    made += 2;
                }
                int j = 0;
                do { j += 3; } while (j < made);
                a.Vpc("done" + j + "-" + made++ + "-" + ++made, "ap-southeast-1", "10.100.0.0/16");
                """)),

            ("return from helpers, recursion and try/finally", Net("""
                var a = net.Account("A", "1000000000000001");
                string log = "";
                try
                {
                    log += "try";
                    a.Vpc("fib" + Fib(10), "ap-southeast-1", Block(3));
                }
                finally
                {
                    log += "-finally";
                }
                a.Vpc(log, "ap-southeast-1", Block(4));
                """, """
                private static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

                private static string Block(int octet)
                {
                    if (octet > 200) return "bad";
                    for (int i = 0; ; i++)
                    {
                        if (i == octet) return $"10.{i}.0.0/16";
                    }
                }
            """)),

            ("static fields start from their initializers, and the method may change them", Net("""
                var a = net.Account("A", "1000000000000001");
                Counter++;
                Names.Add("late");
                foreach (var name in Names) a.Vpc(name + Counter + Derived, "ap-southeast-1", $"10.{Counter++}.0.0/16");
                """, """
                private static int Counter = 5;
                private static readonly List<string> Names = new List<string> { "first" };
                private static readonly string Derived = Prefix + "-" + Counter;
                private const string Prefix = "d";
            """)),

            ("user indexers, operators, conversions and extension methods", Net("""
                var a = net.Account("A", "1000000000000001");
                var plan = new Octets();
                var sum = new Octet(3) + new Octet(4);
                int raw = sum;
                a.Vpc("ix" + plan[2] + raw + "x".Twice(), "ap-southeast-1", $"10.{plan[2]}.0.0/16");
                """, "", """
            public sealed class Octets { public int this[int i] => i * 10; }

            public readonly struct Octet
            {
                public Octet(int value) { Value = value; }
                public int Value { get; }
                public static Octet operator +(Octet x, Octet y) => new Octet(x.Value + y.Value);
                public static implicit operator int(Octet o) => o.Value;
            }

            public static class TextExtensions { public static string Twice(this string s) => s + s; }
            """)),

            ("lambdas capture variables as C# does", Net("""
                var a = net.Account("A", "1000000000000001");
                var makers = new List<Func<string>>();
                foreach (var name in new[] { "p", "q" }) makers.Add(() => name);
                for (int i = 0; i < 2; i++) makers.Add(() => "i" + i);
                int counter = 0;
                Func<int> next = () => ++counter;
                foreach (var make in makers) a.Vpc(make() + next(), "ap-southeast-1", $"10.{counter}.0.0/16");
                """)),

            ("string members", Net("""
                var a = net.Account("A", "1000000000000001");
                string raw = "  Payments,Search , Ledger ";
                var parts = raw.Split(',').Select(p => p.Trim().ToLowerInvariant()).ToArray();
                string joined = string.Join("+", parts) + string.Concat("-", parts.Length);
                a.Vpc(joined.Replace("+", "_").PadLeft(30, '.').Substring(3) + joined[0] + joined.Length, "ap-southeast-1", "10.0.0.0/16");
                foreach (var p in parts)
                {
                    if (p.StartsWith("p") || p.EndsWith("r") || p.Contains("ea")) a.Vpc(p.ToUpperInvariant().PadRight(8, '_') + p.IndexOf('e'), "ap-southeast-1", $"10.{p.Length}.0.0/16");
                }
                a.Vpc(string.IsNullOrEmpty(raw.TrimEnd()) + raw.TrimStart().Substring(0, 3), "ap-southeast-1", "10.20.0.0/16");
                """)),

            ("Math and number formatting", Net("""
                var a = net.Account("A", "1000000000000001");
                int x = Math.Max(3, Math.Min(10, Math.Abs(-7)));
                a.Vpc($"m{x:D3}-{255.ToString("x2")}-{1234567.ToString("N0")}-{3.5:F2}-{x,4}|{x,-4}|", "ap-southeast-1", $"10.{x}.0.0/16");
                """)),

            ("LINQ operators", Net("""
                var a = net.Account("A", "1000000000000001");
                var teams = new[] { ("web", 3), ("db", 1), ("cache", 2), ("web", 5), ("api", 2) };
                var ordered = teams.OrderBy(t => t.Item2).ThenByDescending(t => t.Item1).Select(t => t.Item1).Distinct().ToList();
                var octets = teams.Where((t, i) => i % 2 == 0).Select(t => t.Item2).Concat(new[] { 9 }).Reverse().Skip(1).Take(3).ToArray();
                var zipped = ordered.Zip(octets, (n, o) => n + o).ToList();
                var byName = teams.GroupByName();
                string summary = $"{teams.Count()}-{teams.Count(t => t.Item2 > 1)}-{teams.Any(t => t.Item1 == "api")}-{teams.All(t => t.Item2 > 0)}-{teams.Sum(t => t.Item2)}-{teams.Min(t => t.Item2)}-{teams.Max(t => t.Item1)}";
                string picks = teams.First().Item1 + teams.First(t => t.Item2 == 2).Item1 + teams.Last().Item1 + (teams.FirstOrDefault(t => t.Item2 > 10).Item1 ?? "none");
                var expanded = new[] { 1, 2 }.SelectMany(n => Enumerable.Repeat(n, n)).ToList();
                int i = 0;
                foreach (var name in zipped) a.Vpc(name + "-" + byName[name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')], "ap-southeast-1", $"10.{i++}.0.0/16");
                a.Vpc(summary + picks + string.Join("", expanded), "ap-southeast-1", "10.100.0.0/16");
                """, "", """
            public static class TeamExtensions
            {
                public static Dictionary<string, int> GroupByName(this (string, int)[] teams) =>
                    teams.Select(t => t.Item1).Distinct().ToDictionary(n => n, n => teams.Where(t => t.Item1 == n).Sum(t => t.Item2));
            }
            """)),

            ("DSL properties and reference equality", Net("""
                var a = net.Account("A", "1000000000000001");
                var b = net.Account("B", "2000000000000002");
                var cen = a.Cen("CEN1");
                var tr = cen.TransitRouter("ap-southeast-1");
                var hub = a.Vpc("hub", "ap-southeast-1", "10.0.0.0/16").VSwitch("hub-a", "ap-southeast-1a", "10.0.0.0/24").VSwitch("hub-b", "ap-southeast-1b", "10.0.1.0/24");
                var spoke = b.Vpc("spoke-of-" + a.Uid.Substring(0, 4), hub.Region, "10.1.0.0/16").VSwitch("s-a", "ap-southeast-1a", "10.1.0.0/24").VSwitch("s-b", "ap-southeast-1b", "10.1.1.0/24");
                foreach (var vpc in new[] { hub, spoke })
                {
                    if (vpc != hub) vpc.GrantTo(cen, Payer.CenOwner);
                    tr.Attach(vpc, vpc.Name + "@" + tr.Region + (ReferenceEquals(vpc, hub) ? "-hub" : "") + (vpc.Cidr == hub.Cidr));
                }
                net.ExpectReachable("10.0.0.10", "10.1.0.10");
                """)),
        };
    }
}
