using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Analyzers;

/// <summary>
/// What a switch over Spark errors leaves to chance. <see cref="Unhandled"/>: errors (and <c>null</c>) nothing
/// handles, or only a default that throws: SPARK001. <see cref="OnlyByFallback"/>: errors that reach a
/// default that does something: SPARK002.
/// </summary>
internal sealed record SwitchCoverage(SwitchKind Kind, ImmutableArray<ErrorDefinition> Unhandled, bool NullUnhandled, ImmutableArray<ErrorDefinition> OnlyByFallback)
{
    public static SwitchCoverage Compute(SwitchShape shape, SwitchKind kind, SwitchCatalog catalog)
    {
        var handled = shape.Arms.SelectMany(static arm => arm.Handled).Select(static label => label.Value).ToList();
        var missing = kind switch
        {
            SwitchKind.Enum => MissingMembers(handled, catalog),
            SwitchKind.Code => MissingCodes(handled, catalog),
            _ => MissingKeys(handled, catalog),
        };

        // A default or discard that does more than throw handles the rest; one that only throws does not.
        var fallback = shape.Arms.FirstOrDefault(static arm => arm.IsFallback && !arm.OnlyThrows);

        // Null is owed only where the value is a Nullable<T> and nothing, not even a throwing default, catches it.
        var nullOwed = SwitchClassifier.Unwrap(shape.Value.Type).IsNullableValue
                       && !handled.Contains(null)
                       && !shape.Arms.Any(static arm => arm.IsFallback && arm.CatchAll == CatchAll.All);

        return fallback is null
            ? new SwitchCoverage(kind, missing, nullOwed, ImmutableArray<ErrorDefinition>.Empty)
            : new SwitchCoverage(kind, ImmutableArray<ErrorDefinition>.Empty, nullOwed, missing);
    }

    private static ImmutableArray<ErrorDefinition> MissingMembers(List<object?> handled, SwitchCatalog catalog)
    {
        var seen = new HashSet<ErrorDefinition>(handled.Select(SwitchConstants.AsInteger).OfType<long>().Select(catalog.ByEnumValue).OfType<ErrorDefinition>());
        return catalog.EnumErrors.Where(error => !seen.Contains(error)).ToImmutableArray();
    }

    private static ImmutableArray<ErrorDefinition> MissingCodes(List<object?> handled, SwitchCatalog catalog)
    {
        var seen = new HashSet<long>(handled.Select(SwitchConstants.AsInteger).OfType<long>());
        return catalog.Errors.Where(error => error.Code is { } code && !seen.Contains(code)).ToImmutableArray();
    }

    private static ImmutableArray<ErrorDefinition> MissingKeys(List<object?> handled, SwitchCatalog catalog)
    {
        var seen = new HashSet<string>(handled.OfType<string>(), System.StringComparer.Ordinal);
        return catalog.Errors.Where(error => !seen.Contains(error.Key)).ToImmutableArray();
    }
}
