using System.Globalization;
using System.Text;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// Turns catalog text into the body of <c>///</c> lines: XML-escaped, one doc line per text line, and no
/// character that could end the comment (C# line terminators), break the XML or hide as a bidi control.
/// </summary>
internal static class XmlDocText
{
    /// <summary>Escaped lines of <paramref name="text"/>; a line break in the text becomes a new doc line with <c>&lt;br/&gt;</c>.</summary>
    public static string[] Lines(string text)
    {
        var lines = new System.Collections.Generic.List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineTerminator(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                current.Append("<br/>");
                lines.Add(current.ToString());
                current.Clear();
                continue;
            }

            AppendEscaped(current, text, ref i);
        }

        lines.Add(current.ToString());
        return lines.ToArray();
    }

    private static void AppendEscaped(StringBuilder builder, string text, ref int i)
    {
        var c = text[i];
        switch (c)
        {
            case '&':
                builder.Append("&amp;");
                return;
            case '<':
                builder.Append("&lt;");
                return;
            case '>':
                builder.Append("&gt;");
                return;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            builder.Append(c).Append(text[++i]);
            return;
        }

        if (char.IsSurrogate(c) || (c < ' ' && c != '\t') || c == '\uFFFE' || c == '\uFFFF')
        {
            // Not allowed in XML at all, even as a character reference: show its code point instead.
            builder.Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            return;
        }

        if (IsInvisible(c))
        {
            // Bidi overrides and other invisible characters stay in the docs, as references, never raw in source.
            builder.Append("&#x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(';');
            return;
        }

        builder.Append(c);
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        UnicodeCategory.SpaceSeparator => c != ' ',
        _ => false,
    };

    private static bool IsLineTerminator(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
}
