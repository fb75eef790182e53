namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// <c>vpc.GrantTo</c> and <c>vpc.Grant</c>: <c>alicloud_cen_transit_router_grant_attachment</c>, made by the VPC
    /// owner's provider (step 1 of the cross-account guide). A grant naming a CEN of the topology (by <c>GrantTo</c>, or
    /// raw values equal to a CEN's name and its owner's UID) refers to that CEN's resource: its real ID exists only
    /// after apply. Raw values naming no CEN of the topology stay the literals typed.
    /// </summary>
    internal static class GrantResources
    {
        public static void Write(TerraformContext context, int grant)
        {
            var model = context.Model;
            var definition = model.Grants[grant];
            int cen = CenOf(model, definition);
            string cenText = TerraformContext.Has(cen, model.Cens.Count) ? model.Cens[cen].Name : definition.PeerCenId;
            string address = context.Address("alicloud_cen_transit_router_grant_attachment", model.Vpcs[definition.Vpc].Name + "_" + cenText, "grant");
            context.Grants[grant] = address;

            var block = context.Resource(address).Set("provider", context.VpcProvider(definition.Vpc))
                .String("instance_type", "VPC").Set("instance_id", context.Vpcs[definition.Vpc] + ".id")
                .String("cen_owner_id", definition.PeerAccountUid);
            if (TerraformContext.Has(cen, model.Cens.Count)) block.Set("cen_id", context.Cens[cen] + ".id");
            else block.String("cen_id", definition.PeerCenId);
            string? orderType = OrderType(definition.Payer);
            if (orderType != null) block.String("order_type", orderType);
        }

        /// <summary>
        /// The grant among <paramref name="grantsOfVpc"/> (the VPC's, in declaration order) that lets <paramref name="cen"/>
        /// attach the VPC: the first naming the CEN owner's UID and the CEN's instance ID, as TOPO002 matches. -1 when none does.
        /// </summary>
        public static int GrantFor(TopologyModel model, System.Collections.Generic.List<int> grantsOfVpc, int cen)
        {
            var cenOwner = model.Accounts[model.Cens[cen].Account];
            foreach (int i in grantsOfVpc)
            {
                var grant = model.Grants[i];
                if (grant.PeerAccountUid == cenOwner.Uid && grant.PeerCenId == model.Cens[cen].Name) return i;
            }
            return -1;
        }

        /// <summary>The console's payer as the provider's <c>order_type</c>.</summary>
        public static string? OrderType(PayerKind payer) => payer switch
        {
            PayerKind.CenOwner => "PayByCenOwner",
            PayerKind.VpcOwner => "PayByResourceOwner",
            _ => null,
        };

        private static int CenOf(TopologyModel model, GrantDefinition grant)
        {
            if (TerraformContext.Has(grant.Cen, model.Cens.Count)) return grant.Cen;
            for (int i = 0; i < model.Cens.Count; i++)
            {
                var cen = model.Cens[i];
                if (cen.Name == grant.PeerCenId && TerraformContext.Has(cen.Account, model.Accounts.Count) && model.Accounts[cen.Account].Uid == grant.PeerAccountUid) return i;
            }
            return -1;
        }
    }
}
