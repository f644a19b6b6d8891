using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// A switch statement or expression read as what the compiler evaluates: its arms in order (a statement's
/// <c>default:</c> last), each a guard flag and a pattern flattened into nodes. Read once per switch on every
/// keystroke, so nothing is allocated per arm: one instance per thread is rented for the callback and cleared
/// when returned, so no operation, symbol or syntax outlives the callback that read it.
/// </summary>
internal sealed class SwitchShape
{
    [ThreadStatic]
    private static SwitchShape? t_free;

    private SwitchPatternNode[] _nodes = new SwitchPatternNode[32];
    private SwitchArm[] _arms = new SwitchArm[16];
    private SemanticModel? _model;
    private CancellationToken _cancellationToken;

    private SwitchShape()
    {
    }

    /// <summary>The switched type without <c>Nullable&lt;T&gt;</c>.</summary>
    public ITypeSymbol? Type { get; private set; }

    /// <summary>The switched type is a <c>Nullable&lt;T&gt;</c>: <c>null</c> is owed.</summary>
    public bool IsNullableValue { get; private set; }

    /// <summary>Where SPARK001/SPARK002 are reported; a token, so a location is made only for a report.</summary>
    public SyntaxToken SwitchKeyword { get; private set; }

    /// <summary>A switch statement (sections of labels), not a switch expression (arms).</summary>
    public bool IsStatement { get; private set; }

    /// <summary>How many sections (statement) or arms (expression) the switch has as written.</summary>
    public int SectionCount { get; private set; }

    public int NodeCount { get; private set; }

    public int ArmCount { get; private set; }

    public ref readonly SwitchPatternNode Node(int index) => ref _nodes[index];

    public ref readonly SwitchArm Arm(int index) => ref _arms[index];

    /// <summary>The switched value, read without reading the arms: lets analyzers skip unrelated switches cheaply.</summary>
    public static IOperation? ValueOf(IOperation operation)
        => operation switch
        {
            ISwitchOperation statement => statement.Value,
            ISwitchExpressionOperation expression => expression.Value,
            _ => null,
        };

    /// <summary>This thread's free shape, or a new one; give it back with <see cref="Return"/> in a <c>finally</c>.</summary>
    public static SwitchShape Rent()
    {
        var shape = t_free ?? new SwitchShape();
        t_free = null;
        return shape;
    }

    /// <summary>Clears every reference the shape holds and keeps it for the next switch on this thread.</summary>
    public void Return()
    {
        Array.Clear(_nodes, 0, NodeCount);
        Array.Clear(_arms, 0, ArmCount);
        NodeCount = 0;
        ArmCount = 0;
        SectionCount = 0;
        IsStatement = false;
        Type = null;
        IsNullableValue = false;
        SwitchKeyword = default;
        _model = null;
        _cancellationToken = default;
        t_free = this;
    }

    /// <summary>
    /// Reads <paramref name="operation"/>; false when it is no switch. <paramref name="types"/> tells the generated
    /// constants apart; the semantic model of the operation answers reachability for "only throws".
    /// </summary>
    public bool Read(IOperation operation, GeneratedTypes types, CancellationToken cancellationToken)
    {
        _model = operation.SemanticModel;
        _cancellationToken = cancellationToken;
        switch (operation)
        {
            case ISwitchOperation { Syntax: SwitchStatementSyntax syntax } statement:
                SetValue(statement.Value.Type, syntax.SwitchKeyword);
                SectionCount = statement.Cases.Length;
                IsStatement = true;
                ReadSections(statement, types);
                return true;

            case ISwitchExpressionOperation { Syntax: SwitchExpressionSyntax syntax } expression:
                SetValue(expression.Value.Type, syntax.SwitchKeyword);
                SectionCount = expression.Arms.Length;
                foreach (var arm in expression.Arms)
                {
                    var root = AddPattern(arm.Pattern, types);
                    var position = new SwitchArm { Section = ArmCount, IsDiscard = arm.Pattern is IDiscardPatternOperation, Guarded = IsGuard(arm.Guard) };
                    AddArm(root, position, static (value, _) => IsThrow(value), arm.Value);
                }

                return true;

            default:
                return false;
        }
    }

