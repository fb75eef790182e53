namespace TopologyAnalyzers
{
    /// <summary>Who pays the connection and data transfer fees of a cross-account VPC connection.</summary>
    public enum Payer
    {
        /// <summary>The console's "CEN Instance Owner": the account that owns the CEN pays.</summary>
        CenOwner = 0,

        /// <summary>The console's "VPC Users": the account that owns the VPC pays.</summary>
        VpcOwner = 1,
    }
}
