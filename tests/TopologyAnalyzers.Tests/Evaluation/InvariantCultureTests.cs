using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>Formatting inside a topology is culture-invariant on both sides, whatever the culture of the process.</summary>
    public class InvariantCultureTests
    {
        private static readonly string Source = Programs.Net("""
                    var a = net.Account("A", "1000000000000001");
                    double weight = 1.5;
                    a.Vpc($"vpc-{weight}-{1234567:N0}-{string.Format("{0:F1}", 2.25)}-{3.75.ToString()}", "ap-southeast-1", "10.0.0.0/16");
            """);

        [Fact]
        public async Task Topology_Build_runs_the_method_under_the_invariant_culture_as_the_generator_evaluates_it()
        {
            var saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                var runtime = await EvaluationCheck.AssertSameAsRunTimeAsync(Source);
                Assert.Equal("vpc-1.5-1,234,567-2.2-3.75", runtime.RouteTables.Single().Name);
                Assert.Equal("de-DE", CultureInfo.CurrentCulture.Name);
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