    private void SetValue(ITypeSymbol? type, SyntaxToken switchKeyword)
    {
        (Type, IsNullableValue) = SwitchClassifier.Unwrap(type);
        SwitchKeyword = switchKeyword;
    }

    private void ReadSections(ISwitchOperation statement, GeneratedTypes types)
    {
        ISwitchCaseOperation? defaultSection = null;
        var defaultPosition = default(SwitchArm);
        var sectionIndex = 0;
        foreach (var section in statement.Cases)
        {
            var labelIndex = 0;
            foreach (var clause in section.Clauses)
            {
                var position = new SwitchArm { Section = sectionIndex, Label = labelIndex++ };
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        // The compiler tries `default:` after every other label, wherever it is written.
                        defaultSection = section;
                        defaultPosition = position;
                        defaultPosition.IsDefault = true;
                        break;

                    case ISingleValueCaseClauseOperation single:
                        AddArm(AddConstant(single.Value, types), position, static (_, _) => false, section);
                        break;

                    case IPatternCaseClauseOperation pattern:
                        position.Guarded = IsGuard(pattern.Guard);
                        AddArm(AddPattern(pattern.Pattern, types), position, static (body, shape) => shape.OnlyThrows(((ISwitchCaseOperation)body).Body), section);
                        break;
                }
            }

            sectionIndex++;
        }

