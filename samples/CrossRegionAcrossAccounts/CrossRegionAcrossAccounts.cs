using TopologyAnalyzers;

namespace CrossRegionAcrossAccounts
{
    /// <summary>
    /// The FAQ of the CEN document: "Can I connect VPCs in different regions and different accounts? Yes. Combine
    /// cross-account authorization with cross-region connections." VPC1 of account A is in Singapore, VPC2 of account B
    /// in Hangzhou; CEN1 of account A connects them through a transit router in each region.
    /// </summary>
    public static partial class CrossRegionAcrossAccounts
    {
        [NetworkTopology]
        public static void Define(TopologyBuilder net)
        {
            var a = net.Account("A", uid: "1000000000000001");
            var b = net.Account("B", uid: "2000000000000002");

            var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16")
                .VSwitch("vsw1-a", "ap-southeast-1a", "10.0.0.0/24")
                .VSwitch("vsw1-b", "ap-southeast-1b", "10.0.1.0/24")
                .Ecs("ECS1", "10.0.0.1");
            var vpc2 = b.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24")
                .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24")
                .Ecs("ECS2", "172.16.0.1");
            var cen1 = a.Cen("CEN1");

            // 1. Authorize the CEN instance to attach the VPCs in other accounts (by account B).
            vpc2.GrantTo(cen1, Payer.CenOwner);

            // 2. Create a transit router in each region.
            var singapore = cen1.TransitRouter("ap-southeast-1");
            var hangzhou = cen1.TransitRouter("cn-hangzhou");

            // 3. Create an inter-region connection between the transit routers (console defaults).
            singapore.Connect(hangzhou, "sg-hz");

            // 4. Attach each VPC to its local transit router.
            singapore.Attach(vpc1, "attach1");
            hangzhou.Attach(vpc2, "attach2");

            net.ExpectReachable("ECS1", "ECS2").ExpectReachable("ECS2", "ECS1");
        }
    }
}
