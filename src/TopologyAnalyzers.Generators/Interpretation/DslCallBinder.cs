using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Interpretation
{
    /// <summary>
    /// Maps each DSL method of the runtime library to the <see cref="TopologyModelBuilder"/> call the runtime
    /// method makes, so compile time and run time record the same model. Arguments come by parameter position,
    /// defaults already filled in by the compiler. Returns null for a DSL member the generator does not know.
    /// </summary>
    internal sealed class DslCallBinder
    {
        private readonly TopologyModelBuilder _model;

        public DslCallBinder(TopologyModelBuilder model) => _model = model;

        public Value? Bind(Value receiver, string method, Value[] a, CallSpans s)
        {
            int self = receiver.Index;
            switch (receiver.Kind)
            {
                case DslKind.TopologyBuilder when method == "Account" && a.Length == 3:
                    return Value.Dsl(DslKind.Account, _model.AddAccount(a[0].AsString, a[1].AsString, (SiteKind)a[2].AsInt, s.Call, s[0], s[1]));
                case DslKind.TopologyBuilder when (method == "ExpectReachable" || method == "ExpectIsolated") && a.Length == 2:
                    var kind = method == "ExpectReachable" ? ExpectationKind.Reachable : ExpectationKind.Isolated;
                    _model.Expect(kind, a[0].AsString, a[1].AsString, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.Account when method == "Vpc" && a.Length == 4:
                    return Value.Dsl(DslKind.Vpc, _model.AddVpc(self, a[0].AsString, a[1].AsString, a[2].AsString, a[3].AsString,
                        s.Call, s[0], s[1], s[2], s[3]));
                case DslKind.TopologyBuilder when method == "ExpectResolves" && a.Length == 2 && a[1].Kind == DslKind.Vpc:
                    _model.ExpectResolves(a[0].AsString, a[1].Index, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.TopologyBuilder when method == "ExpectResolves" && a.Length == 2 && a[1].Kind == DslKind.None:
                    _model.ExpectResolves(a[0].AsString, a[1].AsString, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.Account when method == "RamUser" && a.Length == 1:
                    return Value.Dsl(DslKind.RamUser, _model.AddRamUser(self, a[0].AsString, s.Call, s[0]));
                case DslKind.Account when method == "PrivateZone" && a.Length == 1:
                    return Value.Dsl(DslKind.PrivateZone, _model.AddPrivateZone(self, a[0].AsString, s.Call, s[0]));
                case DslKind.Account when method == "LinkAccount" && a.Length == 2 && a[0].Kind == DslKind.Account:
                    _model.LinkAccount(self, a[0].Index, a[1].AsString, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.Account when method == "LinkAccount" && a.Length == 1 && a[0].Kind == DslKind.RamUser:
                    _model.LinkRamUser(self, a[0].Index, s.Call, s[0]);
                    return receiver;
                case DslKind.PrivateZone when method == "Record" && a.Length == 2:
                    _model.AddRecord(self, a[0].AsString, a[1].AsString, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.PrivateZone when method == "EffectiveIn" && a.Length == 1 && a[0].Kind == DslKind.Vpc:
                    _model.MakeEffectiveIn(self, a[0].Index, s.Call, s[0]);
                    return receiver;
                case DslKind.Account when method == "Cen" && a.Length == 1:
                    return Value.Dsl(DslKind.Cen, _model.AddCen(self, a[0].AsString, s.Call, s[0]));
                case DslKind.Vpc when method == "VSwitch" && a.Length == 4:
                    _model.AddVSwitch(self, a[0].AsString, a[1].AsString, a[2].AsString, a[3].AsString, s.Call, s[0], s[1], s[2], s[3]);
                    return receiver;
                case DslKind.Vpc when method == "Ecs" && a.Length == 2:
                    _model.AddEcs(self, a[0].AsString, a[1].AsString, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.Vpc when method == "Ecs" && a.Length == 3 && a[2].Kind == DslKind.SecurityGroup:
                    _model.AddEcs(self, a[0].AsString, a[1].AsString, s.Call, s[0], s[1], a[2].Index);
                    return receiver;
                case DslKind.Vpc when method == "SecurityGroup" && a.Length == 2:
                    return Value.Dsl(DslKind.SecurityGroup, _model.AddSecurityGroup(self, a[0].AsString, (SecurityGroupType)a[1].AsInt, s.Call, s[0]));
                case DslKind.SecurityGroup when method == "AllowInbound" && a.Length == 4:
                    _model.AllowInbound(self, (ProtocolKind)a[0].AsInt, a[1].AsString, a[2].AsInt, a[3].AsInt, s.Call, s[1]);
                    return receiver;
                case DslKind.TransitRouter when method == "Connect" && a.Length == 2 && a[0].Kind == DslKind.TransitRouter:
                    _model.Connect(self, a[0].Index, a[1].AsString, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.Vpc when method == "GrantTo" && a.Length == 2 && a[0].Kind == DslKind.Cen:
                    _model.GrantTo(self, a[0].Index, (PayerKind)a[1].AsInt, s.Call, s[0]);
                    return receiver;
                case DslKind.Vpc when method == "Grant" && a.Length == 3:
                    _model.Grant(self, a[0].AsString, a[1].AsString, (PayerKind)a[2].AsInt, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.Cen when method == "TransitRouter" && a.Length == 1:
                    return Value.Dsl(DslKind.TransitRouter, _model.TransitRouter(self, a[0].AsString, s.Call, s[0]));
                case DslKind.TransitRouter when method == "Attach" && a.Length == 6 && a[0].Kind == DslKind.Vpc:
                    return Value.Dsl(DslKind.Attachment, _model.Attach(self, a[0].Index, a[1].AsString,
                        a[2].AsBool, a[3].AsBool, a[4].AsBool, a[5].AsBool, s.Call, s[0], s[1]));
                case DslKind.TransitRouter when method == "RouteTable" && a.Length == 1:
                    return Value.Dsl(DslKind.TransitRouterRouteTable, _model.RouteTable(self, a[0].AsString, s.Call, s[0]));
                case DslKind.Attachment when method == "AssociateWith" && a.Length == 1 && a[0].Kind == DslKind.TransitRouterRouteTable:
                    _model.AssociateWith(self, a[0].Index, s.Call, s[0]);
                    return receiver;
                case DslKind.Attachment when method == "PropagateTo" && a.Length == 1 && a[0].Kind == DslKind.TransitRouterRouteTable:
                    _model.PropagateTo(self, a[0].Index, s.Call, s[0]);
                    return receiver;
                case DslKind.TransitRouterRouteTable when method == "Route" && a.Length == 2 && a[1].Kind == DslKind.Attachment:
                    _model.AddStaticRoute(self, a[0].AsString, a[1].Index, s.Call, s[0], s[1]);
                    return receiver;
                case DslKind.TransitRouterRouteTable when method == "Blackhole" && a.Length == 1:
                    _model.AddStaticRoute(self, a[0].AsString, -1, s.Call, s[0], s.Call);
                    return receiver;
                case DslKind.Vpc when method == "Route" && a.Length == 2 && a[1].Kind == DslKind.Attachment:
                    _model.AddVpcRoute(self, a[0].AsString, a[1].Index, s.Call, s[0], s[1]);
                    return receiver;
                default:
                    return null;
            }
        }

        /// <summary>The value of a DSL object's <c>Name</c> property, known at compile time.</summary>
        public string? ReadProperty(Value receiver, string property)
        {
            if (property != "Name") return null;
            switch (receiver.Kind)
            {
                case DslKind.Account: return _model.AccountName(receiver.Index);
                case DslKind.Vpc: return _model.VpcName(receiver.Index);
                case DslKind.Cen: return _model.CenName(receiver.Index);
                case DslKind.Attachment: return _model.AttachmentName(receiver.Index);
                case DslKind.RamUser: return _model.RamUserName(receiver.Index);
                case DslKind.PrivateZone: return _model.ZoneName(receiver.Index);
                case DslKind.TransitRouterRouteTable: return _model.RouteTableName(receiver.Index);
                case DslKind.SecurityGroup: return _model.SecurityGroupName(receiver.Index);
                default: return null;
            }
        }
    }
}
