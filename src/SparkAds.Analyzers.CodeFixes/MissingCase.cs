using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SparkAds.Analyzers.CodeFixes;

/// <summary>One case the fix adds: the label to write and the remedies to carry as comments.</summary>
internal sealed class MissingCase
{
    private static readonly char[] ListSeparators = { DiagnosticPropertyNames.ListSeparator };
    private static readonly string[] LineBreaks = { "\r\n", "\n", "\r" };

    private MissingCase(string label, ImmutableArray<string> comments)
    {
        Label = label;
        Comments = comments;
    }

    /// <summary>The C# label, fully qualified for the simplifier, e.g. <c>global::SparkAds.SparkAdsError.VideoDeleted</c>.</summary>
    public string Label { get; }

    /// <summary>Comment lines (without <c>//</c>): the remedy, or one <c>key: remedy</c> per key sharing a code.</summary>
    public ImmutableArray<string> Comments { get; }

    /// <summary>
    /// Reads the cases a SPARK001/SPARK002 diagnostic asks for from its properties: <c>null</c> first when owed,
    /// then one per missing key (one per missing code for code switches, whose keys may share a code). Codes and keys
    /// are written as literals when <paramref name="useLiterals"/> (the switch's own style), else as the generated
    /// <c>SparkAdsErrorCodes</c>/<c>SparkAdsErrorKeys</c> constants.
    /// </summary>
    public static ImmutableArray<MissingCase> From(Diagnostic diagnostic, bool useLiterals)
    {
        var properties = diagnostic.Properties;
        var ns = Get(properties, DiagnosticPropertyNames.Namespace) ?? "SparkAds";
        var kind = Get(properties, DiagnosticPropertyNames.SwitchKind);
        var keys = (Get(properties, DiagnosticPropertyNames.MissingKeys) ?? string.Empty)
            .Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries);

        var cases = ImmutableArray.CreateBuilder<MissingCase>();
        if (Get(properties, DiagnosticPropertyNames.MissingNull) == "true")
        {
            cases.Add(new MissingCase("null", ImmutableArray<string>.Empty));
        }

        if (kind == DiagnosticPropertyNames.CodeSwitch)
        {
            foreach (var group in keys.GroupBy(key => Get(properties, DiagnosticPropertyNames.CodePrefix + key)).Where(g => g.Key is not null))
            {
                var first = group.First();
                var comments = group.Count() == 1
                    ? ImmutableArray.Create(Remedy(properties, first))
                    : group.Select(key => key + ": " + Remedy(properties, key)).ToImmutableArray();
                var label = useLiterals ? group.Key! : Qualified(ns, "SparkAdsErrorCodes", Member(properties, first));
                cases.Add(new MissingCase(label, comments));
            }
        }
        else
        {
            foreach (var key in keys)
            {
                var label = kind == DiagnosticPropertyNames.EnumSwitch ? Qualified(ns, "SparkAdsError", Member(properties, key))
                    : useLiterals ? SymbolDisplay.FormatLiteral(key, quote: true)
                    : Qualified(ns, "SparkAdsErrorKeys", Member(properties, key));
                cases.Add(new MissingCase(label, ImmutableArray.Create(Remedy(properties, key))));
            }
        }

        return cases.ToImmutable();
    }

    private static string Qualified(string ns, string type, string member) => "global::" + ns + "." + type + "." + member;

    private static string Member(ImmutableDictionary<string, string?> properties, string key)
        => Get(properties, DiagnosticPropertyNames.MemberPrefix + key) ?? key;

    /// <summary>The remedy on one line: a catalog field may hold line breaks, a <c>//</c> comment may not.</summary>
    private static string Remedy(ImmutableDictionary<string, string?> properties, string key)
        => string.Join(" ", (Get(properties, DiagnosticPropertyNames.ErrorPrefix + key) ?? string.Empty)
            .Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries));

    private static string? Get(ImmutableDictionary<string, string?> properties, string name)
        => properties.TryGetValue(name, out var value) ? value : null;
}
