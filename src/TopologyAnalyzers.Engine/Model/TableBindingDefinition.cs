namespace TopologyAnalyzers.Engine
{
    /// <summary>How an attachment is bound to a transit router's route table.</summary>
    internal enum TableBindingKind
    {
        /// <summary><c>attachment.AssociateWith(table)</c>: traffic coming in from the attachment is looked up there.</summary>
        Association = 0,

        /// <summary><c>attachment.PropagateTo(table)</c>: the attachment's VPC's vSwitch blocks are learned there.</summary>
        Propagation = 1,
    }

    /// <summary>An association or a propagation declared on an attachment.</summary>
    internal sealed record TableBindingDefinition(
        TableBindingKind Kind,
        int Attachment,
        int RouteTable,
        SourceSpan Call,
        SourceSpan RouteTableSpan);
}
