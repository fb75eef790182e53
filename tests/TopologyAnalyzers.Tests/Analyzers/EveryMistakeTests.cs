using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers
{
    /// <summary>
    /// One topology that makes each CEN mistake of the catalog once, as a user would meet them, each marked where the
    /// diagnostic must appear. Its clean twin is the seed sample, which reports nothing.
    /// </summary>
    public class EveryMistakeTests
    {
        public const string Mistakes = """
            using TopologyAnalyzers;

            public static partial class Mistakes
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("B", "2000000000000002");
                    var c = net.Account("C", {|TOPO008:"2000000000000002"|});             // C reuses B's UID

                    var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                        .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                        .VSwitch("vsw1-b", "ap-southeast-1b", {|TOPO001:"10.0.0.128/25"|})   // overlaps vsw1-a
                        .VSwitch("vsw1-c", "ap-southeast-1c", {|TOPO006:"10.9.0.0/24"|})     // outside VPC1
                        .Ecs("ECS1", {|TOPO007:"10.0.0.255"|});                              // reserved address
                    var vpc2 = a.Vpc("VPC2", "ap-southeast-1", {|TOPO001:"10.0.0.0/8"|})     // overlaps VPC1, both attached
                        .VSwitch("vsw2-a", "ap-southeast-1a", "10.1.0.0/24")
                        .VSwitch("vsw2-b", "ap-southeast-1b", "10.1.1.0/24")
                        .VSwitch("vsw2-c", "ap-southeast-1c", "10.0.0.0/24");                // vsw1-a's block again
                    var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16")
                        .VSwitch("vsw3-a", "ap-southeast-1a", "192.168.0.0/24")
                        .VSwitch("vsw3-b", "ap-southeast-1b", "192.168.1.0/24");
                    var vpc4 = a.Vpc("VPC4", "ap-southeast-1", "172.16.0.0/16")
                        .VSwitch("vsw4-a", "ap-southeast-1a", "172.16.0.0/24");            // one zone only
                    var vpc5 = a.Vpc("VPC5", "cn-hangzhou", {|TOPO005:"172.17.0.1/16"|})  // host bits set
                        .VSwitch("vsw5-j", "cn-hangzhou-j", "172.17.0.0/24")
                        .VSwitch("vsw5-k", {|TOPO020:"cn-hangzhou-z"|}, "172.17.1.0/24");  // no such zone
                    var vpc6 = a.Vpc("VPC6", "ap-southeast-1", {|TOPO013:"100.64.0.0/16"|}) // no route reaches it
                        .VSwitch("vsw6-a", "ap-southeast-1a", "100.64.0.0/24")
                        .VSwitch("vsw6-b", "ap-southeast-1b", "100.64.1.0/24");

                    var cen1 = a.Cen("CEN1");
                    var tr = cen1.TransitRouter("ap-southeast-1");
                    tr.Attach(vpc1, "attach1");
                    tr.{|TOPO016:Attach(vpc2, "attach2")|};                               // loses 10.0.0.0/24 to attach1
                    tr.{|TOPO002:Attach(vpc3, "attach3")|};                               // B never granted CEN1
                    tr.{|TOPO003:Attach(vpc4, "attach4")|};
                    tr.{|TOPO009:Attach(vpc5, "attach5")|};                               // VPC5 is in cn-hangzhou
                    tr.Attach(vpc6, "attach6");
                }
            }
            """;

        [Fact]
        public async Task Each_mistake_is_reported_where_it_is_made()
        {
            await AnalyzerTest.VerifyAsync(Mistakes);
        }

        [Fact]
        public async Task The_same_mistakes_are_reported_at_run_time()
        {
            string plain = System.Text.RegularExpressions.Regex.Replace(Mistakes, @"\{\|TOPO\d{3}:|\|\}", "");
            var run = GeneratorRun.Run(plain);
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Mistakes").Diagnostics;

            Assert.Equal(
                runTime.Select(d => d.Id + " " + d.Message).OrderBy(m => m, System.StringComparer.Ordinal),
                compileTime.Select(d => d.Id + " " + d.GetMessage()).OrderBy(m => m, System.StringComparer.Ordinal));
            Assert.Equal(new[] { "TOPO001", "TOPO002", "TOPO003", "TOPO005", "TOPO006", "TOPO007", "TOPO008", "TOPO009", "TOPO013", "TOPO016", "TOPO020" },
                runTime.Select(d => d.Id).Distinct());
        }

        [Fact]
        public async Task The_seed_sample_reports_nothing()
        {
            var sample = System.IO.File.ReadAllText(RepositoryPath("samples/CrossAccountVpcs/CrossAccountVpcs.cs"));

            Assert.Empty(await AnalyzerRun.DiagnosticsAsync(GeneratorRun.Compile(sample)));
        }

        private static string RepositoryPath(string relative)
        {
            for (var directory = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "TopologyAnalyzers.sln")))
                    return System.IO.Path.Combine(directory.FullName, relative);
            }
            throw new System.IO.FileNotFoundException(relative);
        }
    }
}
