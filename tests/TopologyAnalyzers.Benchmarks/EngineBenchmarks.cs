using BenchmarkDotNet.Attributes;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>The engine alone (shared by compile time and run time): validation, route resolution, a trace and the Terraform export.</summary>
    [MemoryDiagnoser]
    public class EngineBenchmarks
    {
        private TopologyModel _model = null!;

        [Params(1000, 10000)]
        public int Vpcs { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var builder = new TopologyModelBuilder();
            var none = SourceSpan.None;
            int account = builder.AddAccount("A", "1000000000000001", SiteKind.International, none, none, none);
            int router = builder.TransitRouter(builder.AddCen(account, "CEN1", none, none), "cn-hangzhou", none, none);
            for (int i = 0; i < Vpcs; i++)
            {
                string prefix = "10." + (i / 256) + "." + (i % 256) + ".";
                int vpc = builder.AddVpc(account, "VPC" + i, "cn-hangzhou", prefix + "0/24", null, none, none, none, none, none);
                builder.AddVSwitch(vpc, "s" + i + "j", "cn-hangzhou-j", prefix + "0/25", null, none, none, none, none, none);
                builder.AddVSwitch(vpc, "s" + i + "k", "cn-hangzhou-k", prefix + "128/25", null, none, none, none, none, none);
                builder.AddEcs(vpc, "ECS" + i, prefix + "10", none, none, none);
                builder.Attach(router, vpc, "attach" + i, true, true, true, false, none, none, none);
            }
            // What a user's ExpectReachable costs at compile time: one ping across the router, first VPC to last.
            builder.Expect(ExpectationKind.Reachable, "ECS0", "ECS" + (Vpcs - 1), none, none, none);
            _model = builder.Build();
        }

        [Benchmark]
        public int Validate() => TopologyValidator.Validate(new TopologyIndex(_model)).Count;

        [Benchmark]
        public int ResolveRoutes() => RouteResolver.Resolve(_model).Tables.Count;

        /// <summary>One ping, first VPC to last, from a fresh index: resolves the three tables on the way (the router's holds 2N routes).</summary>
        [Benchmark]
        public bool TracePing() => new PathTracer(new TopologyIndex(_model)).Ping("ECS0", "ECS" + (Vpcs - 1)).Reached;

        /// <summary>The Terraform export with the validation its header needs, as <c>ToTerraform()</c> and a generator run below the embedding limit do.</summary>
        [Benchmark]
        public int ExportTerraform() => TerraformWriter.Write(_model).Length;

        [Benchmark]
        public int EncodeRoutes() => RouteTableCodec.Encode(RouteResolver.Resolve(_model)).Length;
    }
}
