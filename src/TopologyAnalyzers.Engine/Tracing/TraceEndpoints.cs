namespace TopologyAnalyzers.Engine
{
    /// <summary>Finds the ECS instance an expectation or a trace names: by name first, then by address.</summary>
    internal static class TraceEndpoints
    {
        /// <summary>The index of the instance <paramref name="nameOrAddress"/> names, or -1 when it names none.</summary>
        public static int Find(TopologyIndex index, string nameOrAddress)
        {
            var instances = index.Model.Instances;
            for (int i = 0; i < instances.Count; i++)
            {
                if (instances[i].Name == nameOrAddress) return i;
            }
            if (!IpAddress.TryParse(nameOrAddress, out var address)) return -1;
            for (int i = 0; i < instances.Count; i++)
            {
                if (index.InstanceAddresses[i] is IpAddress own && own == address) return i;
            }
            return -1;
        }
    }
}
