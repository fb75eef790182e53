using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace TopologyAnalyzers.Tests.Terraform
{
    /// <summary>
    /// A random topology as a list of DSL calls, built from a seed (CsCheck supplies the seeds and reports the failing
    /// one): every kind of DSL call, with names that need escaping or collide, blocks that overlap or do not parse,
    /// references across accounts and routers, so most topologies have findings. The same calls run at run time
    /// (<see cref="Apply"/>, by reflection on the DSL objects) and print as the C# of a <c>[NetworkTopology]</c> method
    /// (<see cref="Source"/>) for the generator.
    /// </summary>
    internal sealed class RandomTopology
    {
        private static readonly string[] Names =
        {
            "VPC1", "vpc1", "a-b", "a_b", "7up", "", "prod", "A", "a", "db", "@", "corp.internal", "x\"quoted\"", "back\\slash", "line\nbreak",
            "${var.secret}", "%{ if true }x%{ endif }", "$${twice}", "sep\u2028ara\u2029tor", "rtl\u200Fmark", "soft\u00ADhyphen", "lone\uD800", "生产", "tab\there",
            "a-very-long-name-that-goes-on-and-on-past-the-sixty-four-characters-terraform-names-get", "count", "default", "shared",
        };
        private static readonly string[] Uids = { "1000000000000001", "2000000000000002", "3000000000000003", "1000000000000001", "" };
        private static readonly string[] Regions = { "cn-hangzhou", "ap-southeast-1", "cn-nanjing", "cn-hangzhou" };
        private static readonly string[] Suffixes = { "-j", "-k", "a", "b", "" };

        private readonly List<DslCall> _calls = new List<DslCall>();
        private readonly Random _random;

        private RandomTopology(int seed)
        {
            Seed = seed;
            _random = new Random(seed);
            Build();
        }

        public int Seed { get; }

        public IReadOnlyList<DslCall> Calls => _calls;

        public static RandomTopology Create(int seed) => new RandomTopology(seed);

        public override string ToString() => "seed " + Seed.ToString(CultureInfo.InvariantCulture);

        /// <summary>Runs the calls on <paramref name="net"/>, as the compiled method would.</summary>
        public void Apply(TopologyBuilder net)
        {
            var values = new Dictionary<string, object> { ["net"] = net };
            foreach (var call in _calls)
            {
                object receiver = values[call.Receiver];
                var arguments = call.Arguments.Select(a => a is Variable v ? values[v.Name] : a).ToArray();
                var method = receiver.GetType().GetMethods().Single(m => m.Name == call.Method && Fits(m.GetParameters(), arguments));
                object? result = method.Invoke(receiver, arguments);
                if (call.Result != null) values[call.Result] = result!;
            }
        }

        /// <summary>The calls as a <c>[NetworkTopology]</c> class, for the generator.</summary>
        public string Source(string className)
        {
            var text = new StringBuilder();
            text.Append("public static partial class ").Append(className).Append("\n{\n    [TopologyAnalyzers.NetworkTopology]\n")
                .Append("    public static void Define(TopologyAnalyzers.TopologyBuilder net)\n    {\n");
            foreach (var call in _calls)
            {
                var arguments = call.Arguments.ToList();
                while (arguments.Count > 0 && arguments[arguments.Count - 1] == null) arguments.RemoveAt(arguments.Count - 1);
                text.Append("        ").Append(call.Result != null ? "var " + call.Result + " = " : "").Append(call.Receiver).Append('.').Append(call.Method)
                    .Append('(').Append(string.Join(", ", arguments.Select(CSharp))).Append(");\n");
            }
            return text.Append("    }\n}\n").ToString();
        }

        private void Build()
        {
            var accounts = Declare(1 + _random.Next(3), i => Call("a" + i, "net", "Account", Name(), Pick(Uids), _random.Next(4) == 0 ? Site.ChinaMainland : Site.International));
            var ramUsers = Declare(_random.Next(2), i => Call("u" + i, Pick(accounts), "RamUser", Name()));
            var vpcs = new List<string>();
            var groups = new List<string>();
            var regionOf = new Dictionary<string, string>();
            for (int i = 0, n = _random.Next(5); i < n; i++)
            {
                string vpc = "v" + i;
                string region = Pick(Regions);
                regionOf[vpc] = region;
                Call(vpc, Pick(accounts), "Vpc", Name(), region, "10." + _random.Next(4) + ".0.0/16", Maybe(3, "2408:4005:30" + _random.Next(3) + "::/56"));
                vpcs.Add(vpc);
                for (int s = 0, m = _random.Next(4); s < m; s++)
                {
                    Call(null, vpc, "VSwitch", Name(), region + Pick(Suffixes), Block(), Maybe(3, "2408:4005:30" + _random.Next(3) + ":" + _random.Next(3) + "::/" + (_random.Next(5) == 0 ? 60 : 64)));
                }
                for (int g = 0, m = _random.Next(3); g < m; g++)
                {
                    string group = "g" + i + "_" + g;
                    Call(group, vpc, "SecurityGroup", Name(), _random.Next(3) == 0 ? SecurityGroupKind.Enterprise : SecurityGroupKind.Basic);
                    groups.Add(group);
                    for (int r = 0, k = _random.Next(3); r < k; r++)
                    {
                        Call(null, group, "AllowInbound", (Protocol)_random.Next(4), _random.Next(4) == 0 ? "::/0" : Block(), Pick(new[] { -1, 22, 443, 1 }), Pick(new[] { -1, 22, 443, 65535 }));
                    }
                }
                for (int e = 0, m = _random.Next(3); e < m; e++)
                {
                    string ip = _random.Next(6) == 0 ? "2408:4005:300::" + _random.Next(9) : "10." + _random.Next(4) + "." + _random.Next(3) + "." + _random.Next(1, 5);
                    if (groups.Count > 0 && _random.Next(2) == 0) Call(null, vpc, "Ecs", Name(), ip, new Variable(Pick(groups)));
                    else Call(null, vpc, "Ecs", Name(), ip);
                }
            }

            var cens = Declare(_random.Next(3), i => Call("c" + i, Pick(accounts), "Cen", Name()));
            var routers = cens.Count == 0 ? new List<string>() : Declare(_random.Next(4), i => Call("t" + i, Pick(cens), "TransitRouter", Pick(Regions)));
            var attachments = routers.Count == 0 || vpcs.Count == 0 ? new List<string>()
                : Declare(_random.Next(6), i => Call("at" + i, Pick(routers), "Attach", new Variable(Pick(vpcs)), Name(), Flag(4), Flag(4), Flag(3), Flag(-3)));
            var tables = routers.Count == 0 ? new List<string>()
                : Declare(_random.Next(4), i => Call("rt" + i, Pick(routers), "RouteTable", Pick(new[] { "default", "shared", "isolated", Name() })));
            if (attachments.Count > 0 && tables.Count > 0)
            {
                for (int i = 0, n = _random.Next(4); i < n; i++) Call(null, Pick(attachments), Flag(2) ? "AssociateWith" : "PropagateTo", new Variable(Pick(tables)));
            }
            if (tables.Count > 0)
            {
                for (int i = 0, n = _random.Next(4); i < n; i++)
                {
                    if (attachments.Count > 0 && Flag(3)) Call(null, Pick(tables), "Route", Destination(), new Variable(Pick(attachments)));
                    else Call(null, Pick(tables), "Blackhole", Destination());
                }
            }
            if (attachments.Count > 0)
            {
                for (int i = 0, n = _random.Next(3); i < n; i++) Call(null, Pick(vpcs), "Route", Destination(), new Variable(Pick(attachments)));
            }
            if (routers.Count > 0)
            {
                for (int i = 0, n = _random.Next(3); i < n; i++) Call(null, Pick(routers), "Connect", new Variable(Pick(routers)), Name());
            }
            if (vpcs.Count > 0)
            {
                for (int i = 0, n = _random.Next(3); i < n; i++)
                {
                    var payer = Flag(2) ? Payer.CenOwner : Payer.VpcOwner;
                    if (cens.Count > 0 && Flag(2)) Call(null, Pick(vpcs), "GrantTo", new Variable(Pick(cens)), payer);
                    else Call(null, Pick(vpcs), "Grant", Pick(Uids), Pick(new[] { "CEN1", "", Name() }), payer);
                }
            }

            for (int i = 0, n = _random.Next(3); i < n; i++)
            {
                string zone = "z" + i;
                Call(zone, Pick(accounts), "PrivateZone", Pick(new[] { "corp.internal", "Corp.Internal.", "db.corp.internal", "", Name() }));
                for (int r = 0, m = _random.Next(4); r < m; r++) Call(null, zone, "Record", Pick(new[] { "@", "db", "", "API", Name() }), Pick(new[] { "10.0.0.5", "2408:4005:300::5", "bad", " 10.0.0.6 " }));
                for (int b = 0, m = vpcs.Count == 0 ? 0 : _random.Next(4); b < m; b++) Call(null, zone, "EffectiveIn", new Variable(Pick(vpcs)));
            }
            for (int i = 0, n = _random.Next(3); i < n; i++)
            {
                if (ramUsers.Count > 0 && Flag(4)) Call(null, Pick(accounts), "LinkAccount", new Variable(Pick(ramUsers)));
                else Call(null, Pick(accounts), "LinkAccount", new Variable(Pick(accounts)), Pick(new[] { "b-root@example.com", "2000000000000002", "", Name() }));
            }
        }

        private List<string> Declare(int count, Func<int, string> declare)
        {
            var names = new List<string>();
            for (int i = 0; i < count; i++) names.Add(declare(i));
            return names;
        }

        private string Call(string? result, string receiver, string method, params object?[] arguments)
        {
            _calls.Add(new DslCall(result, receiver, method, arguments));
            return result ?? receiver;
        }

        private string Name() => Pick(Names);

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        /// <summary>True with odds 1 in <paramref name="odds"/>; a negative figure means false with those odds.</summary>
        private bool Flag(int odds) => odds > 0 ? _random.Next(odds) != 0 : _random.Next(-odds) == 0;

        private string? Maybe(int odds, string value) => _random.Next(odds) == 0 ? value : null;

        private string Block() => Pick(new[]
        {
            "10." + _random.Next(4) + "." + _random.Next(3) + ".0/24", "10." + _random.Next(4) + ".0.0/16", "192.168." + _random.Next(3) + ".0/24", "10.0.0.1/16", "bad",
        });

        private string Destination() => Pick(new[] { "0.0.0.0/0", "10.0.0.0/8", "10.1.0.0/16", "10.0.0.0/24", "::/0", "172.16.0.0/12", "bad" });

        private static bool Fits(System.Reflection.ParameterInfo[] parameters, object?[] arguments) =>
            parameters.Length == arguments.Length
            && parameters.Zip(arguments).All(p => p.Second == null ? !p.First.ParameterType.IsValueType : p.First.ParameterType.IsInstanceOfType(p.Second));

        private static string CSharp(object? value) => value switch
        {
            null => "null",
            string s => Literal(s),
            bool b => b ? "true" : "false",
            int n => n.ToString(CultureInfo.InvariantCulture),
            Enum e => "TopologyAnalyzers." + e.GetType().Name + "." + e,
            Variable v => v.Name,
            _ => throw new InvalidOperationException("no C# for " + value),
        };

        /// <summary>A C# string literal with every character outside printable ASCII escaped (lone surrogates included).</summary>
        private static string Literal(string s)
        {
            var text = new StringBuilder("\"");
            foreach (char c in s)
            {
                if (c == '"' || c == '\\') text.Append('\\').Append(c);
                else if (c >= ' ' && c <= '~') text.Append(c);
                else text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return text.Append('"').ToString();
        }

        internal sealed record DslCall(string? Result, string Receiver, string Method, object?[] Arguments);

        internal sealed record Variable(string Name);
    }
}
