using TopologyAnalyzers;

namespace CrossAccountVpcs
{
    /// <summary>
    /// The scenario of the cloud's "Connect VPCs across accounts" guide: account A owns VPC1, VPC2 and CEN1,
    /// account B owns VPC3 and authorizes CEN1 to attach it.
    /// </summary>
    public static partial class CrossAccountVpcs
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
            var vpc2 = a.Vpc("VPC2", "ap-southeast-1", "172.16.0.0/16")
                .VSwitch("vsw2-a", "ap-southeast-1a", "172.16.0.0/24")
                .VSwitch("vsw2-b", "ap-southeast-1b", "172.16.1.0/24")
                .Ecs("ECS2", "172.16.0.1");
            var vpc3 = b.Vpc("VPC3", "ap-southeast-1", "192.168.0.0/16")
                .VSwitch("vsw3-a", "ap-southeast-1a", "192.168.0.0/24")
                .VSwitch("vsw3-b", "ap-southeast-1b", "192.168.1.0/24")
                .Ecs("ECS3", "192.168.0.1");

            var cen1 = a.Cen("CEN1");
            var tr = cen1.TransitRouter("ap-southeast-1");
            tr.Attach(vpc1, "attach1");
            tr.Attach(vpc2, "attach2");

            vpc3.GrantTo(cen1, Payer.CenOwner);   // Step 1, by account B: authorize CEN1 of account A
            tr.Attach(vpc3, "attach3");           // Step 2, by account A

            net.ExpectReachable("ECS3", "ECS1");  // Step 3: ping 10.0.0.1 from ECS3
        }
    }
}
