using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// What the verifiers hand Microsoft.CodeAnalysis.Testing: each diagnostic a test expects as a
/// <see cref="DiagnosticResult"/> with its ID, exact span, severity and message. The framework checks a message only
/// where a result carries one (<c>WithMessage</c>, or a descriptor with arguments), and markup (<c>{|ID:…|}</c>) gives it
/// none; here every result has one: each marked diagnostic takes the next <see cref="ExpectedDiagnostic.Marked"/> message
/// of the test, in the order the markers open, and a marker without a message or a message left over is an error in the
/// test. Marked and located (<see cref="ExpectedDiagnostic.At"/>, <see cref="ExpectedDiagnostic.InFile"/>) expectations merge.
/// </summary>
public static class ExpectedDiagnostics
{
    /// <param name="markup">The test source the expectations point into.</param>
    /// <param name="sourcePath">Where that source is compiled.</param>
    /// <param name="expected">The test's messages and located expectations.</param>
    /// <param name="analyzer">The analyzer under test: a diagnostic is expected with its descriptor's default severity (the
    /// analyzer's or the generator's), a compiler's as an error.</param>
    public static ImmutableArray<DiagnosticResult> Results(Markup markup, string sourcePath, IReadOnlyList<ExpectedDiagnostic> expected, DiagnosticAnalyzer analyzer)
    {
        DiagnosticSeverity Severity(string id)
            => analyzer.SupportedDiagnostics.Concat(DiagnosticDescriptors.All).FirstOrDefault(d => d.Id == id)?.DefaultSeverity ?? DiagnosticSeverity.Error;

        var text = SourceText.From(markup.Code);
        var messages = expected.Where(e => e.IsMarked).Select(e => e.Message).ToList();
        if (messages.Count != markup.Diagnostics.Length)
        {
            var declared = markup.Diagnostics.Select(d => $"{d.Id} at ({text.Lines.GetLinePosition(d.Span.Start).Line + 1},{text.Lines.GetLinePosition(d.Span.Start).Character + 1})");
            throw new ArgumentException(
                $"The markup declares {markup.Diagnostics.Length} diagnostic(s) [{string.Join(", ", declared)}] but the test gives {messages.Count} "
                + "ExpectedDiagnostic.Marked message(s): each {|ID:…|} takes exactly one, in the order the markers open.",
                nameof(expected));
        }

        DiagnosticResult InSource(string id, TextSpan span, string message)
            => new DiagnosticResult(id, Severity(id)).WithSpan(new FileLinePositionSpan(sourcePath, text.Lines.GetLinePositionSpan(span))).WithMessage(message);

        var marked = markup.Diagnostics.Select((d, i) => InSource(d.Id, d.Span, messages[i]));
        var located = expected.Where(e => !e.IsMarked).Select(e => e.MarkupSpan is { } index
            ? InSource(e.Id, markup.Spans[index], e.Message)
            : new DiagnosticResult(e.Id, Severity(e.Id)).WithLocation(e.Path!, e.LineSpan!.Value.Start).WithMessage(e.Message));
        return [.. marked.Concat(located)];
    }
}
