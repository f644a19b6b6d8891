using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Test source with marked spans: <c>[|text|]</c> is span 0, <c>{|#n:text|}</c> is span n.
/// The markers are removed; the spans point into the clean text.
/// </summary>
public sealed class Markup
{
    private Markup(string code, IReadOnlyDictionary<int, TextSpan> spans)
    {
        Code = code;
        Spans = spans;
    }

    public string Code { get; }

    public IReadOnlyDictionary<int, TextSpan> Spans { get; }

    public static Markup Parse(string markup)
    {
        var code = new StringBuilder(markup.Length);
        var spans = new Dictionary<int, TextSpan>();
        var open = new Stack<(int Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Matches(markup, i, "[|"))
            {
                open.Push((0, code.Length));
                i++;
            }
            else if (Matches(markup, i, "{|#"))
            {
                var colon = markup.IndexOf(':', i);
                var id = int.Parse(markup.AsSpan(i + 3, colon - i - 3), System.Globalization.CultureInfo.InvariantCulture);
                open.Push((id, code.Length));
                i = colon;
            }
            else if (Matches(markup, i, "|]") || Matches(markup, i, "|}"))
            {
                var (id, start) = open.Pop();
                spans.Add(id, TextSpan.FromBounds(start, code.Length));
                i++;
            }
            else
            {
                code.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("Unclosed span in markup.", nameof(markup));
        }

        return new Markup(code.ToString(), spans);
    }

    private static bool Matches(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
