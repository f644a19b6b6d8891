using System.Collections.Immutable;
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
        // One flag per catalog error, set by the labels that handle it for certain.
        var handled = new bool[catalog.Errors.Count];
        var nullHandled = false;
        foreach (var label in shape.Labels)
        {
            if (label.Handled)
            {
                nullHandled |= label.Value is null;
                Mark(handled, label.Value, kind, catalog);
            }
        }

        var missing = Missing(handled, kind, catalog);

        // Null is owed only where the value is a Nullable<T> and nothing, not even a throwing default, catches it.
        var nullOwed = SwitchClassifier.Unwrap(shape.Value.Type).IsNullableValue && !nullHandled && !shape.FallbackCatchesNull;

        // A default or discard that does more than throw handles the rest; one that only throws does not.
        return shape.HasHandlingFallback
            ? new SwitchCoverage(kind, ImmutableArray<ErrorDefinition>.Empty, nullOwed, missing)
            : new SwitchCoverage(kind, missing, nullOwed, ImmutableArray<ErrorDefinition>.Empty);
    }

    private static void Mark(bool[] handled, object? value, SwitchKind kind, SwitchCatalog catalog)
    {
        switch (kind)
        {
            case SwitchKind.Enum when SwitchConstants.AsInteger(value) is { } member && catalog.TryGetEnumIndex(member, out var index):
                handled[index] = true;
                break;

            case SwitchKind.Code when SwitchConstants.AsInteger(value) is { } code:
                foreach (var sharing in catalog.IndicesOfCode(code))
                {
                    handled[sharing] = true;
                }

                break;

            case SwitchKind.Key when value is string key && catalog.TryGetKeyIndex(key, out var index):
                handled[index] = true;
                break;
        }
    }

    /// <summary>The errors the switch owes and does not handle, in catalog order; nothing is allocated for a complete switch.</summary>
    private static ImmutableArray<ErrorDefinition> Missing(bool[] handled, SwitchKind kind, SwitchCatalog catalog)
    {
        ImmutableArray<ErrorDefinition>.Builder? missing = null;
        for (var i = 0; i < handled.Length; i++)
        {
            if (IsOwed(i, kind, catalog) && !handled[i])
            {
                (missing ??= ImmutableArray.CreateBuilder<ErrorDefinition>()).Add(catalog.Errors[i]);
            }
        }

        return missing?.ToImmutable() ?? ImmutableArray<ErrorDefinition>.Empty;
    }

    /// <summary>An enum switch owes every active error the compiled enum has; a code switch every active error with a code; a key switch every active error.</summary>
    private static bool IsOwed(int index, SwitchKind kind, SwitchCatalog catalog)
        => !catalog.IsRetired(index) && kind switch
        {
            SwitchKind.Enum => catalog.HasEnumMember(index),
            SwitchKind.Code => catalog.Errors[index].Code is not null,
            _ => true,
        };
}