        if (defaultSection is not null)
        {
            var root = AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.Any, IsCatchAll = true });
            AddArm(root, defaultPosition, static (body, shape) => shape.OnlyThrows(((ISwitchCaseOperation)body).Body), defaultSection);
        }
    }

    /// <summary>
    /// Adds an arm at <paramref name="position"/> (where it is written, whether guarded); "only throws" is asked (it
    /// may run flow analysis) only of an unguarded catch-all.
    /// </summary>
    private void AddArm(int root, SwitchArm position, Func<IOperation, SwitchShape, bool> onlyThrows, IOperation body)
    {
        ref readonly var node = ref _nodes[root];
        var arm = position;
        arm.Root = root;
        arm.IsCatchAll = node.IsCatchAll || (node.Kind == SwitchPatternKind.Not && _nodes[node.Left].Kind == SwitchPatternKind.Null);
        arm.OnlyThrows = arm.IsCatchAll && !arm.Guarded && onlyThrows(body, this);
        if (ArmCount == _arms.Length)
        {
            Array.Resize(ref _arms, _arms.Length * 2);
        }

        _arms[ArmCount++] = arm;
    }

    private int AddNode(SwitchPatternNode node)
    {
        if (NodeCount == _nodes.Length)
        {
            Array.Resize(ref _nodes, _nodes.Length * 2);
        }

        _nodes[NodeCount] = node;
        return NodeCount++;
    }

    private int AddPattern(IPatternOperation pattern, GeneratedTypes types)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                return AddConstant(constant.Value, types);

            case IRelationalPatternOperation relational:
                return OperationConstants.AsInteger(OperationConstants.ValueOf(relational.Value).Value) is { } bound
                    ? AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.Relational, Operator = relational.OperatorKind, Integer = bound, Operation = relational.Value, IsGeneratedConstant = IsGeneratedConstant(relational.Value, types) })
                    : AddNode(default);

            case IBinaryPatternOperation binary:
                var left = AddPattern(binary.LeftPattern, types);
                var right = AddPattern(binary.RightPattern, types);
                var kind = binary.OperatorKind == BinaryOperatorKind.Or ? SwitchPatternKind.Or : SwitchPatternKind.And;
                return AddNode(new SwitchPatternNode { Kind = kind, Left = left, Right = right });

            case INegatedPatternOperation negated:
                var operand = AddPattern(negated.Pattern, types);
                return AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.Not, Left = operand });

            case IDiscardPatternOperation:
                return AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.Any, IsCatchAll = true });

            case IDeclarationPatternOperation declaration:
                return declaration.MatchesNull
                    ? AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.Any, IsCatchAll = true })
                    : AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.NonNull, IsCatchAll = IsSwitchedType(declaration.MatchedType) });

            case ITypePatternOperation type:
                return AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.NonNull, IsCatchAll = IsSwitchedType(type.MatchedType) });

            case IRecursivePatternOperation { DeconstructionSubpatterns.IsEmpty: true, PropertySubpatterns.IsEmpty: true } recursive:
                return AddNode(new SwitchPatternNode { Kind = SwitchPatternKind.NonNull, IsCatchAll = IsSwitchedType(recursive.MatchedType) });

            default:
                // Property, positional and list patterns, and anything newer: nothing for certain.
                return AddNode(default);
        }
    }

    private int AddConstant(IOperation value, GeneratedTypes types)
    {
        var constant = OperationConstants.ValueOf(value);
        if (!constant.HasValue)
        {
            return AddNode(default);
        }

        var node = new SwitchPatternNode { Operation = value, IsGeneratedConstant = IsGeneratedConstant(value, types) };
        switch (constant.Value)
        {
            case null:
                node.Kind = SwitchPatternKind.Null;
                break;
            case string text:
                node.Kind = SwitchPatternKind.Text;
                node.Text = text;
                break;
            case var other when OperationConstants.AsInteger(other) is { } integer:
                node.Kind = SwitchPatternKind.Integer;
                node.Integer = integer;
                break;
            default:
                node.Kind = SwitchPatternKind.Never;
                break;
        }

        return AddNode(node);
    }

    private static bool IsGeneratedConstant(IOperation value, GeneratedTypes types)
        => OperationConstants.WithoutConversions(value) is IFieldReferenceOperation field
           && field.Field.ContainingType is { } type
           && (SymbolEqualityComparer.Default.Equals(type, types.ErrorCodes) || SymbolEqualityComparer.Default.Equals(type, types.ErrorKeys));

    private bool IsSwitchedType(ITypeSymbol? type)
        => type is not null && SymbolEqualityComparer.Default.Equals(SwitchClassifier.Unwrap(type).Type, Type);

    /// <summary>A <c>when</c> clause guards unless it is the constant <c>true</c>, which the compiler treats as no guard.</summary>
    private static bool IsGuard(IOperation? guard)
        => guard is not null && guard.ConstantValue is not { HasValue: true, Value: true };

    /// <summary>
    /// Whether the only reachable statement of a section is a <c>throw</c>: the first statement that runs throws,
    /// and the compiler's flow analysis finds every later statement unreachable (a label could make one reachable).
    /// </summary>
    private bool OnlyThrows(ImmutableArray<IOperation> body)
    {
        var thrown = false;
        return OnlyThrows(body, ref thrown) && thrown;
    }

    private bool OnlyThrows(ImmutableArray<IOperation> statements, ref bool thrown)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case IBlockOperation block:
                    if (!OnlyThrows(block.Operations, ref thrown))
                    {
                        return false;
                    }

                    continue;

                case IEmptyOperation or ILocalFunctionOperation:
                    continue;
            }

            if (!thrown)
            {
                if (!IsThrow(statement))
                {
                    return false;
                }

                thrown = true;
                continue;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            if (_model is null || statement.Syntax is not StatementSyntax syntax
                || _model.AnalyzeControlFlow(syntax) is not { Succeeded: true, StartPointIsReachable: false })
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsThrow(IOperation operation)
    {
        var unwrapped = OperationConstants.WithoutConversions(operation is IExpressionStatementOperation statement ? statement.Operation : operation);
        return unwrapped is IThrowOperation || unwrapped.Syntax.IsKind(SyntaxKind.ThrowStatement) || unwrapped.Syntax.IsKind(SyntaxKind.ThrowExpression);
    }
}
