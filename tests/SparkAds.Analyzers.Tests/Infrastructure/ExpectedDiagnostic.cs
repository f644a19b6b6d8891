using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// One diagnostic as a test expects it. Diagnostics are compared as one line of text each
/// (<c>ID path(line,col)-(line,col): message</c>), so a failure shows exactly what differs.
/// </summary>
public sealed record ExpectedDiagnostic(string Id, int? MarkupSpan, string Message, string? Path = null, LinePositionSpan? LineSpan = null)
{
    /// <summary>A diagnostic at markup span <paramref name="span"/> of the test source.</summary>
    public static ExpectedDiagnostic At(int span, string id, string message) => new(id, span, message);

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
