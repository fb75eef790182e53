using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Writes a topology as Terraform configuration for the alicloud provider (SPEC section 4b), so that what the
    /// analyzers checked is what gets deployed: the <c>terraform</c> block, the credential variables and a provider
    /// block per (account, region), the variables the DSL has no value for, then every object's resources in topology
    /// order (see the writers of each concept in this folder). A topology with errors still exports, starting with a
    /// comment that lists them. The generator embeds the text in the generated code and <c>Topology.ToTerraform()</c>
    /// computes it at run time, so both come from here.
    /// </summary>
    internal static class TerraformWriter
    {
        /// <summary>The longest export the generator embeds (about 80 attached VPCs); larger ones compute <c>Terraform</c> at run time on first use.</summary>
        public const int MaxEmbeddedLength = EmbeddedText.MaxLength;

        /// <summary>The export of a topology, validated here for the comment that lists its errors.</summary>
        public static string Write(TopologyModel model)
        {
            var index = new TopologyIndex(model);
            return Write(index, TopologyValidator.Validate(index));
        }

        /// <summary>The text for the generator: null when it would be longer than <see cref="MaxEmbeddedLength"/>.</summary>
        public static string? WriteIfEmbeddable(TopologyModel model) => EmbeddedText.IfEmbeddable(EstimatedLength(model), () => Write(model));

        /// <summary>
        /// An estimate of the export's length from the characters each kind of object is written with, short names assumed
        /// (an attachment with its association and propagation, and its three automatic routes where it has them). Only
        /// decides where the text is computed, never what it is.
        /// </summary>
        private static long EstimatedLength(TopologyModel model)
        {
            long length = 120L * model.Vpcs.Count + 200L * model.VSwitches.Count + 300L * model.Instances.Count + 1400L * model.Attachments.Count
                + 200L * model.SecurityGroups.Count + 300L * model.SecurityGroupRules.Count + 400L * model.StaticRoutes.Count
                + 340L * model.VpcRoutes.Count + 200L * model.ZoneRecords.Count + 80L * model.ZoneBindings.Count;
            foreach (var attachment in model.Attachments)
            {
                if (attachment.AutoCreateVpcRoutes) length += 1000;
            }
            return length;
        }

        /// <summary>The export of an indexed topology whose findings are already known (as at run time).</summary>
        public static string Write(TopologyIndex index, IReadOnlyList<Finding> findings)
        {
            var context = new TerraformContext(index);
            VpcResources.Write(context);
            CenResources.Write(context);
            AttachmentResources.Write(context);
            RouteEntryResources.Write(context);
            StaticRouteResources.Write(context);
            ConnectionResources.Write(context);
            AccountLinkComments.Write(context);
            PrivateZoneResources.Write(context);

            var document = new HclDocument();
            WriteErrors(document, findings);
            var providers = document.Block("terraform").Nested("required_providers");
            var alicloud = new HclObjectAttribute("alicloud");
            alicloud.Attributes.Add(new HclAttribute("source", HclText.Quote("aliyun/alicloud")));
            // The oldest release with every argument written here (transit_router_peer_attachment_name came last).
            alicloud.Attributes.Add(new HclAttribute("version", HclText.Quote(">= 1.247.0")));
            providers.Body.Add(alicloud);

            context.Providers.WriteVariables(document);
            WriteInputs(document, context);
            context.Providers.WriteProviders(document);
            document.AddRange(context.Resources.Entries);
            return HclFormatter.Write(document);
        }

        /// <summary>The findings of error severity, one per line, in the order the rules give them.</summary>
        private static void WriteErrors(HclDocument document, IReadOnlyList<Finding> findings)
        {
            var lines = new List<string>();
            foreach (var finding in findings)
            {
                if (finding.Rule.Severity == RuleSeverity.Error) lines.Add(finding.Rule.Id + ": " + finding.Message);
            }
            if (lines.Count == 0) return;
            lines.Insert(0, "TopologyAnalyzers found " + (lines.Count == 1 ? "an error" : HclText.Number(lines.Count) + " errors")
                + " in this topology. The configuration below deploys it as declared, and the cloud refuses or");
            lines.Insert(1, "does not do what these say:");
            document.Comment(lines.ToArray());
        }

        /// <summary>The values the DSL does not have, declared only where something uses them.</summary>
        private static void WriteInputs(HclDocument document, TerraformContext context)
        {
            if (context.HasInstances)
            {
                document.Block("variable", "image_id")
                    .String("description", "Image of the ECS instances, such as a public image ID available in their regions")
                    .Set("type", "string");
                document.Block("variable", "instance_type")
                    .String("description", "Instance type of the ECS instances, such as ecs.g7.large, available in their zones")
                    .Set("type", "string");
            }
            if (context.HasConnections)
            {
                document.Block("variable", "inter_region_bandwidth")
                    .String("description", "Bandwidth limit of each inter-region connection, in Mbit/s, billed by data transfer")
                    .Set("type", "number");
            }
        }
    }
}
