using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// Interpolated strings inside interpolated strings, in a loop: the evaluator reuses one text builder across a loop's
    /// interpolations, and a hole that interpolates in turn (directly or through a helper) must not write into the outer one's:
    /// the aligned hole shows it, as the inner text would carry the outer one's start.
    /// </summary>
    public class InterpolationTests
    {
        private static readonly string Source = Programs.Net("""
                    var a = net.Account("A", "1000000000000001");
                    for (int i = 0; i < 3; i++)
                    {
                        a.Vpc($"{Site(i)}-{$"vpc{i}",6}-{(i > 1 ? $"big{Site(i + 1)}" : "small")}", "ap-southeast-1", $"10.{i}.0.0/16");
                    }
            """,
            """
                private static string Site(int i) => $"site{i}";
            """);

        [Fact]
        public async Task Nested_interpolations_in_a_loop_give_what_running_the_method_gives()
        {
            var runtime = await EvaluationCheck.AssertSameAsRunTimeAsync(Source);
            Assert.Equal(
                new[] { "site0-  vpc0-small", "site1-  vpc1-small", "site2-  vpc2-bigsite3" },
                runtime.RouteTables.Select(table => table.Name).OrderBy(name => name));
        }
    }
}
