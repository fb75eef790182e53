using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// Half-typed programs full of loops, helpers, records and LINQ reach the evaluator on every keystroke: it never
    /// throws, and never fails inside itself (its own errors would read "The generator failed to evaluate").
    /// </summary>
    public class EvaluatorRobustnessTests
    {
        public static TheoryData<string> Programs => new TheoryData<string>
        {
            "LandingZone",
            KindPrograms.All.Single(p => p.Name == "LINQ operators").Name,
            KindPrograms.All.Single(p => p.Name == "switch statements and patterns").Name,
            KindPrograms.All.Single(p => p.Name == "classes with constructors, properties, methods, virtual members and structs").Name,
        };

        [Theory]
        [MemberData(nameof(Programs))]
        public async Task Every_truncation_is_evaluated_without_an_exception_or_an_internal_error(string name)
        {
            string source = name == "LandingZone" ? SampleSources.Read(name) : KindPrograms.All.Single(p => p.Name == name).Source;
            for (int length = 0; length <= source.Length; length += 29)
            {
                string partial = source.Substring(0, length);
                var run = GeneratorRun.Run(partial);
                Assert.All(run.Result.Results, r => Assert.Null(r.Exception));
                Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");

                var diagnostics = await AnalyzerRun.DiagnosticsAsync(GeneratorRun.Compile(partial));
                Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
                Assert.DoesNotContain(diagnostics, d => d.GetMessage().Contains("The generator failed to evaluate"));
            }
        }
    }
}
