namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// What the verifiers compare: the diagnostics a test expects in its source, merged from its markup
/// (<c>{|ID:…|}</c>, each taking the next <see cref="ExpectedDiagnostic.Marked"/> message) and its located expectations
/// (<see cref="ExpectedDiagnostic.At"/>, <see cref="ExpectedDiagnostic.InFile"/>); and the diagnostics reported. Both
/// become one line each (<c>ID path(line,col)-(line,col): message</c>) in one order (path, start, ID, end, message), so
/// the order a test lists them in does not matter and a failure shows exactly which line differs.
/// </summary>
public static class ExpectedDiagnostics
{
    public static ImmutableArray<string> Lines(Markup markup, string sourcePath, IReadOnlyList<ExpectedDiagnostic> expected)
    {
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

        var marked = markup.Diagnostics.Select((d, i) => new Line(sourcePath, text.Lines.GetLinePositionSpan(d.Span), d.Id, messages[i], IncludeEnd: true));
        var located = expected.Where(e => !e.IsMarked).Select(e => e.MarkupSpan is { } index
            ? new Line(sourcePath, text.Lines.GetLinePositionSpan(markup.Spans[index]), e.Id, e.Message, IncludeEnd: true)
            : new Line(e.Path ?? string.Empty, e.LineSpan ?? default, e.Id, e.Message, IncludeEnd: false));
        return Sorted(marked.Concat(located));
    }

    /// <summary>Fails unless the lines are equal, showing both lists in full.</summary>
    public static void AssertEqual(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
        => Assert.True(
            expected.SequenceEqual(actual, StringComparer.Ordinal),
            $"Diagnostics differ.\nExpected:\n  {string.Join("\n  ", expected)}\nActual:\n  {string.Join("\n  ", actual)}");

    public static ImmutableArray<string> Lines(IEnumerable<Diagnostic> diagnostics)
        => Sorted(diagnostics.Select(d =>
        {
            var span = d.Location.GetLineSpan();
            return new Line(span.Path, span.Span, d.Id, d.GetMessage(CultureInfo.InvariantCulture), IncludeEnd: true);
        }));

    private static ImmutableArray<string> Sorted(IEnumerable<Line> lines)
        => [.. lines.OrderBy(l => l.Path, StringComparer.Ordinal)
                    .ThenBy(l => l.Span.Start)
                    .ThenBy(l => l.Id, StringComparer.Ordinal)
                    .ThenBy(l => l.Span.End)
                    .ThenBy(l => l.Message, StringComparer.Ordinal)
                    .Select(l => ExpectedDiagnostic.Format(l.Id, l.Path, l.Span, l.Message, l.IncludeEnd))];

    private sealed record Line(string Path, LinePositionSpan Span, string Id, string Message, bool IncludeEnd);
}
