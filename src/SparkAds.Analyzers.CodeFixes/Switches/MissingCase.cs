using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SparkAds.Analyzers.CodeFixes.Switches;

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

    /// <summary>The C# label, as the switch qualifies its names or fully qualified for the simplifier, e.g. <c>global::SparkAds.SparkAdsError.VideoDeleted</c>.</summary>
    public string Label { get; }

    /// <summary>Comment lines (without <c>//</c>): the remedy, or one <c>key: remedy</c> per key sharing a code.</summary>
    public ImmutableArray<string> Comments { get; }

    /// <summary>
    /// Reads the cases a SPARK001/SPARK002 diagnostic asks for from its properties: <c>null</c> first when owed,
    /// then one per missing key (one per missing code for code switches, whose keys may share a code). Codes and keys
    /// are written as literals where the analyzer says the switch writes them so, else as the generated
    /// <c>SparkAdsErrorCodes</c>/<c>SparkAdsErrorKeys</c> constants; names behind <paramref name="qualifier"/>.
    /// </summary>
    public static ImmutableArray<MissingCase> From(Diagnostic diagnostic, string? qualifier = null)
    {
        var properties = diagnostic.Properties;
        var useLiterals = Get(properties, DiagnosticPropertyNames.UseLiterals) == "true";
        var ns = Get(properties, DiagnosticPropertyNames.Namespace) ?? GeneratedNames.FallbackNamespace;
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
                    ? CommentOf(Remedy(properties, first))
                    : group.Select(key => Remedy(properties, key) is { Length: > 0 } remedy ? key + ": " + remedy : key).ToImmutableArray();
                var label = useLiterals ? group.Key! : Qualified(qualifier, ns, GeneratedNames.CodesClass, Member(properties, first));
                cases.Add(new MissingCase(label, comments));
            }
        }
        else
        {
            foreach (var key in keys)
            {
                var label = kind == DiagnosticPropertyNames.EnumSwitch ? Qualified(qualifier, ns, GeneratedNames.ErrorEnum, Member(properties, key))
                    : useLiterals ? SymbolDisplay.FormatLiteral(key, quote: true)
                    : Qualified(qualifier, ns, GeneratedNames.KeysClass, Member(properties, key));
                cases.Add(new MissingCase(label, CommentOf(Remedy(properties, key))));
            }
        }

        return cases.ToImmutable();
    }

    /// <summary>
    /// <paramref name="member"/> behind the qualifier the switch already uses for that type (<c>E</c>, <c>SparkAdsError</c>,
    /// <c>SparkAds.SparkAdsError</c>, empty under <c>using static</c>), else fully qualified for the simplifier.
    /// </summary>
    private static string Qualified(string? qualifier, string ns, string type, string member)
        => qualifier is null ? "global::" + ns + "." + type + "." + member
            : qualifier.Length == 0 ? member
            : qualifier + "." + member;

    private static string Member(ImmutableDictionary<string, string?> properties, string key)
        => Get(properties, DiagnosticPropertyNames.MemberPrefix + key) ?? key;

    /// <summary>
    /// The remedy as the case's comment; none where the remedy is unknown (an error of a catalog generated in a
    /// referenced assembly, whose CSV this project does not read).
    /// </summary>
    private static ImmutableArray<string> CommentOf(string remedy) => remedy.Length == 0 ? ImmutableArray<string>.Empty : ImmutableArray.Create(remedy);

    /// <summary>The remedy on one line: a catalog field may hold line breaks, a <c>//</c> comment may not.</summary>
    private static string Remedy(ImmutableDictionary<string, string?> properties, string key)
        => string.Join(" ", (Get(properties, DiagnosticPropertyNames.ErrorPrefix + key) ?? string.Empty)
            .Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries));

    private static string? Get(ImmutableDictionary<string, string?> properties, string name)
        => properties.TryGetValue(name, out var value) ? value : null;
}
