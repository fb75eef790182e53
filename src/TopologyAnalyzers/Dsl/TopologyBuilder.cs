using System;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>
    /// The root of the topology DSL, handed to a <see cref="NetworkTopologyAttribute">[NetworkTopology]</see>
    /// method. Declarations are recorded, not executed against the cloud; order does not change their meaning.
    /// </summary>
    /// <remarks>
    /// Bad values are findings, not exceptions: a <c>null</c> or empty name, a malformed block, an enum value that is none
    /// of its members or a port out of range is recorded as given (<c>null</c> as empty) and reported in
    /// <see cref="Topology.Diagnostics"/> (TOPO005, TOPO023, TOPO029...), as the analyzer reports it at compile time. Only a
    /// missing DSL object (<c>null</c> where a <see cref="Vpc"/>, <see cref="Attachment"/>... is expected) throws
    /// <see cref="ArgumentNullException"/>: there is nothing to record, and the analyzer reports the argument (TOPO017).
    /// </remarks>
    public sealed class TopologyBuilder
    {
        internal TopologyBuilder()
        {
        }

        internal TopologyModelBuilder Model { get; } = new TopologyModelBuilder();

        /// <summary>Declares an Alibaba Cloud root account.</summary>
        /// <param name="name">A name for the account, used in diagnostics and diagrams (for example <c>"A"</c>).</param>
        /// <param name="uid">The account ID (UID), as shown under the profile picture in the console.</param>
        /// <param name="site">The site the account is registered on.</param>
        /// <returns>The account, to declare its VPCs, CENs and private zones on.</returns>
        public Account Account(string name, string uid, Site site = Site.International)
        {
            int index = Model.AddAccount(name, uid, (SiteKind)site, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return new Account(this, index);
        }

        /// <summary>
        /// Asserts that two ECS instances (by name or IP address) can ping each other: the request and the reply
        /// both find a path. Checked at compile time (TOPO014).
        /// </summary>
        /// <param name="from">The sender: an ECS instance's name or IP address.</param>
        /// <param name="to">The receiver: an ECS instance's name or IP address.</param>
        /// <returns>This builder, so expectations chain.</returns>
        public TopologyBuilder ExpectReachable(string from, string to)
        {
            Model.Expect(ExpectationKind.Reachable, from, to, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>Asserts that two ECS instances (by name or IP address) cannot ping each other. Checked at compile time (TOPO015).</summary>
        /// <param name="from">The sender: an ECS instance's name or IP address.</param>
        /// <param name="to">The receiver: an ECS instance's name or IP address.</param>
        /// <returns>This builder, so expectations chain.</returns>
        public TopologyBuilder ExpectIsolated(string from, string to)
        {
            Model.Expect(ExpectationKind.Isolated, from, to, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// Asserts that <paramref name="fromVpc"/> resolves <paramref name="fqdn"/> through a private zone in effect
        /// there. Checked at compile time (TOPO019).
        /// </summary>
        /// <param name="fqdn">The name to resolve, for example <c>"db.corp.internal"</c>.</param>
        /// <param name="fromVpc">The VPC asking.</param>
        /// <returns>This builder, so expectations chain.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="fromVpc"/> is null (at compile time a TOPO017 on the argument says so).</exception>
        /// <exception cref="ArgumentException"><paramref name="fromVpc"/> was declared in another topology.</exception>
        public TopologyBuilder ExpectResolves(string fqdn, Vpc fromVpc)
        {
            if (fromVpc is null) throw new ArgumentNullException(nameof(fromVpc));
            EnsureOwns(fromVpc.Net, nameof(fromVpc));
            Model.ExpectResolves(fqdn, fromVpc.Index, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        /// <summary>
        /// Asserts that the VPC named <paramref name="fromVpcName"/> resolves <paramref name="fqdn"/> through a private
        /// zone in effect there. Checked at compile time (TOPO019, which also says when no VPC has that name).
        /// </summary>
        /// <param name="fqdn">The name to resolve, for example <c>"db.corp.internal"</c>.</param>
        /// <param name="fromVpcName">The name of the VPC asking, for example <c>"VPCB"</c>.</param>
        /// <returns>This builder, so expectations chain.</returns>
        public TopologyBuilder ExpectResolves(string fqdn, string fromVpcName)
        {
            Model.ExpectResolves(fqdn, fromVpcName, SourceSpan.None, SourceSpan.None, SourceSpan.None);
            return this;
        }

        internal void EnsureOwns(TopologyBuilder owner, string parameterName)
        {
            if (!ReferenceEquals(owner, this))
            {
                throw new ArgumentException("The object was declared in another topology.", parameterName);
            }
        }
    }
}
