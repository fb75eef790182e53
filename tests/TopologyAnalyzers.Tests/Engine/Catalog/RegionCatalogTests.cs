using System.Linq;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Catalog
{
    public class RegionCatalogTests
    {
        [Fact]
        public void Every_zone_id_starts_with_its_region_id_and_maps_back_to_it()
        {
            Assert.NotEmpty(RegionCatalog.Regions);
            foreach (var region in RegionCatalog.Regions)
            {
                Assert.True(RegionCatalog.TryGetZones(region, out var zones), region);
                Assert.NotEmpty(zones);
                foreach (var zone in zones)
                {
                    Assert.StartsWith(region, zone);
                    Assert.True(zone.Length > region.Length, zone);
                    Assert.Equal(region, RegionCatalog.RegionOfZone(zone));
                }
            }
        }

        [Fact]
        public void No_zone_id_is_listed_twice_and_no_region_id_is_a_zone_id()
        {
            var zones = RegionCatalog.Regions.SelectMany(r => { RegionCatalog.TryGetZones(r, out var z); return z; }).ToList();

            Assert.Equal(zones.Count, zones.Distinct().Count());
            Assert.Equal(RegionCatalog.Regions.Count, RegionCatalog.Regions.Distinct().Count());
            Assert.All(RegionCatalog.Regions, r => Assert.Null(RegionCatalog.RegionOfZone(r)));
        }

        [Theory]
        [InlineData("ap-southeast-1", "ap-southeast-1a", "ap-southeast-1b")]   // the seed scenario (SPEC section 2)
        [InlineData("cn-hangzhou", "cn-hangzhou-j", "cn-hangzhou-k")]
        [InlineData("cn-shanghai", "cn-shanghai-e", "cn-shanghai-f")]
        public void The_regions_and_zones_the_seed_and_samples_use_are_known(string region, string zone1, string zone2)
        {
            Assert.True(RegionCatalog.IsKnownRegion(region));
            Assert.False(RegionCatalog.IsSingleZoneRegion(region));
            Assert.Equal(region, RegionCatalog.RegionOfZone(zone1));
            Assert.Equal(region, RegionCatalog.RegionOfZone(zone2));
        }

        [Fact]
        public void Zones_come_in_the_order_the_cloud_lists_them()
        {
            RegionCatalog.TryGetZones("ap-southeast-1", out var singapore);
            RegionCatalog.TryGetZones("cn-hangzhou", out var hangzhou);

            Assert.Equal(new[] { "ap-southeast-1a", "ap-southeast-1b", "ap-southeast-1c" }, singapore);
            Assert.Equal("cn-hangzhou-b", hangzhou[0]);
            Assert.Equal("cn-hangzhou-k", hangzhou[hangzhou.Count - 1]);
        }

        [Theory]
        [InlineData("cn-nanjing", "cn-nanjing-a")]
        [InlineData("cn-fuzhou", "cn-fuzhou-a")]
        public void The_local_regions_have_a_single_zone(string region, string zone)
        {
            Assert.True(RegionCatalog.IsSingleZoneRegion(region));
            Assert.True(RegionCatalog.TryGetZones(region, out var zones));
            Assert.Equal(new[] { zone }, zones);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("ap-southeast-9")]
        [InlineData("AP-SOUTHEAST-1")]
        [InlineData("ap-southeast-1a")]
        [InlineData(" cn-hangzhou")]
        public void Unknown_or_differently_written_ids_are_not_regions(string? text)
        {
            Assert.False(RegionCatalog.IsKnownRegion(text));
            Assert.False(RegionCatalog.IsSingleZoneRegion(text));
            Assert.False(RegionCatalog.TryGetZones(text, out var zones));
            Assert.Empty(zones);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("ap-southeast-1")]
        [InlineData("ap-southeast-1z")]
        [InlineData("CN-HANGZHOU-J")]
        public void Unknown_zones_have_no_region(string? zone)
        {
            Assert.Null(RegionCatalog.RegionOfZone(zone));
        }

        [Theory]
        [InlineData("ap-southeast-1b", "ap-southeast-1", "b")]
        [InlineData("cn-hangzhou-k", "cn-hangzhou", "k")]
        [InlineData("cn-nanjing-a", "cn-nanjing", "a")]
        public void The_zone_suffix_is_what_the_zone_adds_to_its_region(string zone, string region, string suffix)
        {
            Assert.Equal(suffix, RegionCatalog.ZoneSuffix(zone, region));
        }

        [Fact]
        public void Region_ids_are_lower_case_words_and_digits_joined_by_hyphens()
        {
            foreach (var region in RegionCatalog.Regions)
            {
                Assert.Matches("^[a-z]+(-[a-z0-9]+)+$", region);
            }
        }
    }
}
