using TopologyAnalyzers;

namespace SharedServiceIsolation
{
    /// <summary>
    /// Shared-service isolation with custom transit-router route tables: VPC1 and VPC2 both reach the shared-service
    /// VPC3 but not each other. All three propagate to the default table, which VPC3 is associated with, so VPC3 can
    /// answer everyone; VPC1 and VPC2 are associated with a custom table whose only route leads to VPC3.
    /// </summary>
    public static partial class SharedServiceIsolation
    {
        [NetworkTopology]
        public static void Define(TopologyBuilder net)
        {
            var a = net.Account("A", uid: "1000000000000001");

            var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "192.168.0.0/16")
                .VSwitch("vsw1-j", "cn-hangzhou-j", "192.168.0.0/24")
                .VSwitch("vsw1-k", "cn-hangzhou-k", "192.168.1.0/24")
                .Ecs("ECS1", "192.168.0.1");
            var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "172.16.0.0/16")
                .VSwitch("vsw2-j", "cn-hangzhou-j", "172.16.0.0/24")
                .VSwitch("vsw2-k", "cn-hangzhou-k", "172.16.1.0/24")
                .Ecs("ECS2", "172.16.0.1");
            var vpc3 = a.Vpc("VPC3", "cn-hangzhou", "10.0.0.0/16")
                .VSwitch("vsw3-j", "cn-hangzhou-j", "10.0.0.0/24")
                .VSwitch("vsw3-k", "cn-hangzhou-k", "10.0.1.0/24")
                .Ecs("ECS3", "10.0.0.1");

            var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
            // Propagation to the default table stays on (the default); association and the VPC routes are set by hand.
            var attach1 = tr.Attach(vpc1, "attach1", associateWithDefaultRouteTable: false, autoCreateVpcRoutes: false);
            var attach2 = tr.Attach(vpc2, "attach2", associateWithDefaultRouteTable: false, autoCreateVpcRoutes: false);
            var attach3 = tr.Attach(vpc3, "attach3", associateWithDefaultRouteTable: false, autoCreateVpcRoutes: false);

            vpc1.Route("0.0.0.0/0", attach1);
            vpc2.Route("0.0.0.0/0", attach2);
            vpc3.Route("0.0.0.0/0", attach3);

            // The shared service sees every VPC: the default table learned all their vSwitch blocks.
            attach3.AssociateWith(tr.RouteTable("default"));

            // VPC1 and VPC2 see the shared service only.
            var isolated = tr.RouteTable("isolated").Route("10.0.0.0/16", attach3);
            attach1.AssociateWith(isolated);
            attach2.AssociateWith(isolated);
        }
    }
}
