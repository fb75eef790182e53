using System;
using System.Collections.Generic;
using TopologyAnalyzers;

namespace LandingZone
{
    /// <summary>
    /// A landing zone as a platform team writes it: a shared-services hub in Singapore, and a spoke per team and
    /// environment, built from data with helpers, a record and loops. Production spokes belong to the Workloads account
    /// (so they grant the CEN), staging spokes to the Platform account; the analytics team lives in Hangzhou, reached
    /// over an inter-region connection. In Singapore the spokes are associated with a custom route table whose only
    /// route leads to the hub, so they reach the hub and not each other; one private zone is in effect in every VPC.
    /// </summary>
    public static partial class LandingZone
    {
        private const string Singapore = "ap-southeast-1";
        private const string Hangzhou = "cn-hangzhou";

        private static readonly Dictionary<string, string[]> ZonesOf = new Dictionary<string, string[]>
        {
            [Singapore] = new[] { "ap-southeast-1a", "ap-southeast-1b" },
            [Hangzhou] = new[] { "cn-hangzhou-j", "cn-hangzhou-k" },
        };

        private static readonly (string Team, string Region)[] Teams =
        {
            ("payments", Singapore),
            ("search", Singapore),
            ("analytics", Hangzhou),
        };

        private static readonly string[] Environments = { "prod", "staging" };

        /// <summary>A spoke VPC of the plan: one team in one environment.</summary>
        private sealed record Spoke(string Team, string Environment, string Region, int Octet)
        {
            public string Name => $"{Team}-{Environment}";

            public string Instance => Name + "-ecs";

            public bool IsProduction => Environment == "prod";
        }

        /// <summary>Every spoke, numbered from 10.10.0.0/16 on: the hub keeps 10.0.0.0/16.</summary>
        private static List<Spoke> Plan()
        {
            var spokes = new List<Spoke>();
            int octet = 10;
            foreach (var environment in Environments)
            {
                foreach (var (team, region) in Teams) spokes.Add(new Spoke(team, environment, region, octet++));
            }
            return spokes;
        }

        [NetworkTopology]
        public static void Define(TopologyBuilder net)
        {
            ArgumentNullException.ThrowIfNull(net);
            var platform = net.Account("Platform", uid: "1000000000000001");
            var workloads = net.Account("Workloads", uid: "2000000000000002");

            var cen = platform.Cen("CEN-landing-zone");
            var routers = new Dictionary<string, TransitRouter>
            {
                [Singapore] = cen.TransitRouter(Singapore),
                [Hangzhou] = cen.TransitRouter(Hangzhou),
            };
            routers[Singapore].Connect(routers[Hangzhou], "sg-hz");

            var hub = StandardVpc(platform, "shared-services", Singapore, 0);
            var hubAttachment = routers[Singapore].Attach(hub, "shared-services-att");
            var spokesOnly = routers[Singapore].RouteTable("spokes").Route(hub.Cidr, hubAttachment);

            var zone = platform.PrivateZone("corp.internal").Record("api", "10.0.0.10").EffectiveIn(hub);
            platform.LinkAccount(workloads, "workloads-root@example.com");

            foreach (var spoke in Plan())
            {
                var owner = spoke.IsProduction ? workloads : platform;
                var vpc = StandardVpc(owner, spoke.Name, spoke.Region, spoke.Octet);
                if (owner != platform) vpc.GrantTo(cen, Payer.CenOwner);

                var attachment = routers[spoke.Region].Attach(vpc, spoke.Name + "-att");
                if (spoke.Region == Singapore) attachment.AssociateWith(spokesOnly);

                zone.EffectiveIn(vpc);
                net.ExpectReachable(spoke.Instance, "shared-services-ecs");
                net.ExpectResolves("api.corp.internal", vpc);
            }

            net.ExpectIsolated("payments-prod-ecs", "search-prod-ecs");
            net.ExpectIsolated("payments-staging-ecs", "analytics-prod-ecs");
            net.ExpectIsolated("analytics-staging-ecs", "search-staging-ecs");
        }

        /// <summary>A VPC with a vSwitch in each zone of its region and one instance, in 10.{octet}.0.0/16.</summary>
        private static Vpc StandardVpc(Account owner, string name, string region, int octet)
        {
            var zones = ZonesOf[region];
            var vpc = owner.Vpc(name, region, $"10.{octet}.0.0/16");
            for (int i = 0; i < zones.Length; i++)
            {
                vpc.VSwitch($"{name}-{zones[i][zones[i].Length - 1]}", zones[i], $"10.{octet}.{i}.0/24");
            }
            return vpc.Ecs(name + "-ecs", $"10.{octet}.0.10");
        }
    }
}
