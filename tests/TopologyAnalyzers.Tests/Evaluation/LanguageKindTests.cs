using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>Every kind of value, statement, member and framework member of SPEC section 2b evaluates as running it does.</summary>
    public class LanguageKindTests
    {
        public static TheoryData<string> Names => new TheoryData<string>(KindPrograms.All.Select(r => r.Name));

        [Theory]
        [MemberData(nameof(Names))]
        public async Task Kind_evaluates_to_what_running_the_method_builds(string name)
        {
            await EvaluationCheck.AssertSameAsRunTimeAsync(KindPrograms.All.Single(r => r.Name == name).Source);
        }
    }
}
