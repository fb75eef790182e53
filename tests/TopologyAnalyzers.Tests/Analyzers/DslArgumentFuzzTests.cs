using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>
    /// Every public DSL method, each parameter in turn given <c>null</c>, <c>default</c> or a value out of range: a TOPO
    /// diagnostic on that very argument, the same finding at run time (or, for a missing DSL object, an
    /// <see cref="ArgumentNullException"/> naming the parameter), never AD0001 or CS8785, never silent acceptance.
    /// </summary>
    public class DslArgumentFuzzTests
    {
        private const string Context = """
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("B", "2000000000000002");
                    var ops = b.RamUser("ops");
                    var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", "2408:4005:300::/56")
                        .VSwitch("vsw-j", "cn-hangzhou-j", "10.0.0.0/24").VSwitch("vsw-k", "cn-hangzhou-k", "10.0.1.0/24")
                        .Ecs("ECS1", "10.0.0.1").Ecs("ECS2", "10.0.1.1");
                    var vpc3 = a.Vpc("VPC3", "cn-hangzhou", "10.2.0.0/16")
                        .VSwitch("vsw3-j", "cn-hangzhou-j", "10.2.0.0/24").VSwitch("vsw3-k", "cn-hangzhou-k", "10.2.1.0/24");
                    b.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16").VSwitch("vsw2", "cn-hangzhou-j", "10.1.0.0/24").Ecs("ECSB", "10.1.0.1");
                    var sg = vpc.SecurityGroup("sg");
                    var cen = a.Cen("CEN1");
                    var tr = cen.TransitRouter("cn-hangzhou");
                    var peer = cen.TransitRouter("cn-shanghai");
                    var attach = tr.Attach(vpc, "attach1");
                    vpc.Route("::/0", attach);
                    var table = tr.RouteTable("custom");
                    var zone = a.PrivateZone("corp.internal").Record("db", "10.0.0.5").EffectiveIn(vpc);

            """;

        /// <summary>
        /// Each public method and overload (<c>Type.Method/arity</c>), as a call with <c>{0}</c>, <c>{1}</c>... for its
        /// arguments (<c>{n}</c> gives get-or-create calls a receiver of their own), and a valid value per parameter.
        /// </summary>
        private static readonly (string Method, string Call, string[] Valid)[] Calls =
        {
            ("TopologyBuilder.Account/3", "net.Account({0}, {1}, {2})", new[] { "\"C{n}\"", "\"300000000000000{n}\"", "Site.International" }),
            ("TopologyBuilder.ExpectReachable/2", "net.ExpectReachable({0}, {1})", new[] { "\"ECS1\"", "\"ECS2\"" }),
            ("TopologyBuilder.ExpectIsolated/2", "net.ExpectIsolated({0}, {1})", new[] { "\"ECS1\"", "\"ECSB\"" }),
            ("TopologyBuilder.ExpectResolves/2(String,Vpc)", "net.ExpectResolves({0}, {1})", new[] { "\"db.corp.internal\"", "vpc" }),
            ("TopologyBuilder.ExpectResolves/2(String,String)", "net.ExpectResolves({0}, {1})", new[] { "\"db.corp.internal\"", "\"VPC1\"" }),
            ("Account.Vpc/4", "a.Vpc({0}, {1}, {2}, {3})", new[] { "\"VPC-{n}\"", "\"cn-hangzhou\"", "\"10.9.0.0/16\"", "\"2408:4005:900::/56\"" }),
            ("Account.Cen/1", "a.Cen({0})", new[] { "\"CEN-{n}\"" }),
            ("Account.RamUser/1", "a.RamUser({0})", new[] { "\"dev{n}\"" }),
            ("Account.PrivateZone/1", "a.PrivateZone({0})", new[] { "\"z{n}.internal\"" }),
            ("Account.LinkAccount/2", "a.LinkAccount({0}, {1})", new[] { "b", "\"b-root@example.com\"" }),
            ("Account.LinkAccount/1", "a.LinkAccount({0})", new[] { "ops" }),
            ("Attachment.AssociateWith/1", "attach.AssociateWith({0})", new[] { "table" }),
            ("Attachment.PropagateTo/1", "attach.PropagateTo({0})", new[] { "table" }),
            ("Cen.TransitRouter/1", "a.Cen(\"CEN-T{n}\").TransitRouter({0})", new[] { "\"cn-beijing\"" }),
            ("PrivateZone.Record/2", "zone.Record({0}, {1})", new[] { "\"r{n}\"", "\"10.0.0.6\"" }),
            ("PrivateZone.EffectiveIn/1", "a.PrivateZone(\"e{n}.internal\").EffectiveIn({0})", new[] { "vpc3" }),
            ("SecurityGroup.AllowInbound/4", "sg.AllowInbound({0}, {1}, {2}, {3})", new[] { "Protocol.Tcp", "\"10.0.0.0/8\"", "80", "443" }),
            ("TransitRouter.Attach/6", "tr.Attach({0}, {1}, {2}, {3}, {4}, {5})", new[] { "vpc3", "\"attach-{n}\"", "true", "true", "true", "false" }),
            ("TransitRouter.Connect/2", "tr.Connect({0}, {1})", new[] { "peer", "\"hz-sh-{n}\"" }),
            ("TransitRouter.RouteTable/1", "a.Cen(\"CEN-R{n}\").TransitRouter(\"cn-hangzhou\").RouteTable({0})", new[] { "\"t{n}\"" }),
            ("TransitRouterRouteTable.Route/2", "table.Route({0}, {1})", new[] { "\"10.8.0.0/16\"", "attach" }),
            ("TransitRouterRouteTable.Blackhole/1", "table.Blackhole({0})", new[] { "\"10.7.0.0/16\"" }),
            ("Vpc.VSwitch/4", "a.Vpc(\"VPC-S{n}\", \"cn-hangzhou\", \"10.6.0.0/16\", \"2408:4005:600::/56\").VSwitch({0}, {1}, {2}, {3})",
                new[] { "\"s{n}\"", "\"cn-hangzhou-j\"", "\"10.6.0.0/24\"", "\"2408:4005:600::/64\"" }),
            ("Vpc.Ecs/2", "vpc.Ecs({0}, {1})", new[] { "\"E{n}\"", "\"10.0.0.9\"" }),
            ("Vpc.Ecs/3", "vpc.Ecs({0}, {1}, {2})", new[] { "\"F{n}\"", "\"10.0.0.10\"", "sg" }),
            ("Vpc.SecurityGroup/2", "vpc.SecurityGroup({0}, {1})", new[] { "\"sg-{n}\"", "SecurityGroupKind.Basic" }),
            ("Vpc.Route/2", "vpc.Route({0}, {1})", new[] { "\"0.0.0.0/0\"", "attach" }),
            ("Vpc.GrantTo/2", "vpc.GrantTo({0}, {1})", new[] { "cen", "Payer.CenOwner" }),
            ("Vpc.Grant/3", "vpc.Grant({0}, {1}, {2})", new[] { "\"1000000000000001\"", "\"CEN1\"", "Payer.CenOwner" }),
        };

        private static readonly Type[] DslTypes =
        {
            typeof(TopologyBuilder), typeof(Account), typeof(Vpc), typeof(Cen), typeof(TransitRouter), typeof(Attachment),
            typeof(RamUser), typeof(PrivateZone), typeof(TransitRouterRouteTable), typeof(SecurityGroup),
        };

        [Fact]
        public void The_fuzzed_calls_cover_every_public_dsl_method_and_overload()
        {
            var declared = DslTypes
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Where(m => !m.IsSpecialName)
                .Select(Key)
                .OrderBy(s => s, StringComparer.Ordinal);

            Assert.Equal(declared, Calls.Select(c => c.Method).OrderBy(s => s, StringComparer.Ordinal));
        }

        public static TheoryData<string> MethodsWithValueParameters()
        {
            var data = new TheoryData<string>();
            foreach (string method in BadValues().Where(c => !IsDslObject(c.Parameter)).Select(c => c.Call.Method).Distinct()) data.Add(method);
            return data;
        }

        [Theory]
        [MemberData(nameof(MethodsWithValueParameters))]
        public async Task Every_null_default_or_out_of_range_text_number_or_enum_gets_a_diagnostic_on_the_argument_alike_at_run_time(string method)
        {
            // One topology per method holds each of its cases as a statement of its own: a finding is told apart by where
            // it is. (Methods get a topology each, since one method's bad value can be another's valid one: an ECS
            // named "" makes ExpectReachable("", ...) find an instance.)
            var body = new StringBuilder(Context);
            var cases = new List<(string Description, TextSpan Span)>();
            foreach (var (call, parameter, bad) in BadValues().Where(c => c.Call.Method == method && !IsDslObject(c.Parameter)))
            {
                int start = Prefix(body.ToString()).Length;
                string statement = Statement(call, parameter.Position, bad, cases.Count, out int offset) + ";\n";
                cases.Add((parameter.Name + " = " + bad, new TextSpan(start + offset, bad.TrimEnd('!').Length)));
                body.Append(statement);
            }
            string source = Topology(body.ToString());

            var run = GeneratorRun.Run(source);
            Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(run.Output);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            var silent = cases.Where(c => !diagnostics.Any(d => d.Id.StartsWith("TOPO", StringComparison.Ordinal) && d.Location.SourceSpan == c.Span))
                .Select(c => c.Description).ToArray();
            Assert.True(silent.Length == 0, "No diagnostic on the argument of: " + string.Join("; ", silent));

            await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(source);
        }

        public static TheoryData<string, int> MissingDslObjects()
        {
            var data = new TheoryData<string, int>();
            foreach (var (method, parameter, _) in BadValues().Where(c => IsDslObject(c.Parameter)))
            {
                data.Add(method.Method, parameter.Position);
            }
            // (The bad value of each is BadValuesOf's null.)
            return data;
        }

        [Theory]
        [MemberData(nameof(MissingDslObjects))]
        public async Task A_null_dsl_object_gets_a_diagnostic_on_the_argument_and_throws_at_run_time_naming_the_parameter(string method, int position)
        {
            var call = Calls.Single(c => c.Method == method);
            string nothing = BadValuesOf(Parameters(call)[position]).Single();
            string body = Context + Statement(call, position, nothing, 0, out int offset) + ";\n";
            var span = new TextSpan(Prefix(Context).Length + offset, nothing.TrimEnd('!').Length);
            string source = Topology(body);

            var run = GeneratorRun.Run(source);
            Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(run.Output);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.Contains(diagnostics, d => d.Id.StartsWith("TOPO", StringComparison.Ordinal) && d.Location.SourceSpan == span);

            var thrown = Assert.Throws<ArgumentNullException>(() => GeneratorRun.BuildAtRunTime(run.Load(), "Net"));
            Assert.Equal(Parameters(call)[position].Name, thrown.ParamName);
        }

        /// <summary>Every parameter of every call with each of its bad values: null, empty, default and out-of-range ones.</summary>
        private static IEnumerable<((string Method, string Call, string[] Valid) Call, ParameterInfo Parameter, string Bad)> BadValues()
        {
            foreach (var call in Calls)
            {
                foreach (var parameter in Parameters(call))
                {
                    foreach (string bad in BadValuesOf(parameter)) yield return (call, parameter, bad);
                }
            }
        }

        private static IEnumerable<string> BadValuesOf(ParameterInfo parameter)
        {
            var type = parameter.ParameterType;
            // A bare null is ambiguous between overloads of one arity (ExpectResolves(string, Vpc) and (string, string)).
            string nothing = Key((MethodInfo)parameter.Member).EndsWith(")", StringComparison.Ordinal)
                ? "default(" + (type == typeof(string) ? "string" : type.Name) + ")!"
                : "null!";
            if (type == typeof(string))
            {
                // A string that defaults to null (ipv6Cidr) means "none" when null; empty it is not.
                if (!(parameter.HasDefaultValue && parameter.DefaultValue is null)) yield return nothing;
                yield return "\"\"";
                yield return "\" \"";
            }
            else if (type == typeof(int))
            {
                yield return "default";
                yield return "70000";
                yield return "-5";
            }
            else if (type.IsEnum)
            {
                yield return "(" + type.Name + ")42";
            }
            else if (type.IsClass)
            {
                yield return nothing;
            }
        }

        private static ParameterInfo[] Parameters((string Method, string Call, string[] Valid) call)
        {
            string typeName = call.Method.Substring(0, call.Method.IndexOf('.'));
            return DslTypes.Single(t => t.Name == typeName).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Single(m => !m.IsSpecialName && Key(m) == call.Method).GetParameters();
        }

        /// <summary><c>Type.Method/arity</c>, with the parameter types where two overloads have one arity (<c>ExpectResolves/2(String,Vpc)</c>).</summary>
        private static string Key(MethodInfo method)
        {
            int arity = method.GetParameters().Length;
            string key = method.DeclaringType!.Name + "." + method.Name + "/" + arity;
            bool overloaded = method.DeclaringType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Count(m => m.Name == method.Name && m.GetParameters().Length == arity) > 1;
            return overloaded ? key + "(" + string.Join(",", method.GetParameters().Select(p => p.ParameterType.Name)) + ")" : key;
        }

        /// <summary>The call with the valid arguments but <paramref name="bad"/> at <paramref name="position"/>, and where that argument starts in it.</summary>
        private static string Statement((string Method, string Call, string[] Valid) call, int position, string bad, int caseNumber, out int offset)
        {
            string n = caseNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var arguments = call.Valid.Select(v => v.Replace("{n}", n)).ToArray();
            const string marker = "\u0001";
            arguments[position] = marker;
            string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, call.Call.Replace("{n}", n), arguments);
            offset = text.IndexOf(marker, StringComparison.Ordinal);
            return text.Replace(marker, bad);
        }

        private static bool IsDslObject(ParameterInfo parameter) => parameter.ParameterType.IsClass && parameter.ParameterType != typeof(string);

        private static string Prefix(string body) => PrivateZones.ZoneSources.Header + body;

        private static string Topology(string body) => PrivateZones.ZoneSources.Topology(body);
    }
}
