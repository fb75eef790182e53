namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// "Add Alibaba Cloud Account" for private zones, made by <see cref="Account"/>: either another root account with
    /// the login typed in (<c>account.LinkAccount(other, login)</c>; <see cref="RamUser"/> is -1), or an attempt with a
    /// RAM user's credentials (<c>account.LinkAccount(ramUser)</c>; <see cref="LinkedAccount"/> is the RAM user's account).
    /// </summary>
    internal sealed record AccountLinkDefinition(
        int Account,
        int LinkedAccount,
        int RamUser,
        string Login,
        SourceSpan Call,
        SourceSpan TargetSpan,
        SourceSpan LoginSpan);
}
