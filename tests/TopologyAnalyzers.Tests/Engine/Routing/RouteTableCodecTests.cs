using System.Linq;
using CsCheck;
using TopologyAnalyzers.Engine;
using Xunit;

namespace TopologyAnalyzers.Tests.Engine.Routing
{
    public class RouteTableCodecTests
    {
        private static readonly Gen<string> Names = Gen.String[Gen.Char["a|\\\n\r\"#! -_/x0"], 0, 12];

        [Fact]
        public void Any_network_survives_encoding_and_decoding_unchanged()
        {
            var routes = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 24], Gen.Bool, Names, Gen.Bool, (kind, prefix, active, hop, blackhole) =>
                new ResolvedRoute(Block("0.0.0.0/" + prefix), hop, (RouteKind)kind, active, blackhole));
            var tables = Gen.Select(Gen.Bool, Names, Names, Names, routes.Array[0, 5], (vpc, cen, region, name, rows) =>
                new ResolvedTable(vpc ? TableKind.Vpc : TableKind.TransitRouter, cen, region, name, new EquatableArray<ResolvedRoute>(rows)));

            tables.Array[0, 4].Sample(array =>
            {
                var network = new ResolvedNetwork(new EquatableArray<ResolvedTable>(array));
                Assert.Equal(network, RouteTableCodec.Decode(RouteTableCodec.Encode(network)));
            });
        }

        [Fact]
        public void Encoding_puts_one_record_on_each_line_and_escapes_separators_in_names()
        {
            var network = new ResolvedNetwork(new EquatableArray<ResolvedTable>(new[]
            {
                new ResolvedTable(TableKind.TransitRouter, "CEN|1", "ap-southeast-1", "default", new EquatableArray<ResolvedRoute>(new[]
                {
                    new ResolvedRoute(Block("10.0.0.0/24"), "a\nb", RouteKind.Propagated, true),
                    new ResolvedRoute(Block("10.0.0.0/24"), "c\\d", RouteKind.Propagated, false),
                })),
            }));

            Assert.Equal("#t|CEN\\p1|ap-southeast-1|default\n4 10.0.0.0/24|a\\nb\n4!10.0.0.0/24|c\\\\d\n", RouteTableCodec.Encode(network));
        }

        [Fact]
        public void Blackhole_routes_are_marked_b_when_active_and_B_when_inactive_and_decode_back()
        {
            var network = new ResolvedNetwork(new EquatableArray<ResolvedTable>(new[]
            {
                new ResolvedTable(TableKind.TransitRouter, "CEN1", "cn-hangzhou", "blue", new EquatableArray<ResolvedRoute>(new[]
                {
                    new ResolvedRoute(Block("10.0.0.0/8"), "Blackhole", RouteKind.Static, true, Blackhole: true),
                    new ResolvedRoute(Block("10.0.0.0/8"), "Blackhole", RouteKind.Static, false, Blackhole: true),
                    new ResolvedRoute(Block("10.0.0.0/8"), "Blackhole", RouteKind.Static, false),
                })),
            }));

            string encoded = RouteTableCodec.Encode(network);

            Assert.Equal("#t|CEN1|cn-hangzhou|blue\n3b10.0.0.0/8|Blackhole\n3B10.0.0.0/8|Blackhole\n3!10.0.0.0/8|Blackhole\n", encoded);
            Assert.Equal(network, RouteTableCodec.Decode(encoded));
        }

        private static Cidr Block(string text)
        {
            Assert.True(Cidr.TryParse(text, out var block));
            return block;
        }
    }
}
