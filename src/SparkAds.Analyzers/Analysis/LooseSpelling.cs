using System;
using System.Text;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// Finds a word spelled as a C# identifier or a TikTok value may spell it: its first part in lower, upper or capitalised
/// case, then the rest in any case with <c>_</c> anywhere between letters (<c>customizeduser</c> is in
/// <c>CUSTOMIZED_USER</c>, <c>CustomizedUser</c>, <c>customizedUser</c> and <c>customized_user</c>), in text (UTF-16) or in
/// metadata names (UTF-8, whose ASCII bytes are the same characters). The first part is searched with the runtime's
/// vectorised search, so text without it costs a pass at memory speed.
/// </summary>
internal sealed class LooseSpelling
{
    private const int AnchorLength = 6;

    private readonly string _lowerWord;
    private readonly string[] _anchors;
    private readonly byte[][] _utf8Anchors;

    /// <param name="lowerWord">Lowercase ASCII letters, at least six.</param>
    public LooseSpelling(string lowerWord)
    {
        _lowerWord = lowerWord;
        var anchor = lowerWord.Substring(0, Math.Min(AnchorLength, lowerWord.Length));
        _anchors = [anchor, anchor.ToUpperInvariant(), char.ToUpperInvariant(anchor[0]) + anchor.Substring(1)];
        _utf8Anchors = Array.ConvertAll(_anchors, Encoding.UTF8.GetBytes);
    }

    /// <summary>The longest text a match can take, with a few underscores: the overlap a chunked scan needs.</summary>
    public int MaximumLength => _lowerWord.Length * 2;

    /// <summary>Whether <paramref name="text"/> holds the word.</summary>
    public bool In(ReadOnlySpan<char> text)
    {
        foreach (var anchor in _anchors)
        {
            for (var offset = 0; offset < text.Length;)
            {
                var found = text.Slice(offset).IndexOf(anchor.AsSpan());
                if (found < 0)
                {
                    break;
                }

                if (MatchesAt(text, offset + found))
                {
                    return true;
                }

                offset += found + 1;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="utf8"/> holds the word.</summary>
    public bool In(ReadOnlySpan<byte> utf8)
    {
        foreach (var anchor in _utf8Anchors)
        {
            for (var offset = 0; offset < utf8.Length;)
            {
                var found = utf8.Slice(offset).IndexOf(anchor);
                if (found < 0)
                {
                    break;
                }

                if (MatchesAt(utf8, offset + found))
                {
                    return true;
                }

                offset += found + 1;
            }
        }

        return false;
    }

    private bool MatchesAt(ReadOnlySpan<char> text, int start)
    {
        var at = start;
        for (var i = 0; i < _lowerWord.Length; i++)
        {
            while (i > 0 && at < text.Length && text[at] == '_')
            {
                at++;
            }

            if (at >= text.Length || ToLowerAscii(text[at]) != _lowerWord[i])
            {
                return false;
            }

            at++;
        }

        return true;
    }

    private bool MatchesAt(ReadOnlySpan<byte> utf8, int start)
    {
        var at = start;
        for (var i = 0; i < _lowerWord.Length; i++)
        {
            while (i > 0 && at < utf8.Length && utf8[at] == (byte)'_')
            {
                at++;
            }

            if (at >= utf8.Length || ToLowerAscii((char)utf8[at]) != _lowerWord[i])
            {
                return false;
            }

            at++;
        }

        return true;
    }

    private static char ToLowerAscii(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
}
