using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// Decides whether a value <em>selects</em> what it names (assigned, initialised, passed, returned, placed in a
/// collection, or the fallback of <c>??</c> / <c>?:</c> that is) rather than only recognising it on data that
/// already exists (comparisons, case labels, patterns, lookups, dictionary keys) or defining a mapping
/// (attribute arguments, enum declarations, enum-keyed tables and switch arms).
/// </summary>
internal static class SelectionContext
{
    // Calls whose arguments are compared or looked up, never sent anywhere.
    private static readonly HashSet<string> RecognitionMethods = new(System.StringComparer.Ordinal)
    {
        "Equals", "ReferenceEquals", "Compare", "CompareOrdinal", "CompareTo",
        "Contains", "ContainsKey", "ContainsValue", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf",
        "Equal", "NotEqual", "AreEqual", "AreNotEqual",
    };

    /// <summary>True for the name of a call that compares or looks up its receiver and arguments.</summary>
    public static bool IsRecognitionMethod(string name) => RecognitionMethods.Contains(name);

    public static bool IsSelection(IOperation site)
    {
        if (site.Syntax.FirstAncestorOrSelf<AttributeSyntax>() is not null)
        {
            return false;
        }

        var node = site;
        while (node.Parent is { } parent)
        {
            switch (parent)
            {
                // The value flows on unchanged: judge where the whole expression goes.
                case IConversionOperation:
                case ICoalesceOperation:
                case ITupleOperation:
                case IConditionalOperation conditional when conditional.Condition != node:
                    node = parent;
                    continue;
                case IDeconstructionAssignmentOperation deconstruction:
                    return deconstruction.Value == node;
                case ISwitchExpressionArmOperation arm when arm.Value == node && !MapsEnumMember(arm):
                    node = arm.Parent!;
                    continue;
                case ISimpleAssignmentOperation assignment:
                    return assignment.Value == node && !IsEnumKeyedEntry(assignment.Target);
                case ICoalesceAssignmentOperation assignment:
                    return assignment.Value == node;
                case IFieldInitializerOperation field:
                    return !IsEnumMemberDeclaration(field);
                case ISymbolInitializerOperation:
                case IReturnOperation:
                case IArrayInitializerOperation:
                    return true;
                case IArgumentOperation argument:
                    return !IsRecognition(argument) && !IsEnumKeyedEntry(argument);
                default:
                    return IsCollectionExpressionElement(node);
            }
        }

        return IsCollectionExpressionElement(node);
    }

    // Collection expressions have no IOperation in Roslyn 4.8, the oldest host this package supports.
    private static bool IsCollectionExpressionElement(IOperation node) => node.Syntax.Parent is ExpressionElementSyntax;

    /// <summary>
    /// True when a reference to a declaration only recognises its value: compared (<c>==</c>, <c>!=</c>, relational),
    /// the receiver or an argument of <c>Equals</c>, <c>Contains</c>, <c>IndexOf</c> and the like, a dictionary key,
    /// a pattern or a case label. Anything else (assigned, passed, returned, concatenated, …) may select.
    /// </summary>
    public static bool IsRecognitionUse(IOperation reference)
    {
        var node = reference;
        while (node.Parent is IConversionOperation conversion)
        {
            node = conversion;
        }

        return node.Parent switch
        {
            IBinaryOperation binary => binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual,
            IInvocationOperation invocation => invocation.Instance == node && RecognitionMethods.Contains(invocation.TargetMethod.Name),
            IArgumentOperation argument => IsRecognition(argument),
            IPatternOperation or ISingleValueCaseClauseOperation => true,
            _ => false,
        };
    }

    private static bool IsRecognition(IArgumentOperation argument)
    {
        var member = argument.Parent switch
        {
            IInvocationOperation invocation => invocation.TargetMethod.Name,
            _ => null,
        };
        if (member is not null && RecognitionMethods.Contains(member))
        {
            return true;
        }

        // A dictionary key (indexer, TryGetValue, Remove, Add's first argument) looks a value up or labels it.
        return argument.Parameter?.OriginalDefinition.Type is ITypeParameterSymbol { Name: "TKey" };
    }

    private static bool IsEnumMemberDeclaration(IFieldInitializerOperation initializer)
    {
        foreach (var field in initializer.InitializedFields)
        {
            if (field.ContainingType.TypeKind == TypeKind.Enum)
            {
                return true;
            }
        }

        return false;
    }

    // `[IdentityKind.Custom] = "CUSTOMIZED_USER"` or `{ IdentityKind.Custom, "CUSTOMIZED_USER" }`: a table that maps an enum to its wire value.
    private static bool IsEnumKeyedEntry(IOperation target)
        => target switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => IsEnum(indexer.Arguments[0].Value),
            IArgumentOperation { Parent: IInvocationOperation { IsImplicit: true, TargetMethod.Name: "Add", Arguments.Length: 2 } add } argument
                => add.Arguments[0] != argument && IsEnum(add.Arguments[0].Value),
            _ => false,
        };

    // `IdentityKind.Custom => "CUSTOMIZED_USER"`: a switch arm that maps an enum member to its wire value.
    private static bool MapsEnumMember(ISwitchExpressionArmOperation arm)
        => arm.Pattern is IConstantPatternOperation { Value: var value } && IsEnum(value);

    private static bool IsEnum(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.Type?.TypeKind == TypeKind.Enum;
    }
}
