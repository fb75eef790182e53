namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>The network of <see cref="SyntheticTopology"/>, built by a loop with interpolated names and blocks: small source, the cost is evaluation.</summary>
    internal static class LoopTopology
    {
        public static string Source(int vpcCount) => $$"""
            using TopologyAnalyzers;

            public static partial class Big
            {
                private const int Count = {{vpcCount}};

                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                    for (int i = 0; i < Count; i++)
                    {
                        int high = i / 256, low = i % 256;
                        var vpc = a.Vpc($"VPC{i}", "cn-hangzhou", $"10.{high}.{low}.0/24")
                            .VSwitch($"s{i}j", "cn-hangzhou-j", $"10.{high}.{low}.0/25")
                            .VSwitch($"s{i}k", "cn-hangzhou-k", $"10.{high}.{low}.128/25");
                        tr.Attach(vpc, $"attach{i}");
                    }
                }
            }
            """;
    }
}
