using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// The evaluator's fast path (straight-line DSL calls evaluated from syntax, without binding the body) takes the
    /// topologies it is made for, gives the bound path's model for them (StraightLineParity, also run by every analyzer
    /// test), and steps aside wherever the syntax alone could mislead it: then the bound path's answer, which equals
    /// running the method, is what the user gets.
    /// </summary>
    public class StraightLineFastPathTests
    {
        [Theory]
        [InlineData(Topologies.Seed, "Seed.CrossAccountVpcs")]
        [InlineData(Topologies.Small, "Small")]
        [InlineData(Topologies.Tracing, "Tracing")]
        public void Straight_line_topologies_take_the_fast_path_and_give_the_bound_paths_model(string source, string type)
        {
            var compilation = GeneratorRun.Compile(source);
            Assert.NotNull(FastPath(compilation, type));
            Assert.Equal(1, StraightLineParity.Check(compilation));
        }

        [Fact]
        public void The_straight_line_sample_takes_the_fast_path()
        {
            var compilation = GeneratorRun.Compile(SampleSources.Read("CrossAccountVpcs"));
            Assert.Equal(1, StraightLineParity.Check(compilation));
        }

        [Theory]
        // A type named 'var' makes 'var' a type name, not an implicitly typed local.
        [InlineData("var a = net.Account(\"A\", \"1000000000000001\");", "public class var { public static implicit operator var(Account a) => new var(); }")]
        // A user extension method of a DSL name that the instance methods cannot take.
        [InlineData("var a = net.Account(\"A\", \"1000000000000001\"); a.Vpc(\"V\", \"cn-hangzhou\", \"10.0.0.0/16\").VSwitch(\"s\");", "", "public static class VpcExtensions { public static Vpc VSwitch(this Vpc v, string name) => v.VSwitch(name, \"cn-hangzhou-j\", \"10.0.0.0/24\"); }")]
        // A null argument, a constant, an interpolation, a loop: for the bound path.
        [InlineData("var a = net.Account(\"A\", \"1000000000000001\"); a.Vpc(\"V\", \"cn-hangzhou\", \"10.0.0.0/16\", null);", "")]
        // A name that is a property here, not the constant a class of that name holds elsewhere.
        [InlineData("var a = net.Account(\"A\", Ids.Uid);", "private static Tags Ids => new Tags(); public sealed class Tags { public string Uid => \"1000000000000001\"; }", "public static class Ids { public const string Uid = \"1000000000000001\"; }")]
        // A constant the method cannot see.
        [InlineData("var a = net.Account(\"A\", Ids.Uid);", "", "public static class Ids { private const string Uid = \"1000000000000001\"; public static string Get() => Uid; }", false)]
        [InlineData("int n = 1; var a = net.Account($\"A{n}\", \"1000000000000001\");", "")]
        // An explicit type that is not the initializer's: a conversion, here to the user's own 'Account' (in scope, it hides the DSL's).
        [InlineData("Account a = net.Account(\"A\", \"1000000000000001\");", "public sealed class Account { public static implicit operator Account(TopologyAnalyzers.Account a) => new Account(); }")]
        [InlineData("object a = net.Account(\"A\", \"1000000000000001\");", "")]
        // A constant whose initializer is more than one literal.
        [InlineData("const string Uid = \"10000000\" + \"00000001\"; var a = net.Account(\"A\", Uid);", "")]
        [InlineData("var a = net.Account(\"A\", \"1000000000000001\"); for (int i = 0; i < 2; i++) a.Vpc(\"V\" + i, \"cn-hangzhou\", \"10.\" + i + \".0.0/16\");", "")]
        public async Task Code_the_syntax_alone_could_misread_takes_the_bound_path_and_still_equals_run_time(string body, string members, string outside = "", bool compiles = true)
        {
            var source = Programs.Net(body, members, outside);
            Assert.Null(FastPath(GeneratorRun.Compile(source), "Net"));
            if (compiles) await EvaluationCheck.AssertSameAsRunTimeAsync(source);
        }

        [Fact]
        public async Task Constants_here_in_another_class_and_in_another_file_are_read_as_on_the_bound_path()
        {
            var straight = Programs.Net(
                "var a = net.Account(\"A\", Uid);\n" +
                "var tr = a.Cen(\"C\").TransitRouter(Regions.Hangzhou);\n" +
                "tr.Attach(a.Vpc(\"V\", Regions.Hangzhou, Block).VSwitch(\"s1\", \"cn-hangzhou-j\", \"10.0.0.0/24\").VSwitch(\"s2\", \"cn-hangzhou-k\", \"10.0.1.0/24\"), \"at\");",
                "private const string Uid = \"1000000000000001\"; private const string Block = \"10.0.0.0/16\";");
            var compilation = GeneratorRun.Compile(straight, "public static class Regions { public const string Hangzhou = \"cn-hangzhou\"; }");
            Assert.NotNull(FastPath(compilation, "Net"));
            Assert.Equal(1, StraightLineParity.Check(compilation));
            await EvaluationCheck.AssertSameAsRunTimeAsync(new[] { straight, "public static class Regions { public const string Hangzhou = \"cn-hangzhou\"; }" });
        }

        [Fact]
        public async Task A_bad_block_in_a_constant_is_reported_on_the_constant()
        {
            var compilation = GeneratorRun.Compile(Programs.Net(
                "var a = net.Account(\"A\", \"1000000000000001\");\na.Vpc(\"V\", \"cn-hangzhou\", Block);",
                "private const string Block = \"10.0.0.1/16\";"));
            Assert.NotNull(FastPath(compilation, "Net"));
            var finding = Assert.Single(await AnalyzerRun.DiagnosticsAsync(compilation), d => d.Id == "TOPO005");
            Assert.Equal("\"10.0.0.1/16\"", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan));
        }

        [Fact]
        public async Task An_enum_of_the_users_own_named_like_the_dsls_is_not_taken_for_it()
        {
            // 'Payer' here is the user's enum: GrantTo(Cen, Payer) cannot take it, so the fast path must not pick that method.
            var source = Programs.Net(
                "var a = net.Account(\"A\", \"1000000000000001\"); var b = net.Account(\"B\", \"2000000000000002\");\n" +
                "var cen = a.Cen(\"C\"); b.Vpc(\"V\", \"cn-hangzhou\", \"10.0.0.0/16\").GrantTo(cen, TopologyAnalyzers.Payer.CenOwner); Tag(Payer.Mine);",
                "private enum Payer { Mine } private static void Tag(Payer p) { }");
            Assert.Null(FastPath(GeneratorRun.Compile(source), "Net"));
            await EvaluationCheck.AssertSameAsRunTimeAsync(source);
        }

        [Fact]
        public async Task Explicitly_typed_locals_of_the_initializers_own_type_take_the_fast_path()
        {
            var source = Programs.Net(
                "TopologyAnalyzers.Account a = net.Account(\"A\", \"1000000000000001\");\n" +
                "string region = \"cn-hangzhou\";\n" +
                "Vpc vpc = a.Vpc(\"V\", region, \"10.0.0.0/16\").VSwitch(\"s1\", \"cn-hangzhou-j\", \"10.0.0.0/24\");\n" +
                "global::TopologyAnalyzers.TransitRouter tr = a.Cen(\"C\").TransitRouter(region);\n" +
                "bool sync = true;\n" +
                "tr.Attach(vpc, \"at\", sync);");
            await AssertFastPathGivesTheBoundPathsModelAndTheRunTimesAsync(source);
        }

        [Fact]
        public async Task Const_locals_take_the_fast_path_and_a_bad_block_in_one_is_reported_on_its_literal()
        {
            var source = Programs.Net(
                "const string Region = \"cn-hangzhou\";\n" +
                "const string Block = \"10.0.0.1/16\";\n" +
                "const bool Sync = false;\n" +
                "var a = net.Account(\"A\", \"1000000000000001\");\n" +
                "var tr = a.Cen(\"C\").TransitRouter(Region);\n" +
                "tr.Attach(a.Vpc(\"V\", Region, Block).VSwitch(\"s\", \"cn-hangzhou-j\", \"10.0.0.0/24\"), \"at\", Sync);");
            var compilation = await AssertFastPathGivesTheBoundPathsModelAndTheRunTimesAsync(source);
            // As for a constant field: the squiggle is on the literal where the value was written, once, not on each use.
            var finding = Assert.Single(await AnalyzerRun.DiagnosticsAsync(compilation), d => d.Id == "TOPO005");
            Assert.Equal("\"10.0.0.1/16\"", finding.Location.SourceTree!.GetText().ToString(finding.Location.SourceSpan));
        }

        [Fact]
        public async Task Named_arguments_in_any_order_and_omitted_defaults_give_the_run_times_model()
        {
            var source = Programs.Net(
                "var a = net.Account(uid: \"1000000000000001\", name: \"A\");\n" +
                "var region = \"cn-hangzhou\";\n" +
                "var vpc = a.Vpc(\"V\", region, cidr: \"10.0.0.0/16\").VSwitch(\"s1\", \"cn-hangzhou-j\", \"10.0.0.0/24\").VSwitch(\"s2\", \"cn-hangzhou-k\", \"10.0.1.0/24\");\n" +
                "var tr = a.Cen(\"C\").TransitRouter(region);\n" +
                "tr.Attach(vpc, \"at\", routeSynchronization: true);\n" +
                "vpc.SecurityGroup(\"sg\", SecurityGroupKind.Enterprise);");
            await AssertFastPathGivesTheBoundPathsModelAndTheRunTimesAsync(source);
        }

        [Fact]
        public async Task A_field_named_like_the_enum_it_holds_still_names_the_enum_as_in_CSharp()
        {
            // 'Payer.CenOwner' with a field 'Payer' of type Payer is the enum member (C#'s "Color Color" rule).
            var source = Programs.Net(
                "var a = net.Account(\"A\", \"1000000000000001\"); var b = net.Account(\"B\", \"2000000000000002\");\n" +
                "var cen = a.Cen(\"C\"); var tr = cen.TransitRouter(\"cn-hangzhou\");\n" +
                "var v = b.Vpc(\"V\", \"cn-hangzhou\", \"10.0.0.0/16\").VSwitch(\"s1\", \"cn-hangzhou-j\", \"10.0.0.0/24\").VSwitch(\"s2\", \"cn-hangzhou-k\", \"10.0.1.0/24\");\n" +
                "v.GrantTo(cen, Payer.CenOwner); tr.Attach(v, \"at\");",
                "internal static readonly Payer Payer = Payer.VpcOwner;");
            Assert.NotNull(FastPath(GeneratorRun.Compile(source), "Net"));
            await EvaluationCheck.AssertSameAsRunTimeAsync(source);
        }

        private sealed record Call(int Kind, int Octet, bool Nest, bool Named, bool Default);

        private static readonly Gen<Call[]> Straight =
            (from kind in Gen.Int[0, 5]
             from octet in Gen.Int[0, 255]
             from nest in Gen.Bool
             from named in Gen.Bool
             from omit in Gen.Bool
             select new Call(kind, octet, nest, named, omit)).Array[1, 12];

        [Fact]
        public void Random_straight_line_programs_take_the_fast_path_and_give_the_bound_paths_model()
        {
            Straight.Sample(calls =>
            {
                var compilation = GeneratorRun.Compile(Programs.Net(Write(calls)));
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                Assert.Equal(1, StraightLineParity.Check(compilation));
            }, iter: 60, threads: 1);
        }

        /// <summary>Accounts, VPCs with vSwitches, routers and attachments, ECS, groups and grants, with findings or not (a repeated block overlaps).</summary>
        private static string Write(Call[] calls)
        {
            var body = new StringBuilder();
            body.AppendLine("var a = net.Account(\"A\", \"1000000000000001\");");
            body.AppendLine("var b = net.Account(\"B\", \"2000000000000002\", Site.International);");
            body.AppendLine("var cen = a.Cen(\"C\");");
            body.AppendLine("var tr = cen.TransitRouter(\"cn-hangzhou\");");
            body.AppendLine("const string Hz = \"cn-hangzhou\";");
            for (int i = 0; i < calls.Length; i++)
            {
                var c = calls[i];
                string block = $"10.{c.Octet}.0.0/16";
                string vpc = $"a.Vpc(\"V{i}\", \"cn-hangzhou\", {(c.Named ? "cidr: " : "")}\"{block}\"{(c.Default ? "" : ", null")})";
                if (!c.Default) vpc = $"a.Vpc(\"V{i}\", \"cn-hangzhou\", \"{block}\")";
                vpc += $".VSwitch(\"s{i}\", \"cn-hangzhou-{(c.Octet % 2 == 0 ? "j" : "k")}\", \"10.{c.Octet}.1.0/24\")";
                switch (c.Kind)
                {
                    case 0: body.AppendLine($"{(c.Nest ? "Vpc" : "var")} v{i} = {vpc};"); body.AppendLine($"tr.Attach(v{i}, \"at{i}\");"); break;
                    case 1: body.AppendLine(c.Nest ? $"tr.Attach({vpc}.Ecs(\"e{i}\", \"10.{c.Octet}.1.5\"), \"at{i}\");" : $"{vpc}.Ecs(\"e{i}\", \"10.{c.Octet}.1.5\");"); break;
                    case 2: body.AppendLine($"var v{i} = b.Vpc(\"W{i}\", {(c.Named ? "Hz" : "\"cn-hangzhou\"")}, \"{block}\");"); body.AppendLine($"v{i}.GrantTo(cen, Payer.{(c.Nest ? "CenOwner" : "VpcOwner")});"); break;
                    case 3: body.AppendLine($"{(c.Nest ? "SecurityGroup" : "var")} g{i} = {vpc}.SecurityGroup(\"sg{i}\"{(c.Default ? "" : ", SecurityGroupKind.Enterprise")});"); body.AppendLine($"g{i}.AllowInbound(Protocol.Tcp, \"10.0.0.0/8\", {c.Octet}, {c.Octet + 1});"); break;
                    case 4: body.AppendLine($"tr.Attach({vpc}, \"at{i}\", {(c.Named ? "routeSynchronization: " : "")}{(c.Nest ? "true" : "false")});"); break;
                    default: body.AppendLine($"net.ExpectReachable(\"e{i}\", \"e{calls.Length - 1 - i}\");"); break;
                }
            }
            return body.ToString();
        }

        /// <summary>The fast path takes <paramref name="source"/>'s topology, with the bound path's model, and both equal the run time's.</summary>
        private static async Task<Compilation> AssertFastPathGivesTheBoundPathsModelAndTheRunTimesAsync(string source)
        {
            var compilation = GeneratorRun.Compile(source);
            Assert.NotNull(FastPath(compilation, "Net"));
            Assert.Equal(1, StraightLineParity.Check(compilation));
            await EvaluationCheck.AssertSameAsRunTimeAsync(source);
            return compilation;
        }

        private static object? FastPath(Compilation compilation, string typeName)
        {
            var method = (IMethodSymbol)compilation.GetTypeByMetadataName(typeName)!.GetMembers("Define").Single();
            var declaration = (MethodDeclarationSyntax)method.DeclaringSyntaxReferences.Single().GetSyntax();
            return StraightLineParity.FastPath(method, declaration, compilation.GetSemanticModel(declaration.SyntaxTree), recordSpans: true);
        }
    }
}
