using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>
    /// The interpreter understands every public method of the DSL: one topology calls each of them (every overload),
    /// the analyzer finds nothing it cannot evaluate, and the generated members equal the run-time ones. A DSL method
    /// added without interpreter support fails here first, instead of as TOPO017 in a user's IDE.
    /// </summary>
    public class EveryDslCallTests
    {
        private const string EveryCall = """
            using TopologyAnalyzers;

            public static partial class EveryCall
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001", Site.International);
                    var b = net.Account("B", "2000000000000002");
                    var ops = b.RamUser("ops");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", ipv6Cidr: "2408:4005:300::/56")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24", "2408:4005:300::/64")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24")
                        .Ecs("ECS1", "10.0.0.1");
                    var web = vpc1.SecurityGroup("sg-web", SecurityGroupKind.Enterprise).AllowInbound(Protocol.Icmp, "10.0.0.0/16");
                    vpc1.Ecs("WEB1", "10.0.1.10", web);
                    var vpc2 = b.Vpc("VPC2", "ap-southeast-1", "10.1.0.0/16")
                        .VSwitch("vsw2-a", "ap-southeast-1a", "10.1.0.0/24")
                        .VSwitch("vsw2-b", "ap-southeast-1b", "10.1.1.0/24")
                        .Ecs("ECS2", "10.1.0.1");
                    var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "10.2.0.0/16")
                        .VSwitch("vsw3-a", "ap-southeast-1a", "10.2.0.0/24")
                        .VSwitch("vsw3-b", "ap-southeast-1b", "10.2.1.0/24");

                    var cen = a.Cen("CEN1");
                    vpc2.GrantTo(cen, Payer.CenOwner);
                    vpc3.Grant("1000000000000001", "CEN1", Payer.VpcOwner);
                    var hz = cen.TransitRouter("cn-hangzhou");
                    var sg = cen.TransitRouter("ap-southeast-1");
                    hz.Connect(sg, "hz-sg");
                    var attach1 = hz.Attach(vpc1, "attach1", routeSynchronization: true);
                    vpc1.Route("::/0", attach1);
                    var attach2 = sg.Attach(vpc2, "attach2");
                    var attach3 = sg.Attach(vpc3, "attach3", associateWithDefaultRouteTable: false);
                    var quiet = sg.RouteTable("quiet").Route("10.1.0.0/16", attach2).Blackhole("10.9.0.0/16");
                    attach3.AssociateWith(quiet).PropagateTo(quiet);

                    var zone = a.PrivateZone("corp.internal").Record("db", "10.0.0.1").EffectiveIn(vpc1);
                    a.LinkAccount(b, "b-root@example.com");
                    b.LinkAccount(ops);   // the one mistake: the cloud takes no RAM user here (TOPO004)
                    zone.EffectiveIn(vpc2);

                    net.ExpectReachable("ECS2", "ECS1").ExpectIsolated("ECS2", "WEB1").ExpectResolves("db.corp.internal", vpc1);
                }
            }
            """;

        private static readonly Type[] DslTypes =
        {
            typeof(TopologyBuilder), typeof(Account), typeof(Vpc), typeof(Cen), typeof(TransitRouter), typeof(Attachment),
            typeof(RamUser), typeof(PrivateZone), typeof(TransitRouterRouteTable), typeof(SecurityGroup),
        };

        [Fact]
        public void The_topology_calls_every_public_dsl_method_and_overload()
        {
            var compilation = GeneratorRun.Compile(EveryCall);
            var tree = compilation.SyntaxTrees.Single();
            var model = compilation.GetSemanticModel(tree);
            var called = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Select(i => model.GetSymbolInfo(i).Symbol as IMethodSymbol)
                .Where(m => m != null && m.ContainingNamespace.Name == "TopologyAnalyzers")
                .Select(m => m!.ContainingType.Name + "." + m.Name + "/" + m.Parameters.Length)
                .Distinct().OrderBy(s => s, StringComparer.Ordinal);
            var declared = DslTypes
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Where(m => !m.IsSpecialName)
                .Select(m => m.DeclaringType!.Name + "." + m.Name + "/" + m.GetParameters().Length)
                .Distinct().OrderBy(s => s, StringComparer.Ordinal);

            Assert.Equal(declared, called);
        }

        [Fact]
        public async Task Every_call_is_interpreted_and_the_generated_members_equal_the_run_time_ones()
        {
            var run = GeneratorRun.Run(EveryCall);
            Assert.Empty(run.CompilationProblems());
            var findings = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(EveryCall, "EveryCall");
            Assert.Equal(new[] { "TOPO004" }, findings.Select(f => f.Id));

            var assembly = run.Load();
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "EveryCall");
            Assert.Equal(runtime.RouteTables.ToMarkdown(), GeneratorRun.GeneratedTables(assembly, "EveryCall").ToMarkdown());
            var type = assembly.GetType("EveryCall")!;
            Assert.Equal(runtime.PrivateZones.ToMarkdown(), ((PrivateZoneSet)type.GetProperty("PrivateZones")!.GetValue(null)!).ToMarkdown());
            Assert.Equal(runtime.Mermaid, (string)type.GetProperty("Mermaid")!.GetValue(null)!);
        }
    }
}
