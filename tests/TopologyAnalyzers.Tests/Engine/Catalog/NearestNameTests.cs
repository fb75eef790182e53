using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Catalog
{
    /// <summary>The closest known value to a mistyped one, which messages name and fixes write.</summary>
    public class NearestNameTests
    {
        [Theory]
        [InlineData("ap-southest-1", "ap-southeast-1", 1)]   // a letter left out
        [InlineData("ap-southaest-1", "ap-southeast-1", 1)]  // two letters swapped
        [InlineData("cn-hangzou", "cn-hangzhou", 1)]
        [InlineData("AP-SOUTHEAST-1", "ap-southeast-1", 0)]  // case is no difference
        [InlineData("EC2", "ECS2", 1)]
        [InlineData("", "VPC1", 4)]
        public void The_distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int distance)
        {
            Assert.Equal(distance, NearestName.Distance(a, b));
            Assert.Equal(distance, NearestName.Distance(b, a));
        }

        [Fact]
        public void The_closest_candidate_wins_and_of_equally_close_ones_the_first()
        {
            Assert.Equal("ECS2", NearestName.Closest("EC2", new[] { "ECS1", "ECS2", "ECS3" }));
            Assert.Equal("ECS1", NearestName.Closest("ECS", new[] { "ECS1", "ECS2" }));
            Assert.Null(NearestName.Closest("x", new string[0]));
        }

        [Fact]
        public void Only_a_few_edits_count_as_a_typo()
        {
            Assert.Equal("ap-southeast-1", NearestName.ClosestTypo("ap-southest-1", RegionCatalog.Regions));
            Assert.Equal("cn-hangzhou", NearestName.ClosestTypo("cn-hangzou", RegionCatalog.Regions));
            // A region the catalog does not know is no typo of the nearest one it knows.
            Assert.Null(NearestName.ClosestTypo("cn-wuhan-lr", RegionCatalog.Regions));
            Assert.Null(NearestName.ClosestTypo("", RegionCatalog.Regions));
        }
    }
}
