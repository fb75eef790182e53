namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A cross-account authorization made by a VPC's owner: the values typed into the console's
    /// "Attach to CEN" dialog. <see cref="Cen"/> is the CEN the grant was made with through
    /// <c>vpc.GrantTo(cen, payer)</c>, or -1 when the raw values were typed (<c>vpc.Grant(uid, cenId, payer)</c>).
    /// </summary>
    internal sealed record GrantDefinition(
        int Vpc,
        string PeerAccountUid,
        string PeerCenId,
        PayerKind Payer,
        int Cen,
        SourceSpan Call,
        SourceSpan PeerAccountUidSpan,
        SourceSpan PeerCenSpan,
        SourceSpan PayerSpan);
}
