using TopologyAnalyzers;

namespace PrivateZoneAcrossAccounts
{
    /// <summary>
    /// The scenario of the cloud's "Associate VPCs across accounts" guide for private zones: account A owns the zone
    /// corp.internal and VPC-A; account B owns VPC-B. A links B (step 1), then adds VPC-B to the zone's effective
    /// scope (step 2), so that VPC-B resolves A's names.
    /// </summary>
    public static partial class PrivateZoneAcrossAccounts
    {
        [NetworkTopology]
        public static void Define(TopologyBuilder net)
        {
            var a = net.Account("A", uid: "1000000000000001");
            var b = net.Account("B", uid: "2000000000000002");

            var vpcA = a.Vpc("VPC-A", "ap-southeast-1", "10.0.0.0/16")
                .VSwitch("vsw-a", "ap-southeast-1a", "10.0.0.0/24")
                .Ecs("db-server", "10.0.0.10");
            var vpcB = b.Vpc("VPC-B", "ap-southeast-1", "192.168.0.0/16")
                .VSwitch("vsw-b", "ap-southeast-1a", "192.168.0.0/24")
                .Ecs("app-server", "192.168.0.10");

            // Without a link, a zone resolves only in VPCs of its own account.
            var zone = a.PrivateZone("corp.internal")
                .Record("@", "10.0.0.5")
                .Record("db", "10.0.0.10")
                .Record("api", "10.0.0.20")
                .EffectiveIn(vpcA);

            a.LinkAccount(b, "b-root@example.com");   // Step 1, by account A: add account B by its root login
            zone.EffectiveIn(vpcB);                    // Step 2, by account A: VPC-B joins the effective scope

            net.ExpectResolves("db.corp.internal", vpcB);
        }
    }
}
