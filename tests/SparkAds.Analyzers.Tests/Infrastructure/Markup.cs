using System.Text;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test source with marked spans, as Microsoft.CodeAnalysis.Testing writes them: <c>[|text|]</c> is span 0,
/// <c>{|#n:text|}</c> is span n, and <c>{|ID:text|}</c> declares a diagnostic with that ID at exactly that span
/// (<c>{|SPARK001:switch|}</c>, <c>{|CS0103:name|}</c>). Markers nest. They are removed; the spans point into the
/// clean text. A marker that is not one of these forms, closes nothing, closes the other kind, or is never closed
/// throws an <see cref="ArgumentException"/> that names its line and column in the markup.
/// </summary>
public sealed class Markup
{
    private Markup(string code, IReadOnlyDictionary<int, TextSpan> spans, ImmutableArray<MarkedDiagnostic> diagnostics)
    {
        Code = code;
        Spans = spans;
        Diagnostics = diagnostics;
    }

    public string Code { get; }

    public IReadOnlyDictionary<int, TextSpan> Spans { get; }

    /// <summary>The diagnostics declared with <c>{|ID:…|}</c>, in the order their markers open.</summary>
    public ImmutableArray<MarkedDiagnostic> Diagnostics { get; }

    public static Markup Parse(string markup)
    {
        var code = new StringBuilder(markup.Length);
        var spans = new Dictionary<int, TextSpan>();
        var diagnostics = new List<(int Order, MarkedDiagnostic Diagnostic)>();
        var open = new Stack<OpenMarker>();
        var opened = 0;
        for (var i = 0; i < markup.Length; i++)
        {
            if (Matches(markup, i, "[|"))
            {
                open.Push(new OpenMarker("[|", i, code.Length, opened++, Number: 0, Id: null));
                i++;
            }
            else if (Matches(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var name = colon < 0 ? string.Empty : markup[(i + 2)..colon];
                if (name.StartsWith('#') && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    open.Push(new OpenMarker("{|" + name + ":", i, code.Length, opened++, number, Id: null));
                }
                else if (IsDiagnosticId(name))
                {
                    open.Push(new OpenMarker("{|" + name + ":", i, code.Length, opened++, Number: null, name));
                }
                else
                {
                    throw Malformed(markup, i, "'{|' must start '{|#n:' (a numbered span) or '{|ID:' (a diagnostic such as {|SPARK001:…|})");
                }

                i = colon;
            }
            else if (Matches(markup, i, "|]") || Matches(markup, i, "|}"))
            {
                var close = markup.Substring(i, 2);
                if (!open.TryPop(out var marker))
                {
                    throw Malformed(markup, i, $"'{close}' closes no open marker");
                }

                if ((close == "|]") != (marker.Text == "[|"))
                {
                    throw Malformed(markup, i, $"'{close}' cannot close '{marker.Text}' opened at {Position(markup, marker.MarkupIndex)}");
                }

                var span = TextSpan.FromBounds(marker.Start, code.Length);
                if (marker.Id is { } id)
                {
                    diagnostics.Add((marker.Order, new MarkedDiagnostic(id, span)));
                }
                else if (!spans.TryAdd(marker.Number!.Value, span))
                {
                    throw Malformed(markup, marker.MarkupIndex, $"span #{marker.Number} is declared twice");
                }

                i++;
            }
            else
            {
                code.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            var marker = open.Pop();
            throw Malformed(markup, marker.MarkupIndex, $"'{marker.Text}' is never closed");
        }

        return new Markup(code.ToString(), spans, [.. diagnostics.OrderBy(d => d.Order).Select(d => d.Diagnostic)]);
    }

    /// <summary>Letters, digits and <c>_</c>, starting with a letter: <c>SPARK001</c>, <c>CS0103</c>, <c>IDE0005</c>.</summary>
    private static bool IsDiagnosticId(string name)
        => name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static ArgumentException Malformed(string markup, int index, string problem)
        => new($"Markup at {Position(markup, index)}: {problem}.", nameof(markup));

    /// <summary>1-based (line,column) of <paramref name="index"/> in the markup as written.</summary>
    private static string Position(string markup, int index)
    {
        var line = 1 + markup.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : markup.LastIndexOf('\n', index - 1) + 1;
        return $"({line},{index - lineStart + 1})";
    }

    private static bool Matches(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private sealed record OpenMarker(string Text, int MarkupIndex, int Start, int Order, int? Number, string? Id);
}
