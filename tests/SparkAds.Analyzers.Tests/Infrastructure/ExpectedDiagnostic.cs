namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// One diagnostic as a test expects it: the verifiers turn it into a Microsoft.CodeAnalysis.Testing
/// <c>DiagnosticResult</c> (<see cref="ExpectedDiagnostics"/>); <c>Format</c> and <c>FormatStart</c> write a diagnostic as
/// one line (<c>ID path(line,col)-(line,col): message</c>) for the tests that compare diagnostics themselves.
/// </summary>
public sealed record ExpectedDiagnostic(string Id, int? MarkupSpan, string Message, string? Path = null, LinePositionSpan? LineSpan = null)
{
    /// <summary>
    /// True for <see cref="Marked"/>: the message of a diagnostic whose ID and span the markup declares
    /// (<c>{|ID:…|}</c>); <see cref="Id"/> is empty then. <see cref="ExpectedDiagnostics"/> pairs them.
    /// </summary>
    public bool IsMarked { get; private init; }

    /// <summary>A diagnostic at markup span <paramref name="span"/> of the test source.</summary>
    public static ExpectedDiagnostic At(int span, string id, string message) => new(id, span, message);

    /// <summary>
    /// The message of the next diagnostic the markup declares with <c>{|ID:…|}</c>, in the order the markers open.
    /// Every marked diagnostic needs exactly one; a missing or unused message fails the test.
    /// </summary>
    public static ExpectedDiagnostic Marked(string message) => new(string.Empty, null, message) { IsMarked = true };

    /// <summary>A diagnostic at a file position given as 1-based line and column, e.g. a catalog cell.</summary>
    public static ExpectedDiagnostic InFile(string path, int line, int column, string id, string message)
        => new(id, null, message, path, new LinePositionSpan(new LinePosition(line - 1, column - 1), new LinePosition(line - 1, column - 1)));

    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return Format(diagnostic.Id, span.Path, span.Span, diagnostic.GetMessage(CultureInfo.InvariantCulture), includeEnd: true);
    }

    /// <summary>Only the start position of a diagnostic, for expectations made with <see cref="InFile"/>.</summary>
    public static string FormatStart(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return Format(diagnostic.Id, span.Path, span.Span, diagnostic.GetMessage(CultureInfo.InvariantCulture), includeEnd: false);
    }

    public string Format(Markup markup, string sourcePath)
    {
        if (IsMarked)
        {
            throw new InvalidOperationException("A Marked expectation takes its ID and span from the markup: compare through ExpectedDiagnostics.");
        }

        if (MarkupSpan is { } index)
        {
            var text = SourceText.From(markup.Code);
            return Format(Id, sourcePath, text.Lines.GetLinePositionSpan(markup.Spans[index]), Message, includeEnd: true);
        }

        return Format(Id, Path ?? string.Empty, LineSpan ?? default, Message, includeEnd: false);
    }

    private static string Format(string id, string path, LinePositionSpan span, string message, bool includeEnd)
    {
        var start = $"{id} {path}({span.Start.Line + 1},{span.Start.Character + 1})";
        return includeEnd ? $"{start}-({span.End.Line + 1},{span.End.Character + 1}): {message}" : $"{start}: {message}";
    }
}
