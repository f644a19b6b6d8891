using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// Finds <c>"identity_type": "CUSTOMIZED_USER"</c> in JSON written as text: double- or single-quoted values
/// (Newtonsoft accepts <c>'…'</c>), a quoted or bare key, any whitespace around the colon. A query string
/// (<c>identity_type=CUSTOMIZED_USER</c>) is not JSON and is not found.
/// </summary>
internal static class JsonIdentityText
{
    public const string Key = "identity_type";

    /// <summary>
    /// Adds to <paramref name="spans"/> the source span of each <c>CUSTOMIZED_USER</c> that is the JSON value of
    /// <c>identity_type</c> in <paramref name="value"/> (the string's value). <paramref name="sourceText"/> is how
    /// the same string is spelled in source (a token's text), starting at <paramref name="sourceStart"/>. The value
    /// itself needs no escaping, so its n-th occurrence in the value is its n-th occurrence in the source; when an
    /// escape sequence spells one of them the counts differ, and nothing is added.
    /// </summary>
    public static void AddValueSpans(string value, string sourceText, int sourceStart, List<TextSpan> spans)
    {
        var first = value.IndexOf(TikTokIdentityTypes.CustomizedUser, StringComparison.Ordinal);
        if (first < 0 || Count(value, first) != Count(sourceText, sourceText.IndexOf(TikTokIdentityTypes.CustomizedUser, StringComparison.Ordinal)))
        {
            return;
        }

        var sourceIndex = -1;
        for (var index = first; index >= 0; index = value.IndexOf(TikTokIdentityTypes.CustomizedUser, index + 1, StringComparison.Ordinal))
        {
            sourceIndex = sourceText.IndexOf(TikTokIdentityTypes.CustomizedUser, sourceIndex + 1, StringComparison.Ordinal);
            if (IsIdentityTypeValue(value, index))
            {
                spans.Add(new TextSpan(sourceStart + sourceIndex, TikTokIdentityTypes.CustomizedUser.Length));
            }
        }
    }

    /// <summary>True when the <c>CUSTOMIZED_USER</c> at <paramref name="index"/> is quoted and follows <c>identity_type:</c>.</summary>
    public static bool IsIdentityTypeValue(string text, int index)
    {
        var end = index + TikTokIdentityTypes.CustomizedUser.Length;
        if (index < 1 || end >= text.Length || text[index - 1] is not ('"' or '\'') || text[end] != text[index - 1])
        {
            return false;
        }

        var position = SkipWhitespaceBackwards(text, index - 2);
        if (position < 0 || text[position] != ':')
        {
            return false;
        }

        position = SkipWhitespaceBackwards(text, position - 1);
        if (position < 0)
        {
            return false;
        }

        var quote = text[position] is '"' or '\'' ? text[position] : '\0';
        var keyEnd = quote == '\0' ? position + 1 : position;
        var keyStart = keyEnd - Key.Length;
        if (keyStart < 0 || string.CompareOrdinal(text, keyStart, Key, 0, Key.Length) != 0)
        {
            return false;
        }

        return quote == '\0'
            ? keyStart == 0 || !(char.IsLetterOrDigit(text[keyStart - 1]) || text[keyStart - 1] is '_' or '"' or '\'')
            : keyStart >= 1 && text[keyStart - 1] == quote;
    }

    private static int SkipWhitespaceBackwards(string text, int position)
    {
        while (position >= 0 && char.IsWhiteSpace(text[position]))
        {
            position--;
        }

        return position;
    }

    private static int Count(string text, int first)
    {
        var count = 0;
        for (var index = first; index >= 0; index = text.IndexOf(TikTokIdentityTypes.CustomizedUser, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
