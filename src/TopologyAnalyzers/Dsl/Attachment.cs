namespace TopologyAnalyzers
{
    /// <summary>A VPC connection to a transit router.</summary>
    public sealed class Attachment
    {
        private readonly TopologyBuilder _net;

        internal Attachment(TopologyBuilder net, int index)
        {
            _net = net;
            Index = index;
        }

        internal int Index { get; }

        /// <summary>The attachment's name, the next hop of the routes it creates.</summary>
        public string Name => _net.Model.AttachmentName(Index);
    }
}
