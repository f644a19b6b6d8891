using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// SPARK004: reports where the retiring Custom Identity (<c>identity_type</c> <c>CUSTOMIZED_USER</c>) is
/// selected: the value or an enum member standing for it assigned, passed, initialised, returned or used as
/// a fallback (also as a tuple element, or the name of an enum member turned into text); JSON written as text that
/// sets <c>"identity_type": "CUSTOMIZED_USER"</c>; the custom-identity creation endpoint; and the team's own API
/// listed in <c>.editorconfig</c>. Code that only recognises the value on existing ads, private and local
/// declarations only ever used to recognise it, and the declarations that map it, stay quiet.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CustomIdentityAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.CustomIdentitySelected);

    /// <summary>What can stand for Custom Identity as a value: string expressions, enum members and UTF-8 literals.</summary>
    internal static readonly ImmutableArray<OperationKind> ValueKinds = ImmutableArray.Create(
        OperationKind.Literal,
        OperationKind.FieldReference,
        OperationKind.LocalReference,
        OperationKind.Binary,
        OperationKind.Conversion,
        OperationKind.Conditional,
        OperationKind.InterpolatedString,
        OperationKind.Utf8String);

    // What a compilation must spell somewhere for a value to stand for Custom Identity: the value (a constant may be
    // split at its underscore), a member name that spells it in any case, or a piece of the endpoint's path.
    private static readonly string[] Words = [TikTokIdentityTypes.CustomizedUser.Substring(0, 10), "identity/", "/create"];
    private static readonly string[] LooseNames = ["customizeduser"];
    private static readonly SourceMentions SourceWords = new(Words, LooseNames);
    private static readonly ReferencedMentions ReferencedWords = new(Words, LooseNames);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeHandling.Flags);
        context.RegisterCompilationStartAction(start =>
        {
            // Finding nothing costs a scan of the source and of the references' names and constants: no callback runs
            // for a compilation that cannot hold the value (SourceMentions, ReferencedMentions).
            var compilation = start.Compilation;
            if (SourceWords.InAnyTree(compilation, start.CancellationToken) || ReferencedWords.InAnyReference(compilation, start.CancellationToken))
            {
                var enums = new IdentityEnumMembers(compilation);
                var declarations = new RecognitionDeclarations();
                start.RegisterOperationAction(operation => AnalyzeValue(operation, enums, declarations), ValueKinds);

                // A site held by a private field is decided once its type has been seen whole (only types with such fields).
                start.RegisterSymbolStartAction(symbol => TrackDeclarations(symbol, enums, declarations), SymbolKind.NamedType);
            }

            // Calls, references and creations are the commonest operations; watch them only where a team
            // has listed its own custom-identity API.
            if (!CustomIdentitySymbols.IsConfiguredAnywhere(compilation, start.Options.AnalyzerConfigOptionsProvider))
            {
                return;
            }

            var symbols = new CustomIdentitySymbols(compilation);
            var memberEnums = new IdentityEnumMembers(compilation);
            start.RegisterOperationAction(
                operation => AnalyzeSymbolUse(operation, symbols, memberEnums),
                OperationKind.Invocation,
                OperationKind.MethodReference,
                OperationKind.PropertyReference,
                OperationKind.FieldReference,
                OperationKind.EventReference,
                OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeValue(OperationAnalysisContext context, IdentityEnumMembers enums, RecognitionDeclarations declarations)
    {
        if (FindSites(context.Operation, enums) is not { } sites)
        {
            return;
        }

        foreach (var (site, diagnostic, holdable, _, _) in sites)
        {
            if (!holdable || RecognitionDeclarations.Holder(site) is not { } holder)
            {
                context.ReportDiagnostic(diagnostic);
                continue;
            }

            // A local is decided on the spot from its own block; a tracked field at the end of its type.
            var quiet = holder switch
            {
                ILocalSymbol local => RecognitionDeclarations.IsOnlyRecognised(local, site, context.CancellationToken),
                IFieldSymbol field => declarations.TrackingType(field, context.CancellationToken) is not null,
                _ => false,
            };
            if (!quiet)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static void TrackDeclarations(SymbolStartAnalysisContext start, IdentityEnumMembers enums, RecognitionDeclarations declarations)
    {
        var type = (INamedTypeSymbol)start.Symbol;
        if (!declarations.IsTracked(type, start.CancellationToken))
        {
            return;
        }

        var uses = new DeclarationUses();
        start.RegisterOperationAction(
            context =>
            {
                var operation = context.Operation;
                if (operation is IFieldReferenceOperation { Field: { DeclaredAccessibility: Accessibility.Private } field }
                    && (field.IsConst || field.IsReadOnly)
                    && SymbolEqualityComparer.Default.Equals(field.OriginalDefinition.ContainingType, type))
                {
                    uses.AddUse(field.OriginalDefinition, selects: !SelectionContext.IsRecognitionUse(operation));
                }

                if (FindSites(operation, enums) is not { } sites)
                {
                    return;
                }

                foreach (var (site, diagnostic, holdable, _, _) in sites)
                {
                    if (holdable && RecognitionDeclarations.Holder(site) is IFieldSymbol holder
                        && SymbolEqualityComparer.Default.Equals(declarations.TrackingType(holder, context.CancellationToken), type))
                    {
                        uses.Hold(holder, diagnostic);
                    }
                }
            },
            ValueKinds);
        start.RegisterSymbolEndAction(end =>
        {
            foreach (var diagnostic in uses.Released())
            {
                end.ReportDiagnostic(diagnostic);
            }
        });
    }

    /// <summary>
    /// The SPARK004 sites of <paramref name="operation"/> (one of the value kinds this analyzer watches). The fix calls
    /// this on the operations at a diagnostic to learn its <see cref="IdentitySite.Form"/>, so it reads the code exactly
    /// as the analyzer did.
    /// </summary>
    internal static List<IdentitySite>? FindSites(IOperation operation, IdentityEnumMembers enums)
    {
        if (operation is IUtf8StringOperation utf8)
        {
            return JsonTextSites(operation, utf8.Value);
        }

        // Only strings and enum members can stand for Custom Identity. Checked first: these callbacks run for
        // every conversion, binary operation and field reference, and reading an enum member's constant boxes it.
        if (operation.Type?.SpecialType != SpecialType.System_String)
        {
            return operation is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } member }
                ? EnumMemberSite(operation, member, enums)
                : null;
        }

        if (operation.Parent is IInterpolatedStringTextOperation)
        {
            // The text of an interpolated string is judged as part of the whole string, except for JSON written in it.
            return operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } ? JsonTextSites(operation, text) : null;
        }

        var constant = operation.ConstantValue;
        if (constant is { HasValue: true, Value: TikTokIdentityTypes.CustomizedUser })
        {
            // Report the outermost expression that has the value, once: `Prefix + "USER"` is one site.
            if (IsPartOfLargerConstant(operation) || !SelectionContext.IsSelection(operation))
            {
                return null;
            }

            return Site(operation, IdentityReports.Create(operation.Syntax.GetLocation(), IdentityReports.DescribeValue(operation, out var form)), form, operation);
        }

        if (operation is ILiteralOperation && constant is { HasValue: true, Value: string json }
            && json.IndexOf(TikTokIdentityTypes.CustomizedUser, StringComparison.Ordinal) >= 0)
        {
            return JsonTextSites(operation, json);
        }

        if (operation.Kind is OperationKind.Literal or OperationKind.FieldReference or OperationKind.LocalReference or OperationKind.Binary or OperationKind.InterpolatedString
            && CustomIdentityEndpoint.IsAddressedBy(operation)
            && SelectionContext.IsSelection(operation))
        {
            return [new IdentitySite(operation, IdentityReports.Create(operation.Syntax.GetLocation(), $"The custom-identity endpoint '{CustomIdentityEndpoint.Path}/'"), Holdable: false, Form: null, operation)];
        }

        return null;
    }

    private static List<IdentitySite>? EnumMemberSite(IOperation operation, IFieldSymbol member, IdentityEnumMembers enums)
    {
        if (enums.IsCustomIdentity(member) && SelectionContext.IsSelection(operation))
        {
            return Site(operation, IdentityReports.Create(operation.Syntax.GetLocation(), IdentityReports.Describe(member)), IdentityForm.EnumMember, operation);
        }

        // `nameof(AdAuthorType.CUSTOMIZED_USER)` and `AdAuthorType.CUSTOMIZED_USER.ToString()` spell the wire value.
        if (string.Equals(member.Name, TikTokIdentityTypes.CustomizedUser, StringComparison.Ordinal)
            && NameAsText(operation) is { } text
            && SelectionContext.IsSelection(text))
        {
            return Site(text, IdentityReports.Create(operation.Syntax.GetLocation(), IdentityReports.Describe(member)), IdentityForm.EnumMemberName, operation);
        }

        return null;
    }

    // The `nameof(…)` or `….ToString()` that turns the enum member into its name.
    private static IOperation? NameAsText(IOperation member)
    {
        if (member.Parent is INameOfOperation nameOf)
        {
            return nameOf;
        }

        var node = member;
        while (node.Parent is IConversionOperation conversion)
        {
            node = conversion;
        }

        return node.Parent is IInvocationOperation { TargetMethod.Name: nameof(ToString), Arguments.Length: 0 } invocation && invocation.Instance == node ? invocation : null;
    }

    // JSON written as text: each `"identity_type": "CUSTOMIZED_USER"` is a site at the value inside the string.
    private static List<IdentitySite>? JsonTextSites(IOperation operation, string value)
    {
        if (value.IndexOf(TikTokIdentityTypes.CustomizedUser, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var token = operation.Syntax switch
        {
            LiteralExpressionSyntax literal => literal.Token,
            InterpolatedStringTextSyntax text => text.TextToken,
            _ => default,
        };
        if (token.RawKind == 0)
        {
            return null;
        }

        var spans = new List<TextSpan>();
        JsonIdentityText.AddValueSpans(value, token.Text, token.SpanStart, spans);
        var whole = WholeText(operation);
        if (spans.Count == 0 || !SelectionContext.IsSelection(whole))
        {
            return null;
        }

        var sites = new List<IdentitySite>(spans.Count);
        foreach (var span in spans)
        {
            sites.Add(new IdentitySite(whole, IdentityReports.Create(Location.Create(operation.Syntax.SyntaxTree, span), IdentityReports.CustomizedUserValue), Holdable: true, IdentityForm.JsonText, operation));
        }

        return sites;
    }

    // The text the literal is part of, up to where it goes: through conversions, concatenations, interpolations, and
    // calls made on it that are not comparisons (`"…"u8.ToArray()`).
    private static IOperation WholeText(IOperation operation)
    {
        var node = operation;
        while (node.Parent is { } parent)
        {
            var climbs = parent switch
            {
                IConversionOperation or IInterpolatedStringTextOperation or IInterpolatedStringOperation => true,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType == SpecialType.System_String,
                IInvocationOperation invocation => invocation.Instance == node && !SelectionContext.IsRecognitionMethod(invocation.TargetMethod.Name),
                _ => false,
            };
            if (!climbs)
            {
                return node;
            }

            node = parent;
        }

        return node;
    }

    private static List<IdentitySite> Site(IOperation site, Diagnostic diagnostic, IdentityForm form, IOperation reported) => [new IdentitySite(site, diagnostic, Holdable: true, form, reported)];

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
        context.ReportDiagnostic(IdentityReports.Create(operation.Syntax.GetLocation(), $"The {description} '{name.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}'"));
    }

    // A constant or enum member already reported as the value it stands for is not reported again as a listed symbol.
    private static bool IsReportedAsValue(IFieldReferenceOperation reference, IdentityEnumMembers enums)
        => reference.ConstantValue is { HasValue: true, Value: TikTokIdentityTypes.CustomizedUser } || enums.IsCustomIdentity(reference.Field);
}
