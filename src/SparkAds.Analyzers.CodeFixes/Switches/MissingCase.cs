using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.GeneratedApi;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.CodeFixes.Switches;

/// <summary>One case the fix adds: the label to write and the remedies to carry as comments.</summary>
internal sealed class MissingCase
{
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
    /// The cases <paramref name="plan"/> adds: <c>null</c> first when owed, then one per error to name (one per code for
    /// code switches, whose keys may share a code), in catalog order. Codes and keys are written as literals where the
    /// switch writes them so, else as the generated <c>SparkAdsErrorCodes</c>/<c>SparkAdsErrorKeys</c> constants; names
    /// behind <paramref name="qualifier"/>. Each carries its remedy as the compiled catalog states it
    /// (<see cref="Analysis.ErrorIndex.RemedyAt"/>), whether generated here or in a referenced project.
    /// </summary>
    public static ImmutableArray<MissingCase> From(SwitchFixPlan plan, string? qualifier)
    {
        var errors = plan.Catalog.Errors;
        var ns = plan.Catalog.Types.Namespace;
        var cases = ImmutableArray.CreateBuilder<MissingCase>();
        if (plan.NamesNull)
        {
            cases.Add(new MissingCase("null", ImmutableArray<string>.Empty));
        }

        if (plan.Kind == SwitchKind.Code)
        {
            foreach (var group in plan.Positions.GroupBy(index => errors.CodeAt(index)).Where(g => g.Key is not null))
            {
                var first = group.First();
                var comments = group.Count() == 1
                    ? CommentOf(OneLine(errors.RemedyAt(first)))
                    : group.Select(index => OneLine(errors.RemedyAt(index)) is { Length: > 0 } remedy ? errors.KeyAt(index) + ": " + remedy : errors.KeyAt(index)).ToImmutableArray();
                var label = plan.UseLiterals ? group.Key!.Value.ToString(CultureInfo.InvariantCulture) : Qualified(qualifier, ns, plan.LabelType, errors.MemberNameAt(first));
                cases.Add(new MissingCase(label, comments));
            }
        }
        else
        {
            foreach (var index in plan.Positions)
            {
                var key = errors.KeyAt(index);
                var label = plan.Kind != SwitchKind.Enum && plan.UseLiterals ? SymbolDisplay.FormatLiteral(key, quote: true)
                    : Qualified(qualifier, ns, plan.LabelType, errors.MemberNameAt(index));
                cases.Add(new MissingCase(label, CommentOf(OneLine(errors.RemedyAt(index)))));
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

    /// <summary>
    /// The remedy as the case's comment; none where the catalog states none (an enum compiled by a package version that
    /// did not carry remedies in metadata).
    /// </summary>
    private static ImmutableArray<string> CommentOf(string remedy) => remedy.Length == 0 ? ImmutableArray<string>.Empty : ImmutableArray.Create(remedy);

    /// <summary>The remedy on one line: a catalog field may hold line breaks, a <c>//</c> comment may not.</summary>
    private static string OneLine(string remedy) => string.Join(" ", remedy.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries));
}
