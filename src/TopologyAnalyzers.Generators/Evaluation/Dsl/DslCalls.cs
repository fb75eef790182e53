using Microsoft.CodeAnalysis;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// Maps each DSL method of the runtime library to the <see cref="TopologyModelBuilder"/> call the runtime method
    /// makes, so compile time and run time record the same model. A string argument the evaluation could not work out is
    /// recorded as <see cref="Unknown.Text"/> (the object still exists; rules about its other values still run); a call
    /// whose DSL-object, number or enum arguments are not known is not recorded. A null DSL object throws, as the runtime
    /// method does.
    /// </summary>
    internal sealed class DslCalls
    {
        private readonly TopologyModelBuilder _model;

        public DslCalls(TopologyModelBuilder model)
        {
            _model = model;
            Builder = Handle(DslKind.TopologyBuilder, 0);
        }

        public DslHandle Builder { get; }

        /// <summary>
        /// A new handle per object the runtime method creates (<c>cen.TransitRouter(region)</c> twice gives two
        /// <c>TransitRouter</c> objects at run time, so two handles here): reference equality is the run time's.
        /// </summary>
        private static DslHandle Handle(DslKind kind, int index) => new DslHandle(kind, index);

        private Value Dsl(DslKind kind, int index, SyntaxNode at) => Value.Object(Handle(kind, index), at);

        /// <summary>
        /// Records one DSL call: <paramref name="a"/> holds the arguments by parameter position, <paramref name="s"/> where
        /// each was written, <paramref name="call"/> the invocation and <paramref name="written"/> each argument's syntax
        /// (null where the parameter's default was used).
        /// </summary>
        public Value Call(DslHandle receiver, IMethodSymbol method, Value[] a, CallSpans s, SyntaxNode call, SyntaxNode?[] written, TopologyEvaluator evaluator)
        {
            // A DSL object argument must be there: the runtime method throws ArgumentNullException on null.
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i].Kind == ValueKind.String || a[i].Ref is DslHandle) continue;
                var expected = DslTypes.Classify(method.Parameters[i].Type);
                if (a[i].IsUnknown && (expected != DslKind.None || !IsString(method.Parameters[i].Type))) return Value.Unknown;
                if (expected != DslKind.None && a[i].IsNull)
                {
                    throw TopologyEvaluator.Throw(written[i] ?? call, "ArgumentNullException", "Value cannot be null. (Parameter '" + method.Parameters[i].Name + "')");
                }
            }
            int self = receiver.Index;
            var at = call;
            switch (receiver.Kind)
            {
                case DslKind.TopologyBuilder when method.Name == "Account" && a.Length == 3:
                    return Dsl(DslKind.Account, _model.AddAccount(S(a[0]), S(a[1]), (SiteKind)a[2].Bits, s.Call, s[0], s[1], s[2]), at);
                case DslKind.TopologyBuilder when (method.Name == "ExpectReachable" || method.Name == "ExpectIsolated") && a.Length == 2:
                    var kind = method.Name == "ExpectReachable" ? ExpectationKind.Reachable : ExpectationKind.Isolated;
                    _model.Expect(kind, S(a[0]), S(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.TopologyBuilder when method.Name == "ExpectResolves" && a.Length == 2 && Is(a[1], DslKind.Vpc):
                    _model.ExpectResolves(S(a[0]), Index(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.TopologyBuilder when method.Name == "ExpectResolves" && a.Length == 2 && IsString(method.Parameters[1].Type):
                    // The overload the compiler bound (a null constant names a VPC too).
                    _model.ExpectResolves(S(a[0]), S(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.Account when method.Name == "Vpc" && a.Length == 4:
                    return Dsl(DslKind.Vpc, _model.AddVpc(self, S(a[0]), S(a[1]), S(a[2]), S(a[3]), s.Call, s[0], s[1], s[2], s[3]), at);
                case DslKind.Account when method.Name == "RamUser" && a.Length == 1:
                    return Dsl(DslKind.RamUser, _model.AddRamUser(self, S(a[0]), s.Call, s[0]), at);
                case DslKind.Account when method.Name == "PrivateZone" && a.Length == 1:
                    return Dsl(DslKind.PrivateZone, _model.AddPrivateZone(self, S(a[0]), s.Call, s[0]), at);
                case DslKind.Account when method.Name == "LinkAccount" && a.Length == 2 && Is(a[0], DslKind.Account):
                    _model.LinkAccount(self, Index(a[0]), S(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.Account when method.Name == "LinkAccount" && a.Length == 1 && Is(a[0], DslKind.RamUser):
                    _model.LinkRamUser(self, Index(a[0]), s.Call, s[0]);
                    return Value.Object(receiver, at);
                case DslKind.Account when method.Name == "Cen" && a.Length == 1:
                    return Dsl(DslKind.Cen, _model.AddCen(self, S(a[0]), s.Call, s[0]), at);
                case DslKind.PrivateZone when method.Name == "Record" && a.Length == 2:
                    _model.AddRecord(self, S(a[0]), S(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.PrivateZone when method.Name == "EffectiveIn" && a.Length == 1 && Is(a[0], DslKind.Vpc):
                    _model.MakeEffectiveIn(self, Index(a[0]), s.Call, s[0]);
                    return Value.Object(receiver, at);
                case DslKind.Vpc when method.Name == "VSwitch" && a.Length == 4:
                    _model.AddVSwitch(self, S(a[0]), S(a[1]), S(a[2]), S(a[3]), s.Call, s[0], s[1], s[2], s[3]);
                    return Value.Object(receiver, at);
                case DslKind.Vpc when method.Name == "Ecs" && a.Length == 2:
                    _model.AddEcs(self, S(a[0]), S(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.Vpc when method.Name == "Ecs" && a.Length == 3 && Is(a[2], DslKind.SecurityGroup):
                    _model.AddEcs(self, S(a[0]), S(a[1]), s.Call, s[0], s[1], Index(a[2]));
                    return Value.Object(receiver, at);
                case DslKind.Vpc when method.Name == "SecurityGroup" && a.Length == 2:
                    return Dsl(DslKind.SecurityGroup, _model.AddSecurityGroup(self, S(a[0]), (SecurityGroupType)a[1].Bits, s.Call, s[0], s[1]), at);
                case DslKind.SecurityGroup when method.Name == "AllowInbound" && a.Length == 4:
                    _model.AllowInbound(self, (ProtocolKind)a[0].Bits, S(a[1]), a[2].AsInt32, a[3].AsInt32, s.Call, s[1], s[0], s[2], s[3]);
                    return Value.Object(receiver, at);
                case DslKind.TransitRouter when method.Name == "Connect" && a.Length == 2 && Is(a[0], DslKind.TransitRouter):
                    _model.Connect(self, Index(a[0]), S(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.Vpc when method.Name == "GrantTo" && a.Length == 2 && Is(a[0], DslKind.Cen):
                    _model.GrantTo(self, Index(a[0]), (PayerKind)a[1].Bits, s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.Vpc when method.Name == "Grant" && a.Length == 3:
                    _model.Grant(self, S(a[0]), S(a[1]), (PayerKind)a[2].Bits, s.Call, s[0], s[1], s[2]);
                    return Value.Object(receiver, at);
                case DslKind.Cen when method.Name == "TransitRouter" && a.Length == 1:
                    return Dsl(DslKind.TransitRouter, _model.TransitRouter(self, S(a[0]), s.Call, s[0]), at);
                case DslKind.TransitRouter when method.Name == "Attach" && a.Length == 6 && Is(a[0], DslKind.Vpc):
                    return Dsl(DslKind.Attachment, _model.Attach(self, Index(a[0]), S(a[1]), a[2].AsBool, a[3].AsBool, a[4].AsBool, a[5].AsBool, s.Call, s[0], s[1]), at);
                case DslKind.TransitRouter when method.Name == "RouteTable" && a.Length == 1:
                    return Dsl(DslKind.TransitRouterRouteTable, _model.RouteTable(self, S(a[0]), s.Call, s[0]), at);
                case DslKind.Attachment when method.Name == "AssociateWith" && a.Length == 1 && Is(a[0], DslKind.TransitRouterRouteTable):
                    _model.AssociateWith(self, Index(a[0]), s.Call, s[0]);
                    return Value.Object(receiver, at);
                case DslKind.Attachment when method.Name == "PropagateTo" && a.Length == 1 && Is(a[0], DslKind.TransitRouterRouteTable):
                    _model.PropagateTo(self, Index(a[0]), s.Call, s[0]);
                    return Value.Object(receiver, at);
                case DslKind.TransitRouterRouteTable when method.Name == "Route" && a.Length == 2 && Is(a[1], DslKind.Attachment):
                    _model.AddStaticRoute(self, S(a[0]), Index(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                case DslKind.TransitRouterRouteTable when method.Name == "Blackhole" && a.Length == 1:
                    _model.AddStaticRoute(self, S(a[0]), -1, s.Call, s[0], s.Call);
                    return Value.Object(receiver, at);
                case DslKind.Vpc when method.Name == "Route" && a.Length == 2 && Is(a[1], DslKind.Attachment):
                    _model.AddVpcRoute(self, S(a[0]), Index(a[1]), s.Call, s[0], s[1]);
                    return Value.Object(receiver, at);
                default:
                    return evaluator.Fail(at, "'" + method.ContainingType.Name + "." + method.Name + "' is not supported by the generator yet");
            }
        }

        /// <summary>The DSL objects' read-only properties: names, and the objects and values they were declared with.</summary>
        public Value ReadProperty(DslHandle receiver, string property, SyntaxNode at, TopologyEvaluator evaluator)
        {
            var model = _model;
            int i = receiver.Index;
            object? result = (receiver.Kind, property) switch
            {
                (DslKind.Account, "Name") => model.AccountName(i),
                (DslKind.Account, "Uid") => model.AccountUid(i),
                (DslKind.Vpc, "Name") => model.VpcName(i),
                (DslKind.Vpc, "Region") => model.VpcRegion(i),
                (DslKind.Vpc, "Cidr") => model.VpcCidr(i),
                (DslKind.Vpc, "Ipv6Cidr") => model.VpcIpv6Cidr(i),
                (DslKind.Cen, "Name") => model.CenName(i),
                (DslKind.TransitRouter, "Region") => model.TransitRouterRegion(i),
                (DslKind.Attachment, "Name") => model.AttachmentName(i),
                (DslKind.RamUser, "Name") => model.RamUserName(i),
                (DslKind.PrivateZone, "Name") => model.ZoneName(i),
                (DslKind.TransitRouterRouteTable, "Name") => model.RouteTableName(i),
                (DslKind.SecurityGroup, "Name") => model.SecurityGroupName(i),
                _ => null,
            };
            switch (result)
            {
                case DslHandle handle: return Value.Object(handle, at);
                case string text when Unknown.Is(text): return Value.Unknown;
                case string text: return Value.String(text, at);
                case null when property == "Ipv6Cidr": return Value.Null(at);
                default: return evaluator.Fail(at, "'" + receiver.Kind + "." + property + "' is not evaluated at compile time");
            }
        }

        private static string? S(Value value) => value.IsUnknown ? Unknown.Text : value.AsString;

        private static bool Is(Value value, DslKind kind) => value.Ref is DslHandle handle && handle.Kind == kind;

        private static int Index(Value value) => ((DslHandle)value.Ref!).Index;

        private static bool IsString(ITypeSymbol type) => type.SpecialType == SpecialType.System_String;
    }
}
