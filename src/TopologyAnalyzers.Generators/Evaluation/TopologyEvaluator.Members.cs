using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TopologyAnalyzers.Generators.Evaluation
{
    internal sealed partial class TopologyEvaluator
    {
        // Static fields and auto-properties start from their initializers, as on a first run (SPEC 2b).
        private readonly Dictionary<ISymbol, Value> _statics = new Dictionary<ISymbol, Value>(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> _staticallyConstructed = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IPropertySymbol, IFieldSymbol?> _backingFields = new Dictionary<IPropertySymbol, IFieldSymbol?>(SymbolEqualityComparer.Default);

        private Value ReadField(IFieldReferenceOperation reference)
        {
            var field = reference.Field;
            if (field.IsStatic) return ReadStatic(field, reference.Syntax);
            var instance = reference.Instance is null ? _this : Evaluate(reference.Instance);
            if (instance.IsUnknown) return instance;
            if (instance.Ref is TupleValue tuple) return TupleItem(tuple, field, reference.Syntax);
            if (instance.Ref is ObjectValue obj)
            {
                if (IsPoisoned(instance)) return Value.Unknown;
                return obj.Storage.TryGetValue(field, out var value) ? value : DefaultOf(field.Type, reference.Syntax);
            }
            if (instance.IsNull) throw NullReference(reference.Instance?.Syntax ?? reference.Syntax);
            return Fail(reference.Syntax, "Field '" + field.ContainingType.Name + "." + field.Name + "' is not evaluated at compile time");
        }

        private Value TupleItem(TupleValue tuple, IFieldSymbol field, SyntaxNode at)
        {
            var element = field.CorrespondingTupleField ?? field;
            int index = element.Name.StartsWith("Item", System.StringComparison.Ordinal) && int.TryParse(element.Name.Substring(4), out int n) ? n - 1 : -1;
            if (index < 0 || index >= tuple.Items.Length) return Fail(at, "Tuple element '" + field.Name + "' is not evaluated at compile time");
            return tuple.Items[index];
        }

        private Value ReadStatic(ISymbol member, SyntaxNode at)
        {
            if (_deferredFailures.TryGetValue(member, out var failures))
            {
                _deferredFailures.Remove(member);
                foreach (var (spot, reason) in failures) Report(spot, reason);
            }
            if (_statics.TryGetValue(member, out var value)) return value;
            var type = member.ContainingType;
            if (!IsInSource(type)) return _builtins.StaticMember(member, at);
            EnsureStaticConstructor(type);
            if (_statics.TryGetValue(member, out value)) return value;
            return InitializeStatic(member, at);
        }

        /// <summary>
        /// On first use of a type's statics, its static initializers run in declaration order, then its static
        /// constructor, as the type initializer does before the method reads any of them.
        /// </summary>
        private void EnsureStaticConstructor(INamedTypeSymbol type)
        {
            if (!_staticallyConstructed.Add(type)) return;
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic && (member is IFieldSymbol { IsConst: false, AssociatedSymbol: null } || IsAutoProperty(member)))
                {
                    if (!_statics.ContainsKey(member)) InitializeStaticDeferringFailures(member);
                }
            }
            foreach (var constructor in type.StaticConstructors)
            {
                if (!constructor.IsImplicitlyDeclared) CallMethod(constructor, Value.Unknown, System.Array.Empty<Value>(), null);
            }
        }

        // What could not be evaluated in the initializer of a static the method has not read (yet): said when it reads it.
        private readonly Dictionary<ISymbol, List<(Spot, string)>> _deferredFailures = new Dictionary<ISymbol, List<(Spot, string)>>(SymbolEqualityComparer.Default);
        private List<(Spot, string)>? _capturedFailures;

        /// <summary>
        /// Runs a static initializer as the type initializer does, keeping quiet about what cannot be evaluated in it
        /// until the method reads that field: a type may hold statics the topology never uses (the generated members'
        /// own, a random number generator).
        /// </summary>
        private void InitializeStaticDeferringFailures(ISymbol member)
        {
            var outer = _capturedFailures;
            var captured = _capturedFailures = new List<(Spot, string)>();
            try
            {
                InitializeStatic(member, null);
            }
            catch (EvaluationAbort abort)
            {
                captured.Add((abort.At, abort.Message));
                _statics[member] = Value.Unknown;
            }
            finally
            {
                _capturedFailures = outer;
            }
            if (captured.Count > 0) _deferredFailures[member] = captured;
        }

        private Value InitializeStatic(ISymbol member, SyntaxNode? at)
        {
            var type = member is IFieldSymbol f ? f.Type : ((IPropertySymbol)member).Type;
            // A cycle of initializers reads the default, as C# does.
            _statics[member] = DefaultOf(type, at);
            var initializer = InitializerOf(member);
            if (initializer is null) return _statics[member];
            var saved = (_scope, _this);
            _scope = new Scope(null);
            _this = Value.Unknown;
            try
            {
                var value = Copies.OnStore(Evaluate(initializer));
                _statics[member] = value;
                return value;
            }
            finally
            {
                (_scope, _this) = saved;
            }
        }

        /// <summary>The initializer expression of a field or auto-property declared in source, bound in its own file.</summary>
        private IOperation? InitializerOf(ISymbol member)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(_cancellationToken);
                EqualsValueClauseSyntax? clause = syntax switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Initializer,
                    PropertyDeclarationSyntax property => property.Initializer,
                    _ => null,
                };
                if (clause is null) continue;
                var operation = _files.OperationOf(clause);
                return operation is ISymbolInitializerOperation initializer ? initializer.Value : null;
            }
            return null;
        }

        private Value ReadProperty(IPropertyReferenceOperation reference)
        {
            var property = reference.Property;
            if (property.IsStatic)
            {
                if (IsAutoProperty(property)) return ReadStatic(property, reference.Syntax);
                if (!IsInSource(property.ContainingType)) return _builtins.StaticMember(property, reference.Syntax);
                return CallAccessor(property.GetMethod, Value.Unknown, reference, reference.Syntax);
            }
            var instance = reference.Instance is null ? _this : Evaluate(reference.Instance);
            if (instance.IsUnknown) return instance;
            if (instance.IsNull) throw NullReference(reference.Instance?.Syntax ?? reference.Syntax);
            if (instance.Ref is DslHandle handle) return _dsl.ReadProperty(handle, property.Name, reference.Syntax, this);
            if (instance.Ref is ObjectValue anonymous && anonymous.Type.IsAnonymousType)
            {
                return anonymous.Storage.TryGetValue(property.OriginalDefinition, out var member) || anonymous.Storage.TryGetValue(property, out member) ? member : Value.Unknown;
            }
            if (instance.Ref is ObjectValue obj && IsInSource(property.ContainingType))
            {
                if (IsPoisoned(instance)) return Value.Unknown;
                var backing = BackingField(property);
                if (backing != null && reference.Arguments.Length == 0)
                {
                    var stored = obj.Storage.TryGetValue(backing, out var value) ? value : DefaultOf(property.Type, reference.Syntax);
                    return Copies.OnStore(stored);
                }
                var getter = Implementation(property.GetMethod, obj.Type);
                return CallAccessor(getter, instance, reference, reference.Syntax);
            }
            if (IsPoisoned(instance)) return Value.Unknown;
            var arguments = EvaluateArguments(reference.Arguments, property.Parameters.Length);
            if (arguments is null) return Value.Unknown;
            return _builtins.InstanceProperty(property, instance, arguments, reference.Syntax);
        }

        private Value CallAccessor(IMethodSymbol? accessor, Value instance, IPropertyReferenceOperation reference, SyntaxNode at)
        {
            if (accessor is null) return Fail(at, "Property '" + reference.Property.Name + "' has no getter");
            var arguments = EvaluateArguments(reference.Arguments, accessor.Parameters.Length);
            return arguments is null ? Value.Unknown : CallMethod(accessor, instance, arguments, at);
        }

        private Value ReadElement(IArrayElementReferenceOperation reference)
        {
            var array = Evaluate(reference.ArrayReference);
            if (array.IsUnknown || IsPoisoned(array)) return Value.Unknown;
            if (array.IsNull) throw NullReference(reference.ArrayReference.Syntax);
            if (reference.Indices.Length != 1 || !(array.Ref is ArrayValue items)) return Fail(reference.Syntax, "A multi-dimensional array cannot be evaluated at compile time");
            var index = Evaluate(reference.Indices[0]);
            if (index.IsUnknown) return index;
            return items.Items[CheckIndex(index, items.Items.Length, reference.Syntax)];
        }

        internal int CheckIndex(Value index, int length, SyntaxNode at)
        {
            long i = index.Ref is IndexFromEnd fromEnd ? length - (long)fromEnd.Value : index.Bits;
            if (i < 0 || i >= length) throw Throw(at, "IndexOutOfRangeException", "Index was outside the bounds of the array.");
            return (int)i;
        }

        /// <summary>Stores <paramref name="value"/> in <paramref name="target"/> (copying a struct, as C# does) and returns it.</summary>
        private Value Assign(IOperation target, Value value)
        {
            value = Copies.OnStore(value);
            switch (target)
            {
                case ILocalReferenceOperation local:
                    if (!_scope.TrySet(local.Local, value)) _scope.Declare(local.Local, value);
                    return value;
                case IParameterReferenceOperation parameter:
                    if (!_scope.TrySet(parameter.Parameter, value) && _this.Ref is ObjectValue owner) owner.Storage[parameter.Parameter] = value;
                    return value;
                case IDiscardOperation _:
                    return value;
                case IDeclarationExpressionOperation declaration:
                    return Assign(declaration.Expression, value);
                case IFieldReferenceOperation field:
                    if (field.Field.IsStatic)
                    {
                        if (!IsInSource(field.Field.ContainingType)) return Fail(target.Syntax, "Field '" + field.Field.Name + "' is outside the user's code");
                        EnsureStaticConstructor(field.Field.ContainingType);
                        _statics[field.Field] = value;
                        return value;
                    }
                    var fieldOwner = field.Instance is null ? _this : Evaluate(field.Instance);
                    if (fieldOwner.Ref is ObjectValue instance) instance.Storage[field.Field] = value;
                    else if (fieldOwner.Ref is TupleValue tuple) AssignTupleItem(tuple, field.Field, value);
                    else if (fieldOwner.IsNull) throw NullReference(field.Instance?.Syntax ?? target.Syntax);
                    return value;
                case IPropertyReferenceOperation property:
                    return AssignProperty(property, value);
                case IArrayElementReferenceOperation element:
                    var array = Evaluate(element.ArrayReference);
                    if (array.IsUnknown) return value;
                    if (array.IsNull) throw NullReference(element.ArrayReference.Syntax);
                    var index = Evaluate(element.Indices[0]);
                    if (array.Ref is ArrayValue items && !index.IsUnknown) items.Items[CheckIndex(index, items.Items.Length, element.Syntax)] = value;
                    return value;
                case IMemberInitializerOperation _:
                    return value;
                default:
                    return Fail(target.Syntax, "Assigning to '" + Abbreviate(target.Syntax.ToString()) + "' cannot be evaluated at compile time");
            }
        }

        private void AssignTupleItem(TupleValue tuple, IFieldSymbol field, Value value)
        {
            var element = field.CorrespondingTupleField ?? field;
            if (element.Name.StartsWith("Item", System.StringComparison.Ordinal) && int.TryParse(element.Name.Substring(4), out int n)
                && n >= 1 && n <= tuple.Items.Length)
            {
                tuple.Items[n - 1] = value;
            }
        }

        private Value AssignProperty(IPropertyReferenceOperation reference, Value value)
        {
            var property = reference.Property;
            if (property.IsStatic)
            {
                if (!IsAutoProperty(property)) return CallSetter(property, Value.Unknown, reference, value);
                EnsureStaticConstructor(property.ContainingType);
                _statics[property] = value;
                return value;
            }
            var instance = reference.Instance is null ? _this : Evaluate(reference.Instance);
            if (instance.IsUnknown) return value;
            if (instance.IsNull) throw NullReference(reference.Instance?.Syntax ?? reference.Syntax);
            if (instance.Ref is ObjectValue obj && IsInSource(property.ContainingType))
            {
                var backing = BackingField(property);
                if (backing != null && reference.Arguments.Length == 0)
                {
                    obj.Storage[backing] = value;
                    return value;
                }
                return CallSetter(property, instance, reference, value);
            }
            var arguments = EvaluateArguments(reference.Arguments, property.Parameters.Length);
            if (arguments is null) return value;
            _builtins.SetIndexer(property, instance, arguments, value, reference.Syntax);
            return value;
        }

        private Value CallSetter(IPropertySymbol property, Value instance, IPropertyReferenceOperation reference, Value value)
        {
            var setter = instance.Ref is ObjectValue obj ? Implementation(property.SetMethod, obj.Type) : property.SetMethod;
            if (setter is null) return Fail(reference.Syntax, "Property '" + property.Name + "' has no setter");
            var arguments = EvaluateArguments(reference.Arguments, property.Parameters.Length);
            if (arguments is null) return value;
            var all = new Value[arguments.Length + 1];
            arguments.CopyTo(all, 0);
            all[arguments.Length] = value;
            CallMethod(setter, instance, all, reference.Syntax);
            return value;
        }

        /// <summary><c>var (a, b) = x</c>, <c>(a, b) = (b, a)</c>, <c>foreach (var (k, v) in dict)</c>: tuples, KeyValuePairs, records, Deconstruct methods.</summary>
        private void Deconstruct(IOperation target, Value source, SyntaxNode at, bool declare)
        {
            if (target is IDeclarationExpressionOperation declaration) target = declaration.Expression;
            if (!(target is ITupleOperation tuple))
            {
                if (target is IDiscardOperation) return;
                if (declare && target is ILocalReferenceOperation local) _scope.Declare(local.Local, Copies.OnStore(source));
                else Assign(target, source);
                return;
            }
            var parts = Parts(source, tuple.Elements.Length, at);
            for (int i = 0; i < tuple.Elements.Length; i++)
            {
                var part = parts?[i] ?? Value.Unknown;
                var element = tuple.Elements[i];
                if (element is IDeclarationExpressionOperation inner) element = inner.Expression;
                if (element is ITupleOperation) Deconstruct(element, part, at, declare);
                else if (element is IDiscardOperation) continue;
                else if (element is ILocalReferenceOperation local && (declare || !_scope.TryGet(local.Local, out _))) _scope.Declare(local.Local, Copies.OnStore(Convert(part, local.Type, false, false, at)));
                else Assign(element, Convert(part, element.Type, false, false, at));
            }
        }

        private Value[]? Parts(Value source, int count, SyntaxNode at)
        {
            if (source.IsUnknown) return null;
            if (source.IsNull) throw NullReference(at);
            if (source.Ref is TupleValue tuple && tuple.Items.Length == count) return tuple.Items;
            if (source.Ref is ObjectValue obj)
            {
                var deconstruct = DeconstructMethod(obj.Type, count);
                if (deconstruct != null && !deconstruct.IsImplicitlyDeclared)
                {
                    var outs = new Value[count];
                    CallMethod(deconstruct, source, outs, at);
                    return outs;
                }
                var positional = PositionalProperties(obj.Type);
                if (positional.Count == count)
                {
                    var parts = new Value[count];
                    for (int i = 0; i < count; i++) parts[i] = ReadBacking(obj, positional[i], at);
                    return parts;
                }
            }
            Fail(at, "This deconstruction cannot be evaluated at compile time");
            return null;
        }

        private static IMethodSymbol? DeconstructMethod(INamedTypeSymbol type, int count)
        {
            foreach (var member in type.GetMembers("Deconstruct"))
            {
                if (member is IMethodSymbol method && method.Parameters.Length == count) return method;
            }
            return null;
        }

        private Value ReadBacking(ObjectValue obj, IPropertySymbol property, SyntaxNode at)
        {
            var backing = BackingField(property);
            if (backing != null && obj.Storage.TryGetValue(backing, out var value)) return value;
            return DefaultOf(property.Type, at);
        }

        internal IFieldSymbol? BackingField(IPropertySymbol property)
        {
            property = property.OriginalDefinition;
            if (_backingFields.TryGetValue(property, out var field)) return field;
            field = null;
            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol candidate && SymbolEqualityComparer.Default.Equals(candidate.AssociatedSymbol, property)) field = candidate;
            }
            _backingFields[property] = field;
            return field;
        }

        private bool IsAutoProperty(ISymbol member) => member is IPropertySymbol property && BackingField(property) != null;

        private readonly Dictionary<INamedTypeSymbol, bool> _inSource = new Dictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>Whether the type is declared in the user's compilation (so its members run from source); once per type.</summary>
        internal bool IsInSource(INamedTypeSymbol? type)
        {
            if (type is null) return false;
            if (!_inSource.TryGetValue(type, out bool inSource))
            {
                inSource = type.DeclaringSyntaxReferences.Length > 0 && !DslTypes.IsDslNamespace(type.ContainingNamespace)
                    && _files.Compilation.ContainsSyntaxTree(type.DeclaringSyntaxReferences[0].SyntaxTree);
                _inSource.Add(type, inSource);
            }
            return inSource;
        }

        /// <summary>The default value of <paramref name="type"/>: zero, false, null, or a struct of defaults.</summary>
        internal Value DefaultOf(ITypeSymbol? type, SyntaxNode? origin)
        {
            if (type is null) return Value.Null(origin);
            if (type.TypeKind == TypeKind.Enum) return Value.Enum(type, 0, origin);
            var kind = Numbers.KindOf(type);
            if (kind >= ValueKind.Bool && kind <= ValueKind.Decimal)
            {
                return kind == ValueKind.Decimal ? Value.Decimal(0m, origin) : Value.Primitive(kind, 0, origin);
            }
            if (type.IsTupleType && type is INamedTypeSymbol tuple)
            {
                var items = new Value[tuple.TupleElements.Length];
                for (int i = 0; i < items.Length; i++) items[i] = DefaultOf(tuple.TupleElements[i].Type, origin);
                return Value.Object(new TupleValue(items), origin);
            }
            if (type.IsValueType && type is INamedTypeSymbol named && IsInSource(named))
            {
                var instance = new ObjectValue(named);
                InitializeDefaults(instance);
                return Value.Object(instance, origin);
            }
            return Value.Null(origin);
        }

        /// <summary>Whether the value's run-time type is <paramref name="type"/> or derives from it (<c>is T</c>, casts).</summary>
        internal bool IsOfType(Value value, ITypeSymbol type)
        {
            if (value.IsNull || value.IsUnknown) return false;
            if (type.SpecialType == SpecialType.System_Object) return true;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            switch (value.Kind)
            {
                case ValueKind.String: return type.SpecialType == SpecialType.System_String || type.Name == "IEnumerable" || type.Name == "IComparable";
                case ValueKind.Enum: return SymbolEqualityComparer.Default.Equals((ITypeSymbol)value.Ref!, type) || type.SpecialType == SpecialType.System_Enum;
                case ValueKind.Object: break;
                default: return Numbers.KindOf(type) == value.Kind;
            }
            switch (value.Ref)
            {
                case DslHandle handle: return DslTypes.Classify(type) == handle.Kind;
                case ObjectValue obj:
                    for (INamedTypeSymbol? t = obj.Type; t != null; t = t.BaseType)
                    {
                        if (SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, type.OriginalDefinition)) return true;
                    }
                    foreach (var implemented in obj.Type.AllInterfaces)
                    {
                        if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, type.OriginalDefinition)) return true;
                    }
                    return false;
                case TupleValue tuple: return tuple.IsKeyValuePair ? type.Name == "KeyValuePair" : type.IsTupleType;
                case ArrayValue array:
                    return type is IArrayTypeSymbol arrayType
                        ? SymbolEqualityComparer.Default.Equals(arrayType.ElementType, array.ElementType) || arrayType.ElementType.SpecialType == SpecialType.System_Object && !array.ElementType.IsValueType
                        : type.SpecialType == SpecialType.System_Array || type.TypeKind == TypeKind.Interface;
                case List<Value> _: return IsCollection(type, "List`1");
                case Dictionary<Value, Value> _: return IsCollection(type, "Dictionary`2");
                case HashSet<Value> _: return IsCollection(type, "HashSet`1");
                case Closure _: return type.TypeKind == TypeKind.Delegate;
                default: return type.TypeKind == TypeKind.Interface;
            }
        }

        private static bool IsCollection(ITypeSymbol type, string metadataName) =>
            type.TypeKind == TypeKind.Interface
            || type is INamedTypeSymbol named && Builtins.TypeName(named.OriginalDefinition) == "System.Collections.Generic." + metadataName;

        internal static EvaluationAbort NullReference(SyntaxNode at) => Throw(at, "NullReferenceException", "Object reference not set to an instance of an object.");
    }
}
