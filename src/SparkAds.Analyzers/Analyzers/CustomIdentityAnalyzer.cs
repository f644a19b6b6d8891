using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.CustomIdentity;

namespace SparkAds.Analyzers;

/// <summary>
/// SPARK004: reports where the retiring Custom Identity (<c>identity_type</c> <c>CUSTOMIZED_USER</c>) is
/// selected: the value or an enum member standing for it assigned, passed, initialised, returned or used as
/// a fallback; the custom-identity creation endpoint; and the team's own API listed in <c>.editorconfig</c>.
/// Code that only recognises the value on existing ads, and the declarations that map it, stay quiet.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CustomIdentityAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.CustomIdentitySelected);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var enums = new IdentityEnumMembers(start.Compilation);
            var symbols = new CustomIdentitySymbols(start.Compilation);
            start.RegisterOperationAction(
                operation => AnalyzeValue(operation, enums),
                OperationKind.Literal,
                OperationKind.FieldReference,
                OperationKind.LocalReference,
                OperationKind.Binary,
                OperationKind.Conversion,
                OperationKind.Conditional,
                OperationKind.InterpolatedString);

            // Calls, references and creations are the commonest operations; watch them only where a team
            // has listed its own custom-identity API.
            if (!CustomIdentitySymbols.IsConfiguredAnywhere(start.Compilation, start.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            start.RegisterOperationAction(
                operation => AnalyzeSymbolUse(operation, symbols, enums),
                OperationKind.Invocation,
                OperationKind.MethodReference,
                OperationKind.PropertyReference,
                OperationKind.FieldReference,
                OperationKind.EventReference,
                OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeValue(OperationAnalysisContext context, IdentityEnumMembers enums)
    {
        var operation = context.Operation;

        // Only strings and enum members can stand for Custom Identity. Checked first: these callbacks run for
        // every conversion and binary operation, and reading a constant value boxes it.
        if ((operation.Type?.SpecialType != SpecialType.System_String && operation.Kind != OperationKind.FieldReference)
            || operation.Parent is IInterpolatedStringTextOperation)
        {
            // The text of an interpolated string is judged as part of the whole string.
            return;
        }

        if (operation.ConstantValue is { HasValue: true, Value: TikTokIdentityTypes.CustomizedUser })
        {
            // Report the outermost expression that has the value, once: `Prefix + "USER"` is one site.
            if (IsPartOfLargerConstant(operation) || !SelectionContext.IsSelection(operation))
            {
                return;
            }

            Report(context, operation, DescribeValue(operation, out var form), form, ConstantSiblings(operation));
        }
        else if (operation is IFieldReferenceOperation { Field: var member } && enums.IsCustomIdentity(member))
        {
            if (SelectionContext.IsSelection(operation))
            {
                Report(context, operation, $"The enum member '{member.ContainingType.Name}.{member.Name}'", DiagnosticPropertyNames.IdentityFormEnumMember, EnumSiblings(member, enums));
            }
        }
        else if (operation.Kind is OperationKind.Literal or OperationKind.FieldReference or OperationKind.LocalReference or OperationKind.Binary or OperationKind.InterpolatedString
                 && CustomIdentityEndpoint.IsAddressedBy(operation)
                 && SelectionContext.IsSelection(operation))
        {
            Report(context, operation, $"The custom-identity endpoint '{CustomIdentityEndpoint.Path}/'", form: null, ImmutableDictionary<string, string?>.Empty);
        }
    }

    // The parent is an expression this analyzer also visits and it has the same value (an anonymous member's
    // assignment carries its value's constant too, but is not an expression of its own).
    private static bool IsPartOfLargerConstant(IOperation operation)
        => operation.Parent is { Kind: OperationKind.Binary or OperationKind.Conversion or OperationKind.Conditional or OperationKind.InterpolatedString } parent
           && parent.ConstantValue is { HasValue: true, Value: TikTokIdentityTypes.CustomizedUser };

    private static void AnalyzeSymbolUse(OperationAnalysisContext context, CustomIdentitySymbols symbols, IdentityEnumMembers enums)
    {
        var operation = context.Operation;
        if (!context.Options.AnalyzerConfigOptionsProvider.GetOptions(operation.Syntax.SyntaxTree).TryGetValue(CustomIdentitySymbols.OptionKey, out var option)
            || string.IsNullOrWhiteSpace(option))
        {
            return;
        }

        var listed = symbols.Resolve(option);
        if (listed.IsEmpty)
        {
            return;
        }

        var (symbol, description) = operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, "call to"),
            IMethodReferenceOperation reference => (reference.Method, "reference to"),
            IPropertyReferenceOperation reference => (reference.Property, "reference to"),
            IFieldReferenceOperation reference when !IsReportedAsValue(reference, enums) => (reference.Field, "reference to"),
            IEventReferenceOperation reference => (reference.Event, "reference to"),
            IObjectCreationOperation { Constructor: { } constructor } creation when !listed.Contains(constructor.OriginalDefinition) => ((ISymbol?)creation.Type, "creation of"),
            IObjectCreationOperation creation => (creation.Constructor, "creation of"),
            _ => ((ISymbol?)null, string.Empty),
        };
        if (symbol is null || !(listed.Contains(symbol.OriginalDefinition) || (symbol is IMethodSymbol { ReducedFrom: { } reduced } && listed.Contains(reduced.OriginalDefinition))))
        {
            return;
        }

        var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? symbol.ContainingType : symbol;
        Report(context, operation, $"The {description} '{name.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'", form: null, ImmutableDictionary<string, string?>.Empty);
    }

    // A constant or enum member already reported as the value it stands for is not reported again as a listed symbol.
    private static bool IsReportedAsValue(IFieldReferenceOperation reference, IdentityEnumMembers enums)
        => reference.ConstantValue is { HasValue: true, Value: TikTokIdentityTypes.CustomizedUser } || enums.IsCustomIdentity(reference.Field);

    private static string DescribeValue(IOperation operation, out string form)
    {
        switch (operation)
        {
            case ILiteralOperation:
                form = DiagnosticPropertyNames.IdentityFormLiteral;
                return $"The value \"{TikTokIdentityTypes.CustomizedUser}\"";
            case IFieldReferenceOperation { Field: var field }:
                form = DiagnosticPropertyNames.IdentityFormConstant;
                return $"The constant '{field.ContainingType.Name}.{field.Name}'";
            case ILocalReferenceOperation { Local: var local }:
                form = DiagnosticPropertyNames.IdentityFormConstant;
                return $"The constant '{local.Name}'";
            default:
                form = DiagnosticPropertyNames.IdentityFormExpression;
                return $"The value \"{TikTokIdentityTypes.CustomizedUser}\"";
        }
    }

    // Constants of the same type that hold a replacement value, so the fix can keep using named constants.
    private static ImmutableDictionary<string, string?> ConstantSiblings(IOperation operation)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (operation is not IFieldReferenceOperation { Field.ContainingType: { } type })
        {
            return properties;
        }

        foreach (var replacement in TikTokIdentityTypes.Replacements)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } sibling && string.Equals(value, replacement, StringComparison.Ordinal))
                {
                    properties = properties.Add(DiagnosticPropertyNames.IdentityReplacementPrefix + replacement, sibling.Name);
                    break;
                }
            }
        }

        return properties;
    }

    private static ImmutableDictionary<string, string?> EnumSiblings(IFieldSymbol member, IdentityEnumMembers enums)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        foreach (var replacement in TikTokIdentityTypes.Replacements)
        {
            if (enums.FindSibling(member, replacement) is { } sibling)
            {
                properties = properties.Add(DiagnosticPropertyNames.IdentityReplacementPrefix + replacement, sibling.Name);
            }
        }

        return properties;
    }

    private static void Report(OperationAnalysisContext context, IOperation site, string description, string? form, ImmutableDictionary<string, string?> properties)
    {
        if (form is not null)
        {
            properties = properties.Add(DiagnosticPropertyNames.IdentityForm, form);
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CustomIdentitySelected, site.Syntax.GetLocation(), properties, description));
    }
}
