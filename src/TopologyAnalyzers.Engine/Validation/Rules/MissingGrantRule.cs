using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO002: a VPC of another account can only be attached to a CEN that the VPC's owner has authorized. A grant
    /// matches when it names the CEN owner's UID and the CEN's instance ID (its name). The model is declarative, so a
    /// grant written after the Attach call counts as well. Each finding tells the code fix what to do: add a grant,
    /// or correct the UID or the CEN of the existing grant that came closest.
    /// </summary>
    internal static class MissingGrantRule
    {
        private const string AddGrant = "AddGrant";
        private const string FixUid = "FixUid";
        private const string FixCen = "FixCen";
        private const string FixUidAndCen = "FixUidAndCen";

        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            List<int>[]? grantsOfVpc = null;

            foreach (var attachment in model.Attachments)
            {
                if ((uint)attachment.Vpc >= (uint)model.Vpcs.Count) continue;
                if ((uint)attachment.TransitRouter >= (uint)model.TransitRouters.Count) continue;
                var vpc = model.Vpcs[attachment.Vpc];
                int cenIndex = model.TransitRouters[attachment.TransitRouter].Cen;
                if ((uint)cenIndex >= (uint)model.Cens.Count) continue;
                var cen = model.Cens[cenIndex];
                if ((uint)vpc.Account >= (uint)model.Accounts.Count || (uint)cen.Account >= (uint)model.Accounts.Count) continue;

                // Accounts are told apart by declaration, not by UID: two accounts sharing a UID are TOPO008's business.
                if (vpc.Account == cen.Account) continue;

                var vpcOwner = model.Accounts[vpc.Account];
                var cenOwner = model.Accounts[cen.Account];
                grantsOfVpc ??= GrantsOfEachVpc(model);
                var grants = grantsOfVpc[attachment.Vpc];

                int best = -1;
                Mismatch bestKind = Mismatch.None;
                foreach (int g in grants)
                {
                    var grant = model.Grants[g];
                    bool uidMatches = grant.PeerAccountUid == cenOwner.Uid;
                    bool cenMatches = grant.PeerCenId == cen.Name;
                    if (uidMatches && cenMatches)
                    {
                        best = -1;
                        bestKind = Mismatch.Matched;
                        break;
                    }

                    // The closest grant is the one the user most likely meant for this CEN: one that names the CEN
                    // (only the UID is wrong), then one that names the owner (only the CEN is wrong), else the first.
                    var kind = cenMatches ? Mismatch.UidOnly : uidMatches ? Mismatch.CenOnly : Mismatch.Both;
                    if (best < 0 || kind < bestKind)
                    {
                        best = g;
                        bestKind = kind;
                    }
                }
                if (bestKind == Mismatch.Matched) continue;

                string attachmentName = attachment.Name ?? "";
                string vpcName = vpc.Name ?? "";
                string cenName = cen.Name ?? "";
                string cenOwnerUid = cenOwner.Uid ?? "";
                Finding finding;
                string fix;
                if (best < 0)
                {
                    finding = Finding.Create(RuleCatalog.MissingGrant, attachment.Call,
                        attachmentName, vpcName, vpcOwner.Name ?? "", cenName, cenOwner.Name ?? "",
                        "account '" + vpcOwner.Name + "' has not authorized CEN '" + cenName
                        + "' (no cross-account grant on VPC '" + vpcName + "')");
                    fix = AddGrant;
                }
                else if (bestKind == Mismatch.UidOnly || (bestKind == Mismatch.Both && model.Grants[best].Cen < 0))
                {
                    var grant = model.Grants[best];
                    string reason = "the grant on VPC '" + vpcName + "' names peer account UID '" + grant.PeerAccountUid
                        + "' instead of '" + cenOwnerUid + "' (the UID of account '" + cenOwner.Name + "')";
                    if (bestKind == Mismatch.Both) reason += " and peer CEN instance '" + grant.PeerCenId + "' instead of '" + cenName + "'";
                    // A raw grant wrong on both values is corrected in one go (one fix, one dotnet format run).
                    var related = bestKind == Mismatch.Both ? new[] { grant.PeerAccountUidSpan, grant.PeerCenSpan } : new[] { grant.PeerAccountUidSpan };
                    finding = Finding.WithRelatedPlaces(RuleCatalog.MissingGrant, attachment.Call, related,
                        attachmentName, vpcName, vpcOwner.Name ?? "", cenName, cenOwner.Name ?? "", reason);
                    fix = bestKind == Mismatch.Both ? FixUidAndCen : FixUid;
                }
                else
                {
                    // GrantTo(cen) takes the UID from the CEN it names, so pointing it at the right CEN fixes both
                    // values: a GrantTo grant that misses on both counts is a CEN mismatch.
                    var grant = model.Grants[best];
                    finding = Finding.WithRelated(RuleCatalog.MissingGrant, attachment.Call, grant.PeerCenSpan,
                        attachmentName, vpcName, vpcOwner.Name ?? "", cenName, cenOwner.Name ?? "",
                        "the grant on VPC '" + vpcName + "' names peer CEN instance '" + grant.PeerCenId
                        + "' instead of '" + cenName + "'");
                    fix = FixCen;
                }

                findings.Add(finding
                    .With(FindingProperties.GrantFix, fix)
                    .With(FindingProperties.PeerAccountUid, cenOwnerUid)
                    .With(FindingProperties.PeerCenId, cenName));
            }
        }

        /// <summary>Each VPC's grants in declaration order, built once so that many attachments cost one pass.</summary>
        private static List<int>[] GrantsOfEachVpc(TopologyModel model)
        {
            var grants = new List<int>[model.Vpcs.Count];
            for (int i = 0; i < grants.Length; i++) grants[i] = new List<int>();
            for (int i = 0; i < model.Grants.Count; i++)
            {
                int vpc = model.Grants[i].Vpc;
                if ((uint)vpc < (uint)grants.Length) grants[vpc].Add(i);
            }
            return grants;
        }

        /// <summary>How far a grant is from the one needed; smaller is closer.</summary>
        private enum Mismatch
        {
            Matched = 0,
            UidOnly = 1,
            CenOnly = 2,
            Both = 3,
            None = 4,
        }
    }
}
