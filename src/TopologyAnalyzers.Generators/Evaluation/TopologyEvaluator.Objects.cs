using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TopologyAnalyzers.Generators.Evaluation
{
    internal sealed partial class TopologyEvaluator
    {
        private readonly Dictionary<INamedTypeSymbol, List<(ISymbol Member, IOperation? Initializer)>> _instanceMembers =
            new Dictionary<INamedTypeSymbol, List<(ISymbol, IOperation?)>>(SymbolEqualityComparer.Default);

        private Value Create(IObjectCreationOperation creation)
        {
            var type = creation.Type as INamedTypeSymbol;
            var constructor = creation.Constructor;
            var arguments = EvaluateArguments(creation.Arguments, constructor?.Parameters.Length ?? 0);
            if (type is null || arguments is null) return Value.Unknown;
            Value created;
            if (IsInSource(type) && constructor != null)
            {
                var instance = new ObjectValue(type);
                InitializeDefaults(instance);
                created = Value.Object(instance, creation.Syntax);
                RunConstructor(instance, created, constructor, arguments, creation.Syntax);
            }
            else
            {
                var made = _builtins.Construct(type, constructor, arguments, creation.Syntax);
                if (!made.HasValue) return Fail(creation.Syntax, "Creating '" + type.Name + "' is not evaluated at compile time");
                created = made.Value;
                if (created.IsUnknown) return created;
            }
            if (creation.Initializer != null) Initialize(created, creation.Initializer);
            return created;
        }

        /// <summary>An object or collection initializer: <c>{ Name = x }</c>, <c>{ a, b }</c>, <c>{ ["k"] = v }</c>.</summary>
        private void Initialize(Value target, IObjectOrCollectionInitializerOperation initializer)
        {
            _implicitReceivers.Add(target);
            try
            {
                foreach (var part in initializer.Initializers)
                {
                    if (part is IMemberInitializerOperation member)
                    {
                        var inner = Evaluate(member.InitializedMember);
                        Initialize(inner, member.Initializer);
                    }
                    else Evaluate(part);
                }
            }
            finally
            {
                _implicitReceivers.RemoveAt(_implicitReceivers.Count - 1);
            }
        }

        private Value CreateAnonymous(IAnonymousObjectCreationOperation creation)
        {
            var instance = new ObjectValue((INamedTypeSymbol)creation.Type!);
            foreach (var initializer in creation.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    instance.Storage[property.Property] = Copies.OnStore(Evaluate(assignment.Value));
                }
            }
            return Value.Object(instance, creation.Syntax);
        }

        private Value CreateArray(IArrayCreationOperation creation)
        {
            var elementType = ((IArrayTypeSymbol)creation.Type!).ElementType;
            if (creation.DimensionSizes.Length != 1) return Fail(creation.Syntax, "A multi-dimensional array cannot be evaluated at compile time");
            var size = Evaluate(creation.DimensionSizes[0]);
            if (size.IsUnknown) return size;
            if (size.Bits < 0) throw Throw(creation.Syntax, "OverflowException", "Arithmetic operation resulted in an overflow.");
            Charge(size.Bits, creation.Syntax);
            var items = new Value[size.Bits];
            if (creation.Initializer != null)
            {
                var values = creation.Initializer.ElementValues;
                for (int i = 0; i < values.Length && i < items.Length; i++) items[i] = Copies.OnStore(Evaluate(values[i]));
            }
            else
            {
                for (int i = 0; i < items.Length; i++) items[i] = DefaultOf(elementType, creation.Syntax);
            }
            return Value.Object(new ArrayValue(items, elementType), creation.Syntax);
        }

        /// <summary><c>[a, b, ..rest]</c>: an array, a list or a set, as the target type asks.</summary>
        private Value CreateCollection(IOperation collection)
        {
            var items = new List<Value>();
            foreach (var element in collection.ChildOperations)
            {
                if (element.Kind == SpreadKind)
                {
                    IOperation? operand = null;
                    foreach (var child in element.ChildOperations) { operand = child; break; }
                    if (operand is null) return Value.Unknown;
                    var spread = Enumerate(Evaluate(operand), element.Syntax);
                    if (spread is null) return Value.Unknown;
                    foreach (var item in spread) items.Add(Copies.OnStore(item));
                }
                else items.Add(Copies.OnStore(Evaluate(element)));
            }
            return _builtins.FromItems(collection.Type, items, collection.Syntax) ?? Fail(collection.Syntax, "This collection expression's type cannot be evaluated at compile time");
        }

        private Value EvaluateWith(IWithOperation with)
        {
            var source = Evaluate(with.Operand);
            if (source.IsUnknown) return source;
            if (source.IsNull) throw NullReference(with.Operand.Syntax);
            Value copy;
            if (source.Ref is ObjectValue obj) copy = Value.Object(obj.Clone(), with.Syntax);
            else if (source.Ref is TupleValue tuple) copy = Value.Object(tuple.Clone(), with.Syntax);
            else return Fail(with.Syntax, "This 'with' cannot be evaluated at compile time");
            Initialize(copy, with.Initializer);
            return copy;
        }

        /// <summary>Every instance field and auto-property starts at its type's default.</summary>
        private void InitializeDefaults(ObjectValue instance)
        {
            for (INamedTypeSymbol? type = instance.Type; type != null && IsInSource(type); type = type.BaseType)
            {
                foreach (var (member, _) in InstanceMembers(type))
                {
                    if (member is IFieldSymbol field) instance.Storage[field] = DefaultOf(field.Type, null);
                }
            }
        }

        /// <summary>The instance fields (auto-property backing fields included) of a type, with their initializers, in declaration order.</summary>
        private List<(ISymbol Member, IOperation? Initializer)> InstanceMembers(INamedTypeSymbol type)
        {
            type = type.OriginalDefinition;
            if (_instanceMembers.TryGetValue(type, out var members)) return members;
            members = new List<(ISymbol, IOperation?)>();
            foreach (var member in type.GetMembers())
            {
                if (!(member is IFieldSymbol field) || field.IsStatic || field.IsConst) continue;
                var declared = field.AssociatedSymbol ?? field;
                members.Add((field, InitializerOf(declared)));
            }
            _instanceMembers[type] = members;
            return members;
        }

        /// <summary>
        /// C#'s construction order: a <c>this(...)</c> initializer runs the other constructor; otherwise the type's field
        /// initializers run, then the base constructor, then the body. A record's or class's primary constructor also
        /// sets the positional properties and keeps its parameters for the members that read them.
        /// </summary>
        private void RunConstructor(ObjectValue instance, Value self, IMethodSymbol constructor, Value[] arguments, SyntaxNode at)
        {
            var type = constructor.ContainingType;
            SyntaxNode? syntax = constructor.DeclaringSyntaxReferences.Length > 0 ? constructor.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) : null;
            var saved = (_scope, _this);
            _scope = new Scope(null);
            _this = self;
            try
            {
                var parameters = constructor.Parameters;
                for (int i = 0; i < parameters.Length && i < arguments.Length; i++) _scope.Declare(parameters[i], Copies.OnStore(arguments[i]));

                if (syntax is TypeDeclarationSyntax declaration)
                {
                    for (int i = 0; i < parameters.Length && i < arguments.Length; i++)
                    {
                        instance.Storage[parameters[i]] = Copies.OnStore(arguments[i]);
                        var positional = PositionalProperty(type, parameters[i]);
                        var backing = positional is null ? null : BackingField(positional);
                        if (backing != null) instance.Storage[backing] = Copies.OnStore(arguments[i]);
                    }
                    RunInitializers(instance, type);
                    RunBaseConstructor(instance, self, declaration, at);
                    return;
                }
                if (syntax is ConstructorDeclarationSyntax && _files.OperationOf(syntax) is IConstructorBodyOperation body)
                {
                    if (body.Initializer is IExpressionStatementOperation { Operation: IInvocationOperation chained } && chained.TargetMethod.MethodKind == MethodKind.Constructor)
                    {
                        var chainedArguments = EvaluateArguments(chained.Arguments, chained.TargetMethod.Parameters.Length) ?? new Value[chained.TargetMethod.Parameters.Length];
                        bool callsThis = SymbolEqualityComparer.Default.Equals(chained.TargetMethod.ContainingType, type);
                        if (!callsThis) RunInitializers(instance, type);
                        if (IsInSource(chained.TargetMethod.ContainingType)) RunConstructor(instance, self, chained.TargetMethod, chainedArguments, chained.Syntax);
                    }
                    else
                    {
                        RunInitializers(instance, type);
                        RunImplicitBase(instance, self, type, at);
                    }
                    var block = (IOperation?)body.BlockBody ?? body.ExpressionBody;
                    if (block != null) Execute(block);
                    return;
                }
                // An implicit constructor: the field initializers and the base's parameterless constructor.
                RunInitializers(instance, type);
                RunImplicitBase(instance, self, type, at);
            }
            finally
            {
                (_scope, _this) = saved;
            }
        }

        private void RunInitializers(ObjectValue instance, INamedTypeSymbol type)
        {
            foreach (var (member, initializer) in InstanceMembers(type))
            {
                if (initializer != null) instance.Storage[member] = Copies.OnStore(Evaluate(initializer));
            }
        }

        private void RunImplicitBase(ObjectValue instance, Value self, INamedTypeSymbol type, SyntaxNode at)
        {
            var baseType = type.BaseType;
            if (baseType is null || !IsInSource(baseType)) return;
            foreach (var candidate in baseType.InstanceConstructors)
            {
                if (candidate.Parameters.Length == 0) RunConstructor(instance, self, candidate, System.Array.Empty<Value>(), at);
            }
        }

        private void RunBaseConstructor(ObjectValue instance, Value self, TypeDeclarationSyntax declaration, SyntaxNode at)
        {
            PrimaryConstructorBaseTypeSyntax? baseSyntax = null;
            if (declaration.BaseList != null)
            {
                foreach (var entry in declaration.BaseList.Types)
                {
                    if (entry is PrimaryConstructorBaseTypeSyntax primary) baseSyntax = primary;
                }
            }
            if (baseSyntax is null)
            {
                RunImplicitBase(instance, self, instance.Type, at);
                return;
            }
            var operation = _files.OperationOf(baseSyntax);
            if (operation is IInvocationOperation call && IsInSource(call.TargetMethod.ContainingType))
            {
                var arguments = EvaluateArguments(call.Arguments, call.TargetMethod.Parameters.Length) ?? new Value[call.TargetMethod.Parameters.Length];
                RunConstructor(instance, self, call.TargetMethod, arguments, baseSyntax);
            }
        }

        /// <summary>The property a positional record parameter declares (absent when the record declares it itself).</summary>
        private static IPropertySymbol? PositionalProperty(INamedTypeSymbol type, IParameterSymbol parameter)
        {
            if (!type.IsRecord) return null;
            foreach (var member in type.GetMembers(parameter.Name))
            {
                if (member is IPropertySymbol property && property.DeclaringSyntaxReferences.Length > 0
                    && property.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax)
                {
                    return property;
                }
            }
            return null;
        }

        /// <summary>A positional record's properties in parameter order (for Deconstruct and printing).</summary>
        private static List<IPropertySymbol> PositionalProperties(INamedTypeSymbol type)
        {
            var properties = new List<IPropertySymbol>();
            if (!type.IsRecord) return properties;
            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.DeclaringSyntaxReferences.Length == 0 || !(constructor.DeclaringSyntaxReferences[0].GetSyntax() is TypeDeclarationSyntax)) continue;
                foreach (var parameter in constructor.Parameters)
                {
                    var property = PositionalProperty(type, parameter);
                    if (property != null) properties.Add(property);
                }
            }
            return properties;
        }
    }
}
