using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Lookups over a <see cref="TopologyModel"/> that the resolver and the validation rules share: each
    /// VPC's vSwitches and attachments, each router's attachments, and every address parsed once.
    /// A block or address that does not parse is null here; validation reports it, resolution skips it.
    /// </summary>
    internal sealed class TopologyIndex
    {
        private readonly List<int>[] _vSwitchesOfVpc;
        private readonly List<int>[] _instancesOfVpc;
        private readonly List<int>[] _attachmentsOfVpc;
        private readonly List<int>[] _attachmentsOfRouter;

        public TopologyIndex(TopologyModel model)
        {
            Model = model;
            _vSwitchesOfVpc = NewLists(model.Vpcs.Count);
            _instancesOfVpc = NewLists(model.Vpcs.Count);
            _attachmentsOfVpc = NewLists(model.Vpcs.Count);
            _attachmentsOfRouter = NewLists(model.TransitRouters.Count);

            VpcCidrs = new Cidr?[model.Vpcs.Count];
            VpcIpv6Cidrs = new Cidr?[model.Vpcs.Count];
            for (int i = 0; i < model.Vpcs.Count; i++)
            {
                VpcCidrs[i] = ParseOrNull(model.Vpcs[i].Cidr);
                VpcIpv6Cidrs[i] = ParseOrNull(model.Vpcs[i].Ipv6Cidr);
            }

            VSwitchCidrs = new Cidr?[model.VSwitches.Count];
            VSwitchIpv6Cidrs = new Cidr?[model.VSwitches.Count];
            for (int i = 0; i < model.VSwitches.Count; i++)
            {
                var vSwitch = model.VSwitches[i];
                _vSwitchesOfVpc[vSwitch.Vpc].Add(i);
                VSwitchCidrs[i] = ParseOrNull(vSwitch.Cidr);
                VSwitchIpv6Cidrs[i] = ParseOrNull(vSwitch.Ipv6Cidr);
            }

            InstanceAddresses = new IpAddress?[model.Instances.Count];
            for (int i = 0; i < model.Instances.Count; i++)
            {
                _instancesOfVpc[model.Instances[i].Vpc].Add(i);
                InstanceAddresses[i] = IpAddress.TryParse(model.Instances[i].Ip, out var address) ? address : (IpAddress?)null;
            }

            for (int i = 0; i < model.Attachments.Count; i++)
            {
                var attachment = model.Attachments[i];
                _attachmentsOfVpc[attachment.Vpc].Add(i);
                _attachmentsOfRouter[attachment.TransitRouter].Add(i);
            }
        }

        public TopologyModel Model { get; }

        public Cidr?[] VpcCidrs { get; }

        public Cidr?[] VpcIpv6Cidrs { get; }

        public Cidr?[] VSwitchCidrs { get; }

        public Cidr?[] VSwitchIpv6Cidrs { get; }

        public IpAddress?[] InstanceAddresses { get; }

        public IReadOnlyList<int> VSwitchesOf(int vpc) => _vSwitchesOfVpc[vpc];

        public IReadOnlyList<int> InstancesOf(int vpc) => _instancesOfVpc[vpc];

        public IReadOnlyList<int> AttachmentsOf(int vpc) => _attachmentsOfVpc[vpc];

        public IReadOnlyList<int> AttachmentsOn(int transitRouter) => _attachmentsOfRouter[transitRouter];

        private static Cidr? ParseOrNull(string? text) =>
            text != null && Cidr.TryParse(text, out var cidr) ? cidr : (Cidr?)null;

        private static List<int>[] NewLists(int count)
        {
            var lists = new List<int>[count];
            for (int i = 0; i < count; i++) lists[i] = new List<int>();
            return lists;
        }
    }
}
