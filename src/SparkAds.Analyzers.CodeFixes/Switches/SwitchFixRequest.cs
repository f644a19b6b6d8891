using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.CodeFixes.Switches;

/// <summary>
/// What a SPARK001/SPARK002 diagnostic asks the fix to do, as the analyzer decided it (its <c>SwitchFixPlan</c>):
/// where the new cases go, which arm's value they take, which of the switch's own labels go. Positions are sections
/// (statement) or arms (expression) of the switch as the analyzer read it, which is the switch the fix sees.
/// </summary>
internal sealed class SwitchFixRequest
{
    private static readonly char[] ListSeparators = [DiagnosticPropertyNames.ListSeparator];

    private SwitchFixRequest(ImmutableDictionary<string, string?> properties)
    {
        InsertAt = Number(properties, DiagnosticPropertyNames.InsertAt) ?? int.MaxValue;
        NullInsertAt = Number(properties, DiagnosticPropertyNames.NullInsertAt) ?? InsertAt;
        ValueFrom = Number(properties, DiagnosticPropertyNames.ValueFrom);
        NullValueFrom = Number(properties, DiagnosticPropertyNames.NullValueFrom);
        UseLiterals = properties.TryGetValue(DiagnosticPropertyNames.UseLiterals, out var literals) && literals == "true";
        var removals = new List<(int Section, int Label)>();
        if (properties.TryGetValue(DiagnosticPropertyNames.Remove, out var remove) && remove is not null)
        {
            foreach (var item in remove.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var dot = item.IndexOf('.');
                if (dot > 0 && int.TryParse(item.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var section)
                    && int.TryParse(item.Substring(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var label))
                {
                    removals.Add((section, label));
                }
            }
        }

        Removals = removals;
    }

    /// <summary>The section or arm the new cases (but <c>null</c>) go before; the count of them for the end.</summary>
    public int InsertAt { get; }

    /// <summary>Where the <c>null</c> case goes.</summary>
    public int NullInsertAt { get; }

    /// <summary>The switch expression arm whose value the new arms at <see cref="InsertAt"/> take; none: they throw.</summary>
    public int? ValueFrom { get; }

    /// <summary>As <see cref="ValueFrom"/>, for the <c>null</c> arm.</summary>
    public int? NullValueFrom { get; }

    /// <summary>Codes and keys are written as literals, not as generated constants.</summary>
    public bool UseLiterals { get; }

    /// <summary>The switch's own labels (section, label) or arms (arm, 0) the new cases leave unreachable.</summary>
    public IReadOnlyList<(int Section, int Label)> Removals { get; }

    public static SwitchFixRequest From(Diagnostic diagnostic) => new(diagnostic.Properties);

    private static int? Number(ImmutableDictionary<string, string?> properties, string name)
        => properties.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
