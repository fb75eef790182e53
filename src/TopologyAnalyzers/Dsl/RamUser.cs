namespace TopologyAnalyzers
{
    /// <summary>A RAM user of an account.</summary>
    public sealed class RamUser
    {
        internal RamUser(TopologyBuilder net, int index)
        {
            Net = net;
            Index = index;
        }

        internal TopologyBuilder Net { get; }

        internal int Index { get; }

        /// <summary>The RAM user's name.</summary>
        public string Name => Net.Model.RamUserName(Index);
    }
}
